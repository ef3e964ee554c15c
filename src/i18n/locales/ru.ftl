# Russian.

heading-default = Новости
loading = Загрузка новостей…
loaded = { $count ->
    [one] { $count } новость
    [few] { $count } новости
    [many] { $count } новостей
   *[other] { $count } новости
}
empty = Новостей пока нет.
retry = Повторить
error-network = Не удалось загрузить новости: сервер новостей недоступен. Проверьте подключение и попробуйте ещё раз.
error-timeout = Не удалось загрузить новости: сервер новостей слишком долго не отвечает.
error-status = Не удалось загрузить новости: сервер новостей ответил ошибкой { $status }.
error-format = Не удалось показать новости: лента новостей повреждена или в неизвестном формате.
error-nothing-showable = Не удалось показать новости: ни у одной новости в ленте нет заголовка, текста или ссылки.
error-too-large = Не удалось показать новости: лента новостей слишком велика для этого блока.
error-no-feed = Блок новостей ещё не настроен: не указан адрес ленты новостей.
authors = { $count ->
    [one] Автор
   *[other] Авторы
}
tags = Теги
updated = обновлено { $date }
all-news = Все новости

vi-toggle = Версия для слабовидящих
vi-panel = Настройки для слабовидящих
font-size = Размер шрифта
font-smaller = Уменьшить шрифт
font-larger = Увеличить шрифт
scheme = Цветовая схема
scheme-default = Цвета сайта
scheme-white = Чёрным по белому
scheme-black = Белым по чёрному
scheme-blue = Тёмно-синим по голубому
scheme-brown = Коричневым по бежевому
scheme-green = Зелёным по тёмно-коричневому
images = Изображения
images-show = Показывать
images-grayscale = Чёрно-белые
images-hide = Скрыть
letter-spacing = Межбуквенный интервал
line-spacing = Межстрочный интервал
spacing-normal = Обычный
spacing-medium = Средний
spacing-large = Большой
font = Шрифт
font-default = Шрифт сайта
font-sans = Без засечек
font-serif = С засечками
reset = Сбросить настройки
close = Закрыть
announce-change = { $setting }: { $value }
announce-reset = Настройки сброшены
read-aloud = Прослушать
read-stop = Остановить чтение
read-pause = Пауза
read-resume = Продолжить

error-offline = Нет подключения к интернету. Новости загрузятся, когда связь восстановится.
error-cors = Не удалось загрузить новости: сервер новостей не разрешает этому сайту читать ленту.
saved-notice = Не удалось обновить новости. Показаны новости, сохранённые { $date }.
feeds-partial = Часть новостей не удалось обновить: { $feeds }. Остальные новости актуальны.
show-more = Показать ещё новости
new-items = { $count ->
    [one] { $count } новая новость
    [few] { $count } новые новости
    [many] { $count } новых новостей
   *[other] { $count } новой новости
}
updates-pause = Приостановить обновление
updates-resume = Возобновить обновление
attachments = Вложения
untitled = Новость без заголовка
