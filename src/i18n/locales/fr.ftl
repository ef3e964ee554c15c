# French.

heading-default = Actualités
loading = Chargement des actualités…
loaded = { $count ->
    [one] { $count } actualité
    [many] { $count } actualités
   *[other] { $count } actualités
}
empty = Aucune actualité pour le moment.
retry = Réessayer
error-network = Impossible de charger les actualités. Le serveur d’actualités est injoignable. Vérifier la connexion, puis réessayer.
error-timeout = Impossible de charger les actualités. Le serveur d’actualités met trop de temps à répondre.
error-status = Impossible de charger les actualités. Le serveur d’actualités a renvoyé l’erreur { $status }.
error-format = Impossible d’afficher les actualités. Le flux d’actualités est endommagé ou dans un format inconnu.
error-no-feed = Ce bloc d’actualités n’est pas encore configuré. L’adresse du flux d’actualités n’est pas renseignée.
authors = { $count ->
    [one] Auteur
    [many] Auteurs
   *[other] Auteurs
}
tags = Mots-clés
updated = mis à jour le { $date }
all-news = Toutes les actualités

vi-toggle = Version pour malvoyants
vi-panel = Réglages pour malvoyants
font-size = Taille du texte
font-smaller = Réduire le texte
font-larger = Agrandir le texte
scheme = Jeu de couleurs
scheme-default = Couleurs du site
scheme-white = Noir sur blanc
scheme-black = Blanc sur noir
scheme-blue = Bleu foncé sur bleu clair
scheme-brown = Marron sur beige
scheme-green = Vert sur marron foncé
images = Images
images-show = Afficher
images-grayscale = Noir et blanc
images-hide = Masquer
letter-spacing = Espacement des lettres
line-spacing = Interligne
spacing-normal = Normal
spacing-medium = Moyen
spacing-large = Grand
font = Police
font-default = Police du site
font-sans = Sans empattement
font-serif = Avec empattements
reset = Réinitialiser les réglages
close = Fermer
announce-change = { $setting }: { $value }
announce-reset = Réglages réinitialisés
read-aloud = Écouter
read-stop = Arrêter la lecture
read-pause = Pause
read-resume = Reprendre

error-offline = You are offline. The news will load when the connection is back.
error-cors = The news could not be loaded: the news server does not allow this site to read its feed.
saved-notice = The news server cannot be reached. Showing news saved on { $date }.
show-more = Show more news
new-items = { $count ->
    [one] { $count } new news item
   *[other] { $count } new news items
}
updates-pause = Pause updates
updates-resume = Resume updates
attachments = Attachments
