# Kyrgyz.

heading-default = Жаңылыктар
loading = Жаңылыктар жүктөлүүдө…
loaded = { $count ->
    [one] { $count } жаңылык
   *[other] { $count } жаңылык
}
empty = Азырынча жаңылыктар жок.
retry = Кайталоо
error-network = Жаңылыктарды жүктөө мүмкүн болбоду: жаңылыктар серверине туташуу мүмкүн эмес. Байланышты текшерип, кайра аракет кылыңыз.
error-timeout = Жаңылыктарды жүктөө мүмкүн болбоду: жаңылыктар сервери өтө көпкө чейин жооп берген жок.
error-status = Жаңылыктарды жүктөө мүмкүн болбоду: жаңылыктар сервери { $status } катасы менен жооп берди.
error-format = Жаңылыктарды көрсөтүү мүмкүн болбоду: жаңылыктар тасмасы бузулган же белгисиз форматта.
error-no-feed = Жаңылыктар блогу али жөндөлө элек: жаңылыктар тасмасынын дареги көрсөтүлгөн эмес.
authors = { $count ->
    [one] Автор
   *[other] Авторлор
}
tags = Тегдер
updated = жаңыртылды: { $date }
all-news = Бардык жаңылыктар

vi-toggle = Начар көргөндөр үчүн версия
vi-panel = Начар көргөндөр үчүн жөндөөлөр
font-size = Шрифттин өлчөмү
font-smaller = Шрифтти кичирейтүү
font-larger = Шрифтти чоңойтуу
scheme = Түс схемасы
scheme-default = Сайттын түстөрү
scheme-white = Ак фондо кара
scheme-black = Кара фондо ак
scheme-blue = Көгүлтүр фондо кочкул көк
scheme-brown = Беж фондо күрөң
scheme-green = Кочкул күрөң фондо жашыл
images = Сүрөттөр
images-show = Көрсөтүү
images-grayscale = Ак-кара
images-hide = Жашыруу
letter-spacing = Тамгалар аралыгы
line-spacing = Саптар аралыгы
spacing-normal = Кадимки
spacing-medium = Орточо
spacing-large = Чоң
font = Шрифт
font-default = Сайттын шрифти
font-sans = Засечкасыз
font-serif = Засечкалуу
reset = Жөндөөлөрдү баштапкы абалга келтирүү
close = Жабуу
announce-change = { $setting }: { $value }
announce-reset = Жөндөөлөр баштапкы абалга келтирилди
read-aloud = Угуу
read-stop = Окууну токтотуу
read-pause = Тыным
read-resume = Улантуу

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
