# English: the source locale. Every other locale has exactly these keys and
# uses only the placeholders written here. Syntax: a subset of Fluent
# (https://projectfluent.org): `key = text`, `{ $name }` placeholders, and
# `{ $count -> [one] … *[other] … }` plural selection (CLDR categories).

# Widget heading when neither the site's `heading` option nor the feed title gives one.
heading-default = News
# Shown (and announced politely) while the feed is being fetched.
loading = Loading news…
# Announced to screen readers once the list is shown.
loaded = { $count ->
    [one] { $count } news item
   *[other] { $count } news items
}
# The feed has no items.
empty = There is no news yet.
# Button in the error message that fetches the feed again.
retry = Try again
# The network failed: no connection, DNS, refused, or blocked by CORS.
error-network = The news could not be loaded: the news server could not be reached. Check your connection and try again.
# The server did not answer within the time limit.
error-timeout = The news could not be loaded: the news server took too long to answer.
# The server answered with an HTTP error.
error-status = The news could not be loaded: the news server answered with error { $status }.
# The response is not a feed this widget can read.
error-format = The news could not be shown: the news feed is damaged or in an unknown format.
# Every item of the feed lacks a title, text and link: readable, but nothing to show.
error-nothing-showable = The news could not be shown: none of the items in the news feed has a title, text or link.
# The feed is larger than the widget reads (16 MiB): a runaway response, or a whole archive.
error-too-large = The news could not be shown: the news feed is too large for this news block.
# The site did not give a feed address (an admin mistake).
error-no-feed = This news block is not set up yet: the address of its news feed is missing.
# Label before the author names of an item.
authors = { $count ->
    [one] Author
   *[other] Authors
}
# Label before the tag list of an item.
tags = Tags
# After the publication date when the item changed later.
updated = updated { $date }
# Link after the list to the site's news page (the feed's home_page_url).
all-news = All news

## The visually-impaired settings panel.

# The button that opens the panel (it also shows an eye icon).
vi-toggle = Version for the visually impaired
# Accessible name of the settings panel.
vi-panel = Settings for the visually impaired
# Legend of the font size controls.
font-size = Font size
# The A− button.
font-smaller = Smaller text
# The A+ button.
font-larger = Larger text
# Legend of the colour scheme choices.
scheme = Colour scheme
scheme-default = Site colours
scheme-white = Black on white
scheme-black = White on black
scheme-blue = Dark blue on light blue
scheme-brown = Brown on beige
scheme-green = Green on dark brown
# Legend of the picture choices.
images = Images
images-show = Show
images-grayscale = Black and white
images-hide = Hide
letter-spacing = Letter spacing
line-spacing = Line spacing
spacing-normal = Normal
spacing-medium = Medium
spacing-large = Large
# Legend of the typeface choices.
font = Font
font-default = Site font
font-sans = Sans-serif
font-serif = Serif
# Puts every setting back to the site's look.
reset = Reset settings
# Closes the panel.
close = Close
# Announced after a change: a setting and its new value, e.g. "Font size: 150%".
announce-change = { $setting }: { $value }
# Announced after Reset.
announce-reset = Settings reset

## Reading aloud (speech synthesis).

read-aloud = Read aloud
read-stop = Stop reading
read-pause = Pause
read-resume = Resume

## Bad networks, saved copies, more items, automatic updates.

# No network at all (the browser says it is offline).
error-offline = You are offline. The news will load when the connection is back.
# The feed's server does not allow this site to read the feed (CORS).
error-cors = The news could not be loaded: the news server does not allow this site to read its feed.
# An update failed (any reason), so the last copy saved in this browser is shown; $date is a full date with time.
saved-notice = The news could not be updated. Showing news saved on { $date }.
# Several feeds are merged and some failed: the others' news shows, with this notice; $feeds lists the feeds not updated (their titles or addresses).
feeds-partial = Some news could not be updated: { $feeds }. The rest is current.
# Button under the list that shows the next items.
show-more = Show more news
# Announced politely when automatic updating adds items.
new-items = { $count ->
    [one] { $count } new news item
   *[other] { $count } new news items
}
# Button that stops automatic updating of the list.
updates-pause = Pause updates
# Button that restarts automatic updating.
updates-resume = Resume updates
# Accessible name of an item's list of attached files.
attachments = Attachments
# The title shown for an item that has a link but no title.
untitled = Untitled news item
