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
error-nothing-showable = تعذّر عرض الأخبار: لا يحتوي أي خبر في موجز الأخبار على عنوان أو نص أو رابط.
error-too-large = تعذّر عرض الأخبار: موجز الأخبار كبير جدًا بالنسبة إلى هذه الكتلة.
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

error-offline = لا يوجد اتصال بالإنترنت. ستُحمَّل الأخبار عند عودة الاتصال.
error-cors = تعذّر تحميل الأخبار: لا يسمح خادم الأخبار لهذا الموقع بقراءة موجز الأخبار.
saved-notice = تعذّر تحديث الأخبار. تُعرض الأخبار المحفوظة بتاريخ { $date }.
feeds-partial = تعذّر تحديث بعض الأخبار: { $feeds }. باقي الأخبار محدّثة.
show-more = عرض المزيد من الأخبار
new-items = { $count ->
    [zero] لا توجد أخبار جديدة
    [one] خبر جديد واحد
    [two] خبران جديدان
    [few] { $count } أخبار جديدة
    [many] { $count } خبرًا جديدًا
   *[other] { $count } خبر جديد
}
updates-pause = إيقاف التحديثات مؤقتًا
updates-resume = استئناف التحديثات
attachments = المرفقات
untitled = خبر بلا عنوان
