# Azerbaijani.

heading-default = Xəbərlər
loading = Xəbərlər yüklənir…
loaded = { $count ->
    [one] { $count } xəbər
   *[other] { $count } xəbər
}
empty = Hələlik xəbər yoxdur.
retry = Yenidən cəhd et
error-network = Xəbərləri yükləmək mümkün olmadı: xəbər serverinə qoşulmaq mümkün deyil. Bağlantını yoxlayın və yenidən cəhd edin.
error-timeout = Xəbərləri yükləmək mümkün olmadı: xəbər serveri çox uzun müddət cavab vermədi.
error-status = Xəbərləri yükləmək mümkün olmadı: xəbər serveri { $status } xətası ilə cavab verdi.
error-format = Xəbərləri göstərmək mümkün olmadı: xəbər lenti zədələnib və ya formatı naməlumdur.
error-nothing-showable = Xəbərləri göstərmək mümkün olmadı: lentdəki heç bir xəbərin başlığı, mətni və ya keçidi yoxdur.
error-too-large = Xəbərləri göstərmək mümkün olmadı: xəbər lenti bu blok üçün çox böyükdür.
error-no-feed = Xəbər bloku hələ qurulmayıb: xəbər lentinin ünvanı göstərilməyib.
authors = { $count ->
    [one] Müəllif
   *[other] Müəlliflər
}
tags = Teqlər
updated = yeniləndi: { $date }
all-news = Bütün xəbərlər

vi-toggle = Zəif görənlər üçün versiya
vi-panel = Zəif görənlər üçün ayarlar
font-size = Şrift ölçüsü
font-smaller = Şrifti kiçilt
font-larger = Şrifti böyüt
scheme = Rəng sxemi
scheme-default = Saytın rəngləri
scheme-white = Ağ fonda qara
scheme-black = Qara fonda ağ
scheme-blue = Açıq mavi fonda tünd göy
scheme-brown = Bej fonda qəhvəyi
scheme-green = Tünd qəhvəyi fonda yaşıl
images = Şəkillər
images-show = Göstər
images-grayscale = Ağ-qara
images-hide = Gizlət
letter-spacing = Hərflərarası məsafə
line-spacing = Sətirlərarası məsafə
spacing-normal = Normal
spacing-medium = Orta
spacing-large = Böyük
font = Şrift
font-default = Saytın şrifti
font-sans = Serifsiz
font-serif = Serifli
reset = Ayarları sıfırla
close = Bağla
announce-change = { $setting }: { $value }
announce-reset = Ayarlar sıfırlandı
read-aloud = Dinlə
read-stop = Oxumanı dayandır
read-pause = Fasilə
read-resume = Davam et

error-offline = İnternet bağlantısı yoxdur. Bağlantı bərpa olunanda xəbərlər yüklənəcək.
error-cors = Xəbərləri yükləmək mümkün olmadı: xəbər serveri bu sayta xəbər lentini oxumağa icazə vermir.
saved-notice = Xəbərləri yeniləmək mümkün olmadı. { $date } tarixində saxlanılmış xəbərlər göstərilir.
feeds-partial = Xəbərlərin bir hissəsi yenilənmədi: { $feeds }. Qalan xəbərlər aktualdır.
show-more = Daha çox xəbər göstər
new-items = { $count ->
    [one] { $count } yeni xəbər
   *[other] { $count } yeni xəbər
}
updates-pause = Yeniləmələri müvəqqəti dayandır
updates-resume = Yeniləmələri davam etdir
attachments = Əlavə edilmiş fayllar
untitled = Başlıqsız xəbər
