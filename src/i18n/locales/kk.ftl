# Kazakh.

heading-default = Жаңалықтар
loading = Жаңалықтар жүктелуде…
loaded = { $count ->
    [one] { $count } жаңалық
   *[other] { $count } жаңалық
}
empty = Әзірге жаңалықтар жоқ.
retry = Қайталау
error-network = Жаңалықтарды жүктеу мүмкін болмады: жаңалықтар серверіне қосылу мүмкін емес. Байланысты тексеріп, қайталап көріңіз.
error-timeout = Жаңалықтарды жүктеу мүмкін болмады: жаңалықтар сервері тым ұзақ жауап бермеді.
error-status = Жаңалықтарды жүктеу мүмкін болмады: жаңалықтар сервері { $status } қатесімен жауап берді.
error-format = Жаңалықтарды көрсету мүмкін болмады: жаңалықтар таспасы зақымдалған немесе пішімі белгісіз.
error-no-feed = Жаңалықтар блогы әлі бапталмаған: жаңалықтар таспасының мекенжайы көрсетілмеген.
authors = { $count ->
    [one] Автор
   *[other] Авторлар
}
tags = Тегтер
updated = жаңартылды: { $date }
all-news = Барлық жаңалықтар

vi-toggle = Нашар көретіндерге арналған нұсқа
vi-panel = Нашар көретіндерге арналған баптаулар
font-size = Қаріп өлшемі
font-smaller = Қаріпті кішірейту
font-larger = Қаріпті үлкейту
scheme = Түс схемасы
scheme-default = Сайт түстері
scheme-white = Ақ фонда қара
scheme-black = Қара фонда ақ
scheme-blue = Көгілдір фонда қою көк
scheme-brown = Беж фонда қоңыр
scheme-green = Қою қоңыр фонда жасыл
images = Суреттер
images-show = Көрсету
images-grayscale = Ақ-қара
images-hide = Жасыру
letter-spacing = Әріп аралығы
line-spacing = Жол аралығы
spacing-normal = Қалыпты
spacing-medium = Орташа
spacing-large = Үлкен
font = Қаріп
font-default = Сайт қарпі
font-sans = Засечкасыз
font-serif = Засечкалы
reset = Баптауларды қалпына келтіру
close = Жабу
announce-change = { $setting }: { $value }
announce-reset = Баптаулар қалпына келтірілді
read-aloud = Тыңдау
read-stop = Оқуды тоқтату
read-pause = Кідірту
read-resume = Жалғастыру

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
