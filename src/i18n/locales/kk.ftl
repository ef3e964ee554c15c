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
error-too-large = Жаңалықтарды көрсету мүмкін болмады: жаңалықтар таспасы бұл блок үшін тым үлкен.
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

error-offline = Интернетке қосылым жоқ. Байланыс қалпына келгенде жаңалықтар жүктеледі.
error-cors = Жаңалықтарды жүктеу мүмкін болмады: жаңалықтар сервері бұл сайтқа жаңалықтар таспасын оқуға рұқсат бермейді.
saved-notice = Жаңалықтарды жаңарту мүмкін болмады. Сақталған жаңалықтар көрсетілуде. Сақталған күні: { $date }.
show-more = Тағы жаңалықтар көрсету
new-items = { $count ->
    [one] { $count } жаңалық қосылды
   *[other] { $count } жаңалық қосылды
}
updates-pause = Жаңартуды кідірту
updates-resume = Жаңартуды жалғастыру
attachments = Тіркелген файлдар
