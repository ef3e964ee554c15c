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
