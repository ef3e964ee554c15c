# Tajik.

heading-default = Хабарҳо
loading = Боркунии хабарҳо…
loaded = { $count ->
    [one] { $count } хабар
   *[other] { $count } хабар
}
empty = Ҳоло хабаре нест.
retry = Такрор кардан
error-network = Хабарҳоро бор кардан муяссар нашуд: сервери хабарҳо дастрас нест. Пайвастро санҷед ва бори дигар кӯшиш кунед.
error-timeout = Хабарҳоро бор кардан муяссар нашуд: сервери хабарҳо муддати зиёд ҷавоб намедиҳад.
error-status = Хабарҳоро бор кардан муяссар нашуд: сервери хабарҳо бо хатои { $status } ҷавоб дод.
error-format = Хабарҳоро нишон додан муяссар нашуд: тасмаи хабарҳо вайрон аст ё формати номаълум дорад.
error-no-feed = Блоки хабарҳо ҳанӯз танзим нашудааст: суроғаи тасмаи хабарҳо нишон дода нашудааст.
authors = { $count ->
    [one] Муаллиф
   *[other] Муаллифон
}
tags = Тегҳо
updated = навсозӣ: { $date }
all-news = Ҳамаи хабарҳо

vi-toggle = Версия барои камбинон
vi-panel = Танзимот барои камбинон
font-size = Андозаи ҳуруф
font-smaller = Хурд кардани ҳуруф
font-larger = Калон кардани ҳуруф
scheme = Нақшаи рангҳо
scheme-default = Рангҳои сомона
scheme-white = Сиёҳ дар заминаи сафед
scheme-black = Сафед дар заминаи сиёҳ
scheme-blue = Кабуди торик дар заминаи осмонӣ
scheme-brown = Қаҳваранг дар заминаи беж
scheme-green = Сабз дар заминаи қаҳваранги торик
images = Тасвирҳо
images-show = Нишон додан
images-grayscale = Сиёҳу сафед
images-hide = Пинҳон кардан
letter-spacing = Фосилаи байни ҳарфҳо
line-spacing = Фосилаи байни сатрҳо
spacing-normal = Муқаррарӣ
spacing-medium = Миёна
spacing-large = Калон
font = Ҳуруф
font-default = Ҳуруфи сомона
font-sans = Бе засечка
font-serif = Бо засечка
reset = Барқарор кардани танзимоти аслӣ
close = Пӯшидан
announce-change = { $setting }: { $value }
announce-reset = Танзимоти аслӣ барқарор шуд
read-aloud = Шунидан
read-stop = Қатъ кардани хониш
read-pause = Таваққуф
read-resume = Идома додан

error-offline = Пайвастшавӣ ба интернет нест. Хабарҳо ҳангоми барқарор шудани пайваст бор мешаванд.
error-cors = Хабарҳоро бор кардан муяссар нашуд: сервери хабарҳо ба ин сомона иҷозат намедиҳад, ки тасмаи хабарҳоро хонад.
saved-notice = Хабарҳоро навсозӣ кардан муяссар нашуд. Хабарҳои захирашуда нишон дода мешаванд. Санаи захира: { $date }.
show-more = Нишон додани хабарҳои дигар
new-items = { $count ->
    [one] { $count } хабари нав
   *[other] { $count } хабари нав
}
updates-pause = Таваққуфи навсозӣ
updates-resume = Идома додани навсозӣ
attachments = Файлҳои замимашуда
