# Armenian.

heading-default = Նորություններ
loading = Նորությունները բեռնվում են…
loaded = { $count ->
    [one] { $count } նորություն
   *[other] { $count } նորություն
}
empty = Նորություններ դեռ չկան։
retry = Կրկին փորձել
error-network = Չհաջողվեց բեռնել նորությունները։ Նորությունների սերվերը հասանելի չէ։ Ստուգեք կապը և կրկին փորձեք։
error-timeout = Չհաջողվեց բեռնել նորությունները։ Նորությունների սերվերը չափազանց երկար չի պատասխանում։
error-status = Չհաջողվեց բեռնել նորությունները։ Նորությունների սերվերը պատասխանեց { $status } սխալով։
error-format = Չհաջողվեց ցուցադրել նորությունները։ Նորությունների հոսքը վնասված է կամ անհայտ ձևաչափի է։
error-no-feed = Նորությունների բլոկը դեռ կարգավորված չէ։ Նորությունների հոսքի հասցեն նշված չէ։
authors = { $count ->
    [one] Հեղինակ
   *[other] Հեղինակներ
}
tags = Պիտակներ
updated = թարմացվել է { $date }
all-news = Բոլոր նորությունները

vi-toggle = Տարբերակ թույլ տեսնողների համար
vi-panel = Կարգավորումներ թույլ տեսնողների համար
font-size = Տառաչափ
font-smaller = Փոքրացնել տառաչափը
font-larger = Մեծացնել տառաչափը
scheme = Գունային սխեմա
scheme-default = Կայքի գույներ
scheme-white = Սևը սպիտակի վրա
scheme-black = Սպիտակը սևի վրա
scheme-blue = Մուգ կապույտը երկնագույնի վրա
scheme-brown = Շագանակագույնը բեժի վրա
scheme-green = Կանաչը մուգ շագանակագույնի վրա
images = Պատկերներ
images-show = Ցուցադրել
images-grayscale = Սև-սպիտակ
images-hide = Թաքցնել
letter-spacing = Տառերի միջև հեռավորություն
line-spacing = Տողերի միջև հեռավորություն
spacing-normal = Սովորական
spacing-medium = Միջին
spacing-large = Մեծ
font = Տառատեսակ
font-default = Կայքի տառատեսակ
font-sans = Առանց սերիֆների
font-serif = Սերիֆներով
reset = Վերակայել կարգավորումները
close = Փակել
announce-change = { $setting }: { $value }
announce-reset = Կարգավորումները վերակայվեցին
read-aloud = Լսել
read-stop = Դադարեցնել ընթերցումը
read-pause = Դադար
read-resume = Շարունակել

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
