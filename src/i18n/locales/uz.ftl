# Uzbek.

heading-default = Yangiliklar
loading = Yangiliklar yuklanmoqda…
loaded = { $count ->
    [one] { $count } ta yangilik
   *[other] { $count } ta yangilik
}
empty = Hozircha yangiliklar yoʻq.
retry = Qayta urinish
error-network = Yangiliklarni yuklab boʻlmadi: yangiliklar serveriga ulanib boʻlmadi. Internetga ulanishni tekshiring va qayta urinib koʻring.
error-timeout = Yangiliklarni yuklab boʻlmadi: yangiliklar serveri juda uzoq vaqt javob bermadi.
error-status = Yangiliklarni yuklab boʻlmadi: yangiliklar serveri { $status } xatosi bilan javob berdi.
error-format = Yangiliklarni koʻrsatib boʻlmadi: yangiliklar lentasi shikastlangan yoki formati nomaʼlum.
error-nothing-showable = Yangiliklarni koʻrsatib boʻlmadi: lentadagi birorta yangilikda sarlavha, matn yoki havola yoʻq.
error-too-large = Yangiliklarni koʻrsatib boʻlmadi: yangiliklar lentasi bu blok uchun juda katta.
error-no-feed = Yangiliklar bloki hali sozlanmagan: yangiliklar lentasining manzili koʻrsatilmagan.
authors = { $count ->
    [one] Muallif
   *[other] Mualliflar
}
tags = Teglar
updated = yangilangan: { $date }
all-news = Barcha yangiliklar

vi-toggle = Zaif koʻruvchilar uchun versiya
vi-panel = Zaif koʻruvchilar uchun sozlamalar
font-size = Shrift oʻlchami
font-smaller = Shriftni kichraytirish
font-larger = Shriftni kattalashtirish
scheme = Rang sxemasi
scheme-default = Sayt ranglari
scheme-white = Oq fonda qora
scheme-black = Qora fonda oq
scheme-blue = Havorang fonda toʻq koʻk
scheme-brown = Bej fonda jigarrang
scheme-green = Toʻq jigarrang fonda yashil
images = Rasmlar
images-show = Koʻrsatish
images-grayscale = Oq-qora
images-hide = Yashirish
letter-spacing = Harflar oraligʻi
line-spacing = Qatorlar oraligʻi
spacing-normal = Oddiy
spacing-medium = Oʻrtacha
spacing-large = Katta
font = Shrift
font-default = Sayt shrifti
font-sans = Serifsiz
font-serif = Serifli
reset = Sozlamalarni asliga qaytarish
close = Yopish
announce-change = { $setting }: { $value }
announce-reset = Sozlamalar asliga qaytarildi
read-aloud = Tinglash
read-stop = Oʻqishni toʻxtatish
read-pause = Pauza
read-resume = Davom ettirish

error-offline = Internetga ulanish yoʻq. Aloqa tiklanganda yangiliklar yuklanadi.
error-cors = Yangiliklarni yuklab boʻlmadi: yangiliklar serveri bu saytga yangiliklar lentasini oʻqishga ruxsat bermaydi.
saved-notice = Yangiliklarni yangilab boʻlmadi. Saqlangan yangiliklar koʻrsatilmoqda. Saqlangan sana: { $date }.
feeds-partial = Yangiliklarning bir qismi yangilanmadi: { $feeds }. Qolganlari dolzarb.
show-more = Yana yangiliklar koʻrsatish
new-items = { $count ->
    [one] { $count } ta yangilik qoʻshildi
   *[other] { $count } ta yangilik qoʻshildi
}
updates-pause = Yangilanishni toʻxtatib turish
updates-resume = Yangilanishni davom ettirish
attachments = Biriktirilgan fayllar
untitled = Sarlavhasiz yangilik
