# Arabic.

heading-default = الأخبار
loading = جارٍ تحميل الأخبار…
loaded = { $count ->
    [zero] لا توجد أخبار
    [one] خبر واحد
    [two] خبران
    [few] { $count } أخبار
    [many] { $count } خبرًا
   *[other] { $count } خبر
}
empty = لا توجد أخبار حتى الآن.
retry = إعادة المحاولة
error-network = تعذّر تحميل الأخبار: لا يمكن الوصول إلى خادم الأخبار. يُرجى التحقق من الاتصال وإعادة المحاولة.
error-timeout = تعذّر تحميل الأخبار: استغرق خادم الأخبار وقتًا طويلًا جدًا في الاستجابة.
error-status = تعذّر تحميل الأخبار: ردّ خادم الأخبار بالخطأ { $status }.
error-format = تعذّر عرض الأخبار: موجز الأخبار تالف أو بتنسيق غير معروف.
error-no-feed = لم يُعَدّ قسم الأخبار هذا بعد: عنوان موجز الأخبار غير محدد.
authors = { $count ->
    [zero] المؤلفون
    [one] المؤلف
    [two] المؤلفان
    [few] المؤلفون
    [many] المؤلفون
   *[other] المؤلفون
}
tags = الوسوم
updated = تم التحديث في { $date }
all-news = جميع الأخبار

vi-toggle = نسخة لضعاف البصر
vi-panel = إعدادات لضعاف البصر
font-size = حجم الخط
font-smaller = تصغير الخط
font-larger = تكبير الخط
scheme = نظام الألوان
scheme-default = ألوان الموقع
scheme-white = أسود على أبيض
scheme-black = أبيض على أسود
scheme-blue = أزرق داكن على أزرق فاتح
scheme-brown = بني على بيج
scheme-green = أخضر على بني داكن
images = الصور
images-show = إظهار
images-grayscale = أبيض وأسود
images-hide = إخفاء
letter-spacing = تباعد الأحرف
line-spacing = تباعد الأسطر
spacing-normal = عادي
spacing-medium = متوسط
spacing-large = كبير
font = الخط
font-default = خط الموقع
font-sans = بدون زوائد
font-serif = بزوائد
reset = إعادة ضبط الإعدادات
close = إغلاق
announce-change = { $setting }: { $value }
announce-reset = تمت إعادة ضبط الإعدادات
read-aloud = استماع
read-stop = إيقاف القراءة
read-pause = إيقاف مؤقت
read-resume = استئناف

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
