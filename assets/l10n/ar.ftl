# العربية: ما يقرؤه المتحدثون. صفحة المتحدث فقط: نافذة العرض لا تستطيع تشكيل النص العربي (docs/fonts.md).

## الحالة
state-not-started = لم تبدأ
state-on-time = في الوقت
state-warning = تنبيه
state-wrap-up = اختتم حديثك
state-time-is-up = انتهى الوقت
state-paused = متوقف مؤقتًا
state-break = استراحة
state-finished = انتهت

## الأسطر
next = التالي: { $talk }
first = الأول: { $talk }
session-ended = انتهت الجلسة { $time }
session-ends = تنتهي الجلسة { $time }
break-back-at = { $break } — نعود في { $time }
phase-paused = { $phase } (متوقف)
slot-of = الفقرة { $n } من { $count }
session-finished = انتهت الجلسة — شكرًا لكم
rehearsal-waiting = بروفة — تبدأ عندما يكون رئيس الجلسة جاهزًا
starts-at = تبدأ في { $time }
rehearsal = بروفة
break-in = استراحة بعد { $time }
left-in-slot = بقي { $time } من هذه الفقرة
over-slot = تجاوز بمقدار { $time }
no-session = لا توجد جلسة مفتوحة

## الاتصال
connecting = جارٍ الاتصال…
connection-lost = انقطع الاتصال — آخر وقت معروف
link-revoked = هذا الرابط لم يعد يعمل — اطلب الرابط الحالي من رئيس الجلسة

## الرسائل
preset-five-minutes = بقيت 5 دقائق
preset-wrap-up = يرجى الاختتام
preset-questions = وقت الأسئلة
preset-microphone = يرجى استخدام الميكروفون

## أقسام الفقرات المستوردة
phase-intro = شرائح تمهيدية
phase-discussion = نقاش
phase-talk = عرض
