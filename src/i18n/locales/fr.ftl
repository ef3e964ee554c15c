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
error-nothing-showable = Impossible d’afficher les actualités. Aucun élément du flux d’actualités n’a de titre, de texte ni de lien.
error-too-large = Impossible d’afficher les actualités. Le flux d’actualités est trop volumineux pour ce bloc.
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

error-offline = Aucune connexion à Internet. Les actualités se chargeront dès que la connexion sera rétablie.
error-cors = Impossible de charger les actualités. Le serveur d’actualités n’autorise pas ce site à lire son flux d’actualités.
saved-notice = Impossible de mettre à jour les actualités. Affichage des actualités enregistrées le { $date }.
feeds-partial = Certaines actualités n’ont pas pu être mises à jour : { $feeds }. Le reste est à jour.
show-more = Afficher plus d’actualités
new-items = { $count ->
    [one] { $count } nouvelle actualité
    [many] { $count } nouvelles actualités
   *[other] { $count } nouvelles actualités
}
updates-pause = Suspendre les mises à jour
updates-resume = Reprendre les mises à jour
attachments = Pièces jointes
untitled = Actualité sans titre
