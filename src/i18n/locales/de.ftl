# German.

heading-default = Aktuelles
loading = Meldungen werden geladen…
loaded = { $count ->
    [one] { $count } Meldung
   *[other] { $count } Meldungen
}
empty = Noch keine Meldungen vorhanden.
retry = Erneut versuchen
error-network = Die Meldungen konnten nicht geladen werden: Der Nachrichtenserver ist nicht erreichbar. Bitte die Internetverbindung prüfen und erneut versuchen.
error-timeout = Die Meldungen konnten nicht geladen werden: Der Nachrichtenserver hat nicht rechtzeitig geantwortet.
error-status = Die Meldungen konnten nicht geladen werden: Der Nachrichtenserver hat mit Fehler { $status } geantwortet.
error-format = Die Meldungen konnten nicht angezeigt werden: Der Newsfeed ist beschädigt oder hat ein unbekanntes Format.
error-nothing-showable = Die Meldungen konnten nicht angezeigt werden: Keine Meldung im Newsfeed hat einen Titel, einen Text oder einen Link.
error-too-large = Die Meldungen konnten nicht angezeigt werden: Der Newsfeed ist für diesen Nachrichtenblock zu groß.
error-no-feed = Dieser Nachrichtenbereich ist noch nicht eingerichtet: Die Adresse des Newsfeeds fehlt.
authors = { $count ->
    [one] Autor
   *[other] Autoren
}
tags = Schlagwörter
updated = aktualisiert am { $date }
all-news = Alle Meldungen

vi-toggle = Ansicht für Sehbehinderte
vi-panel = Einstellungen für Sehbehinderte
font-size = Schriftgröße
font-smaller = Schrift verkleinern
font-larger = Schrift vergrößern
scheme = Farbschema
scheme-default = Farben der Website
scheme-white = Schwarz auf Weiß
scheme-black = Weiß auf Schwarz
scheme-blue = Dunkelblau auf Hellblau
scheme-brown = Braun auf Beige
scheme-green = Grün auf Dunkelbraun
images = Bilder
images-show = Anzeigen
images-grayscale = Schwarz-Weiß
images-hide = Ausblenden
letter-spacing = Zeichenabstand
line-spacing = Zeilenabstand
spacing-normal = Normal
spacing-medium = Mittel
spacing-large = Groß
font = Schriftart
font-default = Schrift der Website
font-sans = Serifenlos
font-serif = Mit Serifen
reset = Einstellungen zurücksetzen
close = Schließen
announce-change = { $setting }: { $value }
announce-reset = Einstellungen zurückgesetzt
read-aloud = Vorlesen
read-stop = Vorlesen beenden
read-pause = Pause
read-resume = Fortsetzen

error-offline = Keine Internetverbindung. Die Meldungen werden geladen, sobald die Verbindung wieder besteht.
error-cors = Die Meldungen konnten nicht geladen werden: Der Nachrichtenserver erlaubt dieser Website keinen Zugriff auf den Newsfeed.
saved-notice = Die Meldungen konnten nicht aktualisiert werden. Angezeigt werden die am { $date } gespeicherten Meldungen.
feeds-partial = Ein Teil der Nachrichten konnte nicht aktualisiert werden: { $feeds }. Der Rest ist aktuell.
show-more = Weitere Meldungen anzeigen
new-items = { $count ->
    [one] { $count } neue Meldung
   *[other] { $count } neue Meldungen
}
updates-pause = Aktualisierung anhalten
updates-resume = Aktualisierung fortsetzen
attachments = Anhänge
untitled = Meldung ohne Titel
