# Hebrew.

heading-default = חדשות
loading = החדשות בטעינה…
loaded = { $count ->
    [one] ידיעה אחת
    [two] שתי ידיעות
   *[other] { $count } ידיעות
}
empty = אין עדיין חדשות.
retry = לנסות שוב
error-network = לא ניתן לטעון את החדשות: אין גישה לשרת החדשות. יש לבדוק את החיבור ולנסות שוב.
error-timeout = לא ניתן לטעון את החדשות: שרת החדשות לא הגיב בזמן.
error-status = לא ניתן לטעון את החדשות: שרת החדשות החזיר שגיאה { $status }.
error-format = לא ניתן להציג את החדשות: פיד החדשות פגום או בפורמט לא מוכר.
error-nothing-showable = לא ניתן להציג את החדשות: לאף ידיעה בפיד החדשות אין כותרת, טקסט או קישור.
error-too-large = לא ניתן להציג את החדשות: פיד החדשות גדול מדי עבור רכיב זה.
error-no-feed = רכיב החדשות עדיין לא הוגדר: חסרה כתובת פיד החדשות.
authors = { $count ->
    [one] מחבר
    [two] מחברים
   *[other] מחברים
}
tags = תגיות
updated = עודכן ב־{ $date }
all-news = כל החדשות

vi-toggle = גרסה לכבדי ראייה
vi-panel = הגדרות לכבדי ראייה
font-size = גודל גופן
font-smaller = הקטנת גופן
font-larger = הגדלת גופן
scheme = ערכת צבעים
scheme-default = צבעי האתר
scheme-white = שחור על לבן
scheme-black = לבן על שחור
scheme-blue = כחול כהה על תכלת
scheme-brown = חום על בז׳
scheme-green = ירוק על חום כהה
images = תמונות
images-show = הצגה
images-grayscale = שחור־לבן
images-hide = הסתרה
letter-spacing = ריווח בין אותיות
line-spacing = ריווח בין שורות
spacing-normal = רגיל
spacing-medium = בינוני
spacing-large = גדול
font = גופן
font-default = גופן האתר
font-sans = ללא סריפים
font-serif = עם סריפים
reset = איפוס הגדרות
close = סגירה
announce-change = { $setting }: { $value }
announce-reset = ההגדרות אופסו
read-aloud = הקראה
read-stop = עצירת ההקראה
read-pause = השהיה
read-resume = המשך

error-offline = אין חיבור לאינטרנט. החדשות ייטענו כשהחיבור יחזור.
error-cors = לא ניתן לטעון את החדשות: שרת החדשות אינו מאפשר לאתר זה לקרוא את פיד החדשות.
saved-notice = לא ניתן לעדכן את החדשות. מוצגות החדשות שנשמרו ב־{ $date }.
feeds-partial = לא ניתן היה לעדכן חלק מהחדשות: { $feeds }. שאר החדשות עדכניות.
show-more = הצגת חדשות נוספות
new-items = { $count ->
    [one] ידיעה חדשה אחת
    [two] שתי ידיעות חדשות
   *[other] { $count } ידיעות חדשות
}
updates-pause = השהיית העדכונים
updates-resume = חידוש העדכונים
attachments = קבצים מצורפים
untitled = ידיעה ללא כותרת
