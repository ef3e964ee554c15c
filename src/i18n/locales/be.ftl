# Belarusian.

heading-default = Навіны
loading = Загрузка навін…
loaded = { $count ->
    [one] { $count } навіна
    [few] { $count } навіны
    [many] { $count } навін
   *[other] { $count } навіны
}
empty = Навін пакуль няма.
retry = Паўтарыць
error-network = Не ўдалося загрузіць навіны: сервер навін недаступны. Праверце падключэнне і паспрабуйце яшчэ раз.
error-timeout = Не ўдалося загрузіць навіны: сервер навін занадта доўга не адказвае.
error-status = Не ўдалося загрузіць навіны: сервер навін адказаў памылкай { $status }.
error-format = Не ўдалося паказаць навіны: стужка навін пашкоджана або мае невядомы фармат.
error-nothing-showable = Не ўдалося паказаць навіны: ні ў адной навіны ў стужцы няма загалоўка, тэксту або спасылкі.
error-too-large = Не ўдалося паказаць навіны: стужка навін занадта вялікая для гэтага блока.
error-no-feed = Блок навін яшчэ не наладжаны: не пазначаны адрас стужкі навін.
authors = { $count ->
    [one] Аўтар
    [few] Аўтары
    [many] Аўтары
   *[other] Аўтары
}
tags = Тэгі
updated = абноўлена { $date }
all-news = Усе навіны

vi-toggle = Версія для слабавідушчых
vi-panel = Налады для слабавідушчых
font-size = Памер шрыфту
font-smaller = Паменшыць шрыфт
font-larger = Павялічыць шрыфт
scheme = Каляровая схема
scheme-default = Колеры сайта
scheme-white = Чорным па белым
scheme-black = Белым па чорным
scheme-blue = Цёмна-сінім па блакітным
scheme-brown = Карычневым па бэжавым
scheme-green = Зялёным па цёмна-карычневым
images = Выявы
images-show = Паказваць
images-grayscale = Чорна-белыя
images-hide = Схаваць
letter-spacing = Міжлітарны інтэрвал
line-spacing = Міжрадковы інтэрвал
spacing-normal = Звычайны
spacing-medium = Сярэдні
spacing-large = Вялікі
font = Шрыфт
font-default = Шрыфт сайта
font-sans = Без засечак
font-serif = З засечкамі
reset = Скінуць налады
close = Закрыць
announce-change = { $setting }: { $value }
announce-reset = Налады скінуты
read-aloud = Праслухаць
read-stop = Спыніць чытанне
read-pause = Паўза
read-resume = Працягнуць

error-offline = Няма падключэння да інтэрнэту. Навіны загрузяцца, калі сувязь аднавіцца.
error-cors = Не ўдалося загрузіць навіны: сервер навін не дазваляе гэтаму сайту чытаць стужку навін.
saved-notice = Не ўдалося абнавіць навіны. Паказаны захаваныя { $date } навіны.
feeds-partial = Частку навін не ўдалося абнавіць: { $feeds }. Астатнія навіны актуальныя.
show-more = Паказаць яшчэ навіны
new-items = { $count ->
    [one] { $count } новая навіна
    [few] { $count } новыя навіны
    [many] { $count } новых навін
   *[other] { $count } новай навіны
}
updates-pause = Прыпыніць абнаўленне
updates-resume = Аднавіць абнаўленне
attachments = Укладанні
untitled = Навіна без загалоўка
