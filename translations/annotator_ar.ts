<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About annotator-desktop</source>
        <translation>حول annotator-desktop</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>أيقونة التطبيق</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>annotator-desktop version %1</source>
        <translation>الإصدار %1 من annotator-desktop</translation>
    </message>
    <message>
        <source>License</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, version 2.0 (%1).</source>
        <translation>مرخَّص بموجب Apache License، الإصدار 2.0 (%1).</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>Your data is kept in: %1</source>
        <translation>تُحفظ بياناتك في: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>نسخ المسار</translation>
    </message>
    <message>
        <source>Copy the data folder path</source>
        <translation>نسخ مسار مجلد البيانات</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>فتح مجلد البيانات</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>فتح مجلد البيانات</translation>
    </message>
</context>
<context>
    <name>ActionSet</name>
    <message>
        <source>&amp;Open folder…</source>
        <translation>&amp;فتح مجلد…</translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>فتح مجلد صور</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Export a project&apos;s annotations as COCO, YOLO, Pascal VOC or JSON Lines</source>
        <translation>تصدير بيانات التوسيم لمشروع بتنسيق COCO أو YOLO أو Pascal VOC أو JSON Lines</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;الإعدادات…</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>تغيير الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Quit the app</source>
        <translation>إنهاء التطبيق</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>التراجع عن آخر تعديل</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>Redo the last undone edit</source>
        <translation>إعادة آخر تعديل تم التراجع عنه</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;ملاءمة النافذة</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>ملاءمة النافذة</translation>
    </message>
    <message>
        <source>&amp;Find task</source>
        <translation>&amp;بحث عن مهمة</translation>
    </message>
    <message>
        <source>Search the task list</source>
        <translation>البحث في قائمة المهام</translation>
    </message>
    <message>
        <source>&amp;Previous task</source>
        <translation>المهمة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>Go to the previous task</source>
        <translation>الانتقال إلى المهمة السابقة</translation>
    </message>
    <message>
        <source>&amp;Next task</source>
        <translation>المهمة ال&amp;تالية</translation>
    </message>
    <message>
        <source>Go to the next task</source>
        <translation>الانتقال إلى المهمة التالية</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>ت&amp;قديم</translation>
    </message>
    <message>
        <source>Check and submit this task</source>
        <translation>التحقق من هذه المهمة وتقديمها</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>ت&amp;خطي</translation>
    </message>
    <message>
        <source>Skip this task for now</source>
        <translation>تخطي هذه المهمة مؤقتًا</translation>
    </message>
    <message>
        <source>&amp;Review submissions…</source>
        <translation>&amp;مراجعة التقديمات…</translation>
    </message>
    <message>
        <source>Spot-check a sample of submissions (QA leads)</source>
        <translation>فحص عيّنة من التقديمات (لمسؤولي ضمان الجودة)</translation>
    </message>
    <message>
        <source>Project s&amp;tatistics…</source>
        <translation>&amp;إحصاءات المشروع…</translation>
    </message>
    <message>
        <source>Counts, throughput, acceptance and agreement per project</source>
        <translation>الأعداد والإنتاجية ونسبة القبول والتوافق لكل مشروع</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>تسجيل ال&amp;دخول…</translation>
    </message>
    <message>
        <source>Sign in to a task server</source>
        <translation>تسجيل الدخول إلى خادم مهام</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;مزامنة الآن</translation>
    </message>
    <message>
        <source>Send and receive now</source>
        <translation>الإرسال والاستلام الآن</translation>
    </message>
    <message>
        <source>&amp;Take tasks offline…</source>
        <translation>&amp;حجز مهام للعمل دون اتصال…</translation>
    </message>
    <message>
        <source>Check out tasks to work on offline</source>
        <translation>حجز مهام لإنجازها دون اتصال</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>إ&amp;لغاء المزامنة</translation>
    </message>
    <message>
        <source>Stop the running sync</source>
        <translation>إيقاف المزامنة الجارية</translation>
    </message>
    <message>
        <source>&amp;Problems…</source>
        <translation>م&amp;شكلات…</translation>
    </message>
    <message>
        <source>Show the changes from the server that could not be used</source>
        <translation>عرض التغييرات الواردة من الخادم التي تعذَّر استخدامها</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Show every shortcut</source>
        <translation>عرض كل الاختصارات</translation>
    </message>
    <message>
        <source>&amp;About annotator-desktop</source>
        <translation>&amp;حول annotator-desktop</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>حول هذا التطبيق</translation>
    </message>
</context>
<context>
    <name>BBoxActions</name>
    <message>
        <source>Choose label “%1”</source>
        <translation>اختيار التسمية «%1»</translation>
    </message>
    <message>
        <source>Draw mode (click–click or drag draws)</source>
        <translation>وضع الرسم (الرسم بنقرتين أو بالسحب)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Fit image to view</source>
        <translation>ملاءمة الصورة للعرض</translation>
    </message>
    <message>
        <source>Actual size (1:1)</source>
        <translation>الحجم الفعلي (1:1)</translation>
    </message>
    <message>
        <source>Delete selected boxes</source>
        <translation>حذف المربعات المحدَّدة</translation>
    </message>
    <message>
        <source>Select all boxes</source>
        <translation>تحديد كل المربعات</translation>
    </message>
    <message>
        <source>Copy the selected box</source>
        <translation>نسخ المربع المحدَّد</translation>
    </message>
    <message>
        <source>Paste the copied box</source>
        <translation>لصق المربع المنسوخ</translation>
    </message>
    <message>
        <source>Hide boxes (hold)</source>
        <translation>إخفاء المربعات (أثناء الضغط)</translation>
    </message>
    <message>
        <source>Copy boxes of the previous task</source>
        <translation>نسخ مربعات المهمة السابقة</translation>
    </message>
    <message>
        <source>Nothing to label in this image</source>
        <translation>لا شيء للتوسيم في هذه الصورة</translation>
    </message>
    <message>
        <source>Nudge left 1 px</source>
        <translation>تحريك لليسار 1 بكسل</translation>
    </message>
    <message>
        <source>Nudge right 1 px</source>
        <translation>تحريك لليمين 1 بكسل</translation>
    </message>
    <message>
        <source>Nudge up 1 px</source>
        <translation>تحريك للأعلى 1 بكسل</translation>
    </message>
    <message>
        <source>Nudge down 1 px</source>
        <translation>تحريك للأسفل 1 بكسل</translation>
    </message>
    <message>
        <source>Nudge left 10 px</source>
        <translation>تحريك لليسار 10 بكسل</translation>
    </message>
    <message>
        <source>Nudge right 10 px</source>
        <translation>تحريك لليمين 10 بكسل</translation>
    </message>
    <message>
        <source>Nudge up 10 px</source>
        <translation>تحريك للأعلى 10 بكسل</translation>
    </message>
    <message>
        <source>Nudge down 10 px</source>
        <translation>تحريك للأسفل 10 بكسل</translation>
    </message>
</context>
<context>
    <name>BBoxCommands</name>
    <message>
        <source>Draw box</source>
        <translation>رسم مربع</translation>
    </message>
    <message>
        <source>Delete boxes</source>
        <translation>حذف المربعات</translation>
    </message>
    <message>
        <source>Nothing to label</source>
        <translation>لا شيء للتوسيم</translation>
    </message>
</context>
<context>
    <name>BBoxPane</name>
    <message>
        <source>Image and boxes</source>
        <translation>الصورة والمربعات</translation>
    </message>
    <message>
        <source>Nothing to label in this image</source>
        <translation>لا شيء للتوسيم في هذه الصورة</translation>
    </message>
    <message>
        <source>Draw mode: drag, or click two corners, to draw a box. Esc leaves it.</source>
        <translation>وضع الرسم: اسحب، أو انقر على زاويتين، لرسم مربع. اضغط Esc للخروج منه.</translation>
    </message>
    <message>
        <source>Box %1 has zero size.</source>
        <translation>حجم المربع %1 صفر.</translation>
    </message>
    <message>
        <source>Box %1 lies outside the image.</source>
        <translation>المربع %1 يقع خارج الصورة.</translation>
    </message>
    <message>
        <source>Box %1 has no label.</source>
        <translation>المربع %1 بلا تسمية.</translation>
    </message>
    <message>
        <source>Box %1 has a label that this task does not offer.</source>
        <translation>للمربع %1 تسمية لا تتيحها هذه المهمة.</translation>
    </message>
    <message>
        <source>Draw at least one box, or tick “Nothing to label in this image”.</source>
        <translation>ارسم مربعًا واحدًا على الأقل، أو حدِّد «لا شيء للتوسيم في هذه الصورة».</translation>
    </message>
    <message>
        <source>“Nothing to label in this image” is ticked, but there are boxes.</source>
        <translation>الخيار «لا شيء للتوسيم في هذه الصورة» محدَّد، ولكن توجد مربعات.</translation>
    </message>
    <message>
        <source>This result cannot be submitted.</source>
        <translation>لا يمكن تقديم هذه النتيجة.</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>جارٍ تحميل الصورة…</translation>
    </message>
    <message>
        <source>The image is not downloaded yet; it appears here as soon as it arrives.</source>
        <translation>لم يتم تنزيل الصورة بعد؛ ستظهر هنا فور وصولها.</translation>
    </message>
    <message>
        <source>This image is too large to open safely (the limit is %1 megapixels).</source>
        <translation>هذه الصورة أكبر من أن تُفتح بأمان (الحد الأقصى %1 ميغابكسل).</translation>
    </message>
    <message>
        <source>This file is not in an image format the app can read.</source>
        <translation>هذا الملف ليس بتنسيق صور يستطيع التطبيق قراءته.</translation>
    </message>
    <message>
        <source>The image file is damaged or incomplete and cannot be shown.</source>
        <translation>ملف الصورة تالف أو غير مكتمل ولا يمكن عرضه.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Label: %1 · %n selected · zoom %2% · %3</source>
        <translation>
            <numerusform>التسمية: %1 · المحدَّد: %n · التكبير %2% · %3</numerusform>
            <numerusform>التسمية: %1 · المحدَّد: %n · التكبير %2% · %3</numerusform>
            <numerusform>التسمية: %1 · المحدَّد: %n · التكبير %2% · %3</numerusform>
            <numerusform>التسمية: %1 · المحدَّد: %n · التكبير %2% · %3</numerusform>
            <numerusform>التسمية: %1 · المحدَّد: %n · التكبير %2% · %3</numerusform>
            <numerusform>التسمية: %1 · المحدَّد: %n · التكبير %2% · %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeBlocks</name>
    <message>
        <source>Copied</source>
        <translation>تم النسخ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy this code block (%1). Tab moves to the next code block.</source>
        <translation>انسخ كتلة الشيفرة هذه (%1). ينتقل Tab إلى كتلة الشيفرة التالية.</translation>
    </message>
    <message>
        <source>Copy the code block</source>
        <translation>انسخ كتلة الشيفرة</translation>
    </message>
    <message>
        <source>Copy code block</source>
        <translation>نسخ كتلة التعليمات البرمجية</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Preference %1: %2</source>
        <translation>التفضيل %1: %2</translation>
    </message>
    <message>
        <source>Give the selected response rank %1</source>
        <translation>منح الإجابة المحدَّدة المرتبة %1</translation>
    </message>
    <message>
        <source>Go to the preference scale</source>
        <translation>الانتقال إلى مقياس التفضيل</translation>
    </message>
    <message>
        <source>Go to the rationale</source>
        <translation>الانتقال إلى التعليل</translation>
    </message>
    <message>
        <source>Scroll both responses together (on/off)</source>
        <translation>تمرير الإجابتين معًا (تشغيل/إيقاف)</translation>
    </message>
    <message>
        <source>Highlight differences (on/off)</source>
        <translation>إبراز الاختلافات (تشغيل/إيقاف)</translation>
    </message>
    <message>
        <source>Preference:</source>
        <translation>التفضيل:</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>المعايير:</translation>
    </message>
    <message>
        <source>Ranking:</source>
        <translation>الترتيب:</translation>
    </message>
    <message>
        <source>Per response:</source>
        <translation>لكل إجابة:</translation>
    </message>
    <message>
        <source>Rationale: why is one better (or both bad)?</source>
        <translation>التعليل: لماذا إحداهما أفضل (أو كلتاهما سيئة)؟</translation>
    </message>
    <message>
        <source>Preference between A and B, keys 1 to 7</source>
        <translation>التفضيل بين A وB، المفاتيح من 1 إلى 7</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>التعليل</translation>
    </message>
    <message>
        <source>Explain your judgment in your own words.</source>
        <translation>اشرح حكمك بكلماتك الخاصة.</translation>
    </message>
    <message>
        <source>No preference chosen yet (keys 1–7)</source>
        <translation>لم يُحدَّد تفضيل بعد (المفاتيح 1–7)</translation>
    </message>
    <message>
        <source>%1 characters, at least %2</source>
        <translation>عدد الأحرف: %1، والحد الأدنى %2</translation>
    </message>
    <message>
        <source>No valid preference</source>
        <translation>لا يوجد تفضيل صالح</translation>
    </message>
    <message>
        <source>No valid ranking</source>
        <translation>لا يوجد ترتيب صالح</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Every judgment of this task, side by side</source>
        <translation>كل أحكام هذه المهمة جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Every judgment of this task</source>
        <translation>كل أحكام هذه المهمة</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Judgment by %1</source>
        <translation>حكم %1</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>الموجِّه</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>The server refused the last submission: %1</source>
        <translation>رفض الخادم آخر تقديم: %1</translation>
    </message>
    <message>
        <source>No comparison task is loaded.</source>
        <translation>لم يتم تحميل أي مهمة مقارنة.</translation>
    </message>
    <message>
        <source>This submission</source>
        <translation>هذا التقديم</translation>
    </message>
    <message>
        <source>This comparison task is damaged and cannot be shown; please report it.</source>
        <translation>مهمة المقارنة هذه تالفة ولا يمكن عرضها؛ يُرجى الإبلاغ عنها.</translation>
    </message>
    <message>
        <source>Both responses of this task have the same id; please report the task.</source>
        <translation>للإجابتين في هذه المهمة المعرِّف نفسه؛ يُرجى الإبلاغ عن المهمة.</translation>
    </message>
    <message>
        <source>Choose which response is better, or Tie (keys 1–7).</source>
        <translation>اختر الإجابة الأفضل، أو التعادل (المفاتيح 1–7).</translation>
    </message>
    <message>
        <source>Response %1: %2</source>
        <translation>الإجابة %1: %2</translation>
    </message>
    <message>
        <source>The rationale is too short: %1 of at least %2 characters.</source>
        <translation>التعليل قصير جدًا: عدد الأحرف %1 من حد أدنى قدره %2.</translation>
    </message>
    <message>
        <source>The result is not valid: %1</source>
        <translation>النتيجة غير صالحة: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be rated: its range is invalid. Please report this task.</source>
        <translation>لا يمكن تقييم «%1»: نطاقه غير صالح. يُرجى الإبلاغ عن هذه المهمة.</translation>
    </message>
    <message>
        <source>Rate “%1” (from %2 to %3).</source>
        <translation>قيِّم «%1» (من %2 إلى %3).</translation>
    </message>
    <message>
        <source>“%1” must be rated from %2 to %3.</source>
        <translation>يجب تقييم «%1» من %2 إلى %3.</translation>
    </message>
    <message>
        <source>Rank every response (keys 1–9 or drag); not ranked yet: %1.</source>
        <translation>امنح كل إجابة مرتبة (المفاتيح 1–9 أو السحب)؛ بلا مرتبة بعد: %1.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>غير مُقيَّم</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Rate %1 from %2 to %3; keys: digits, arrows, Delete</source>
        <translation>قيِّم %1 من %2 إلى %3؛ المفاتيح: الأرقام، الأسهم، Delete</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>الإجابة %1</translation>
    </message>
    <message>
        <source>%1 of response %2</source>
        <translation>%1 للإجابة %2</translation>
    </message>
    <message>
        <source>Response A</source>
        <translation>الإجابة A</translation>
    </message>
    <message>
        <source>Response B</source>
        <translation>الإجابة B</translation>
    </message>
    <message>
        <source>Scroll both together</source>
        <translation>تمرير متزامن</translation>
    </message>
    <message>
        <source>Scroll both responses together</source>
        <translation>تمرير الإجابتين معًا</translation>
    </message>
    <message>
        <source>Highlight differences</source>
        <translation>إبراز الاختلافات</translation>
    </message>
    <message>
        <source>Highlight where the responses differ</source>
        <translation>إبراز مواضع الاختلاف بين الإجابتين</translation>
    </message>
    <message>
        <source>A is much better</source>
        <translation>A أفضل بكثير</translation>
    </message>
    <message>
        <source>A is better</source>
        <translation>A أفضل</translation>
    </message>
    <message>
        <source>A is slightly better</source>
        <translation>A أفضل قليلًا</translation>
    </message>
    <message>
        <source>Tie: about the same</source>
        <translation>تعادل: متقاربتان</translation>
    </message>
    <message>
        <source>B is slightly better</source>
        <translation>B أفضل قليلًا</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B أفضل</translation>
    </message>
    <message>
        <source>B is much better</source>
        <translation>B أفضل بكثير</translation>
    </message>
    <message>
        <source>A ≫</source>
        <comment>scale point 1: A much better</comment>
        <translation>A ≫</translation>
    </message>
    <message>
        <source>A &gt;</source>
        <comment>scale point 2: A better</comment>
        <translation>A &gt;</translation>
    </message>
    <message>
        <source>A ≳</source>
        <comment>scale point 3: A slightly better</comment>
        <translation>A ≳</translation>
    </message>
    <message>
        <source>Tie</source>
        <comment>scale point 4</comment>
        <translation>تعادل</translation>
    </message>
    <message>
        <source>≲ B</source>
        <comment>scale point 5: B slightly better</comment>
        <translation>≲ B</translation>
    </message>
    <message>
        <source>&lt; B</source>
        <comment>scale point 6: B better</comment>
        <translation>&lt; B</translation>
    </message>
    <message>
        <source>≪ B</source>
        <comment>scale point 7: B much better</comment>
        <translation>≪ B</translation>
    </message>
    <message>
        <source>Both responses are bad</source>
        <translation>كلتا الإجابتين سيئة</translation>
    </message>
    <message>
        <source>Needs an expert</source>
        <translation>تحتاج إلى خبير</translation>
    </message>
    <message>
        <source>Harmful content</source>
        <translation>محتوى ضار</translation>
    </message>
    <message>
        <source>I cannot judge this</source>
        <translation>لا أستطيع الحكم على هذا</translation>
    </message>
    <message>
        <source>Change judgment</source>
        <translation>تغيير الحكم</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>بلا مرتبة</translation>
    </message>
    <message>
        <source>rank %1 (tie)</source>
        <translation>المرتبة %1 (تعادل)</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>المرتبة %1</translation>
    </message>
    <message>
        <source>Ranking of the responses, best first</source>
        <translation>ترتيب الإجابات، الأفضل أولًا</translation>
    </message>
    <message>
        <source>Keys 1–9 give the selected response a rank (equal ranks are ties); drag a response to reorder; Delete clears its rank.</source>
        <translation>المفاتيح 1–9 تمنح الإجابة المحدَّدة مرتبة (المراتب المتساوية تعادل)؛ اسحب إجابة لإعادة ترتيبها؛ ويمسح Delete مرتبتها.</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>المساعد</translation>
    </message>
    <message>
        <source>%1 turn</source>
        <translation>دور %1</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>عرض أقل</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>عرض الكل</translation>
    </message>
    <message>
        <source>Collapse this turn</source>
        <translation>طي هذا الدور</translation>
    </message>
    <message>
        <source>Expand this turn</source>
        <translation>توسيع هذا الدور</translation>
    </message>
    <message>
        <source>Earlier turns of the conversation</source>
        <translation>الأدوار السابقة في المحادثة</translation>
    </message>
    <message>
        <source>The user&apos;s last message</source>
        <translation>آخر رسالة من المستخدم</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Side by side</source>
        <translation>جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Show the changes side by side</source>
        <translation>عرض التغييرات جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Whole text</source>
        <translation>النص كاملًا</translation>
    </message>
    <message>
        <source>Show unchanged text too</source>
        <translation>عرض النص غير المتغير أيضًا</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>التغيير السابق</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>التغيير التالي</translation>
    </message>
    <message>
        <source>Revert change</source>
        <translation>التراجع عن التغيير</translation>
    </message>
    <message>
        <source>Reset to draft</source>
        <translation>الإعادة إلى المسودة</translation>
    </message>
    <message>
        <source>Changes against the draft</source>
        <translation>التغييرات مقارنةً بالمسودة</translation>
    </message>
    <message>
        <source>Draft with deletions</source>
        <translation>المسودة مع المحذوفات</translation>
    </message>
    <message>
        <source>Rewrite with insertions</source>
        <translation>إعادة الصياغة مع الإضافات</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>جارٍ المقارنة…</translation>
    </message>
    <message>
        <source>+%1 / −%2 words · %3 changes · edit distance %4</source>
        <translation>الكلمات: ‎+%1 / ‎−%2 · التغييرات: %3 · مسافة التحرير: %4</translation>
    </message>
    <message>
        <source>formatting</source>
        <translation>تنسيق</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged word(s)</source>
        <translation>
            <numerusform>%n كلمة غير متغيرة</numerusform>
            <numerusform>%n كلمة غير متغيرة</numerusform>
            <numerusform>%n كلمتان غير متغيرتين</numerusform>
            <numerusform>%n كلمات غير متغيرة</numerusform>
            <numerusform>%n كلمة غير متغيرة</numerusform>
            <numerusform>%n كلمة غير متغيرة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditingMixin</name>
    <message>
        <source>Nudge box</source>
        <translation>تحريك المربع قليلًا</translation>
    </message>
    <message>
        <source>Hide box</source>
        <translation>إخفاء المربع</translation>
    </message>
    <message>
        <source>Show box</source>
        <translation>إظهار المربع</translation>
    </message>
    <message>
        <source>Lock box</source>
        <translation>قفل المربع</translation>
    </message>
    <message>
        <source>Unlock box</source>
        <translation>إلغاء قفل المربع</translation>
    </message>
    <message>
        <source>Change attribute</source>
        <translation>تغيير السمة</translation>
    </message>
    <message>
        <source>Paste box</source>
        <translation>لصق المربع</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>تغيير التسمية</translation>
    </message>
    <message>
        <source>Copy boxes of the previous task</source>
        <translation>نسخ مربعات المهمة السابقة</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export project</source>
        <translation>تصدير المشروع</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>ال&amp;مشروع:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;تنسيق:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;حفظ في:</translation>
    </message>
    <message>
        <source>Choose a project</source>
        <translation>اختر مشروعًا</translation>
    </message>
    <message>
        <source>Project to export</source>
        <translation>المشروع المراد تصديره</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>تنسيق التصدير</translation>
    </message>
    <message>
        <source>Where to save the export</source>
        <translation>مكان حفظ التصدير</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>اختيار مكان حفظ التصدير</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>تقدُّم التصدير</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>حالة التصدير</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>تص&amp;دير</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;فتح المجلد</translation>
    </message>
    <message>
        <source>Open the folder of the export</source>
        <translation>فتح مجلد التصدير</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>COCO JSON (one file)</source>
        <translation>COCO JSON (ملف واحد)</translation>
    </message>
    <message>
        <source>COCO JSON</source>
        <translation>COCO JSON</translation>
    </message>
    <message>
        <source>YOLO (a folder of label files)</source>
        <translation>YOLO (مجلد من ملفات التسميات)</translation>
    </message>
    <message>
        <source>YOLO</source>
        <translation>YOLO</translation>
    </message>
    <message>
        <source>Pascal VOC (a folder of XML files)</source>
        <translation>Pascal VOC (مجلد من ملفات XML)</translation>
    </message>
    <message>
        <source>Pascal VOC</source>
        <translation>Pascal VOC</translation>
    </message>
    <message>
        <source>JSON Lines: every submission (one file)</source>
        <translation>JSON Lines: كل التقديمات (ملف واحد)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Preference pairs for training: prompt, chosen, rejected (one file)</source>
        <translation>أزواج التفضيل للتدريب: الموجّه، المختارة، المرفوضة (ملف واحد)</translation>
    </message>
    <message>
        <source>preference pairs</source>
        <translation>أزواج التفضيل</translation>
    </message>
    <message>
        <source>Rewrites for fine-tuning: conversation and reply (one file)</source>
        <translation>إعادات الصياغة للضبط الدقيق: المحادثة والرد (ملف واحد)</translation>
    </message>
    <message>
        <source>fine-tuning data</source>
        <translation>بيانات الضبط الدقيق</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Choose a project and a format to export.</source>
        <translation>اختر مشروعًا وتنسيقًا للتصدير.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>اختر مكان حفظ التصدير.</translation>
    </message>
    <message>
        <source>%1 is a file; this format needs a folder.</source>
        <translation>%1 عبارة عن ملف، وهذا التنسيق يحتاج إلى مجلد.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Export into it? Files with the same names are replaced.</source>
        <translation>المجلد %1 ليس فارغًا. هل تريد التصدير إليه؟ ستُستبدل الملفات التي تحمل الأسماء نفسها.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 موجود بالفعل. هل تريد استبداله؟</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 as %2: %n file(s) in %3.</source>
        <translation>
            <numerusform>تم تصدير %1 بتنسيق %2: %n ملف في %3.</numerusform>
            <numerusform>تم تصدير %1 بتنسيق %2: %n ملف في %3.</numerusform>
            <numerusform>تم تصدير %1 بتنسيق %2: %n ملفان في %3.</numerusform>
            <numerusform>تم تصدير %1 بتنسيق %2: %n ملفات في %3.</numerusform>
            <numerusform>تم تصدير %1 بتنسيق %2: %n ملفًا في %3.</numerusform>
            <numerusform>تم تصدير %1 بتنسيق %2: %n ملف في %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 as %2 to %3.</source>
        <translation>تم تصدير %1 بتنسيق %2 إلى %3.</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation>أُلغي التصدير. لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>This project cannot be exported in this format: %1</source>
        <translation>لا يمكن تصدير هذا المشروع بهذا التنسيق: %1</translation>
    </message>
    <message>
        <source>You may not write to %1; choose another place.</source>
        <translation>لا يُسمح لك بالكتابة في %1؛ اختر مكانًا آخر.</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>تعذَّرت كتابة التصدير: %1</translation>
    </message>
    <message>
        <source>The export failed unexpectedly; the log has the details.</source>
        <translation>فشل التصدير على نحو غير متوقع؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <source>COCO JSON (*.json)</source>
        <translation>COCO JSON (*.json)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
</context>
<context>
    <name>ExportLauncher</name>
    <message>
        <source>The cache is not open yet; try again in a moment.</source>
        <translation>ذاكرة التخزين المؤقت غير مفتوحة بعد؛ حاول مرة أخرى بعد لحظات.</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>نص البحث</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>استبدال بـ</translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation>النص البديل</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>مطابقة حالة الأحرف</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>البحث عن التالي</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Replace this match</source>
        <translation>استبدال هذا التطابق</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>استبدال الكل</translation>
    </message>
    <message>
        <source>Replace all matches</source>
        <translation>استبدال كل التطابقات</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>إغلاق شريط البحث</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>لا توجد نتائج</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>تم استبدال %n</numerusform>
            <numerusform>تم استبدال %n</numerusform>
            <numerusform>تم استبدال %n</numerusform>
            <numerusform>تم استبدال %n</numerusform>
            <numerusform>تم استبدال %n</numerusform>
            <numerusform>تم استبدال %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GestureMixin</name>
    <message>
        <source>Move box</source>
        <translation>نقل المربع</translation>
    </message>
    <message>
        <source>Resize box</source>
        <translation>تغيير حجم المربع</translation>
    </message>
</context>
<context>
    <name>GuidelinesPanel</name>
    <message>
        <source>Guidelines</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <source>&amp;Guidelines</source>
        <translation>&amp;الإرشادات</translation>
    </message>
    <message>
        <source>Show or hide the project&apos;s guidelines</source>
        <translation>إظهار إرشادات المشروع أو إخفاؤها</translation>
    </message>
    <message>
        <source>Find in the guidelines</source>
        <translation>البحث في الإرشادات</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n تطابق</numerusform>
            <numerusform>%n تطابق</numerusform>
            <numerusform>%n تطابقان</numerusform>
            <numerusform>%n تطابقات</numerusform>
            <numerusform>%n تطابقًا</numerusform>
            <numerusform>%n تطابق</numerusform>
        </translation>
    </message>
    <message>
        <source>No match</source>
        <translation>لا يوجد تطابق</translation>
    </message>
</context>
<context>
    <name>JudgmentForm</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n حرف</numerusform>
            <numerusform>%n حرف</numerusform>
            <numerusform>%n حرفان</numerusform>
            <numerusform>%n أحرف</numerusform>
            <numerusform>%n حرفًا</numerusform>
            <numerusform>%n حرف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelPanel</name>
    <message>
        <source>Search labels</source>
        <translation>البحث في التسميات</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>التسميات</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
</context>
<context>
    <name>LabelStudioBanner</name>
    <message>
        <source>This is a Label Studio server: it does not reserve tasks. Someone else may annotate a task you took offline in the meantime; your work is kept and shown as late then.</source>
        <translation>هذا خادم Label Studio: لا يحجز المهام. قد يوسم شخص آخر في الأثناء مهمة أخذتها دون اتصال؛ عندها يُحفظ عملك ويُعرض على أنه متأخر.</translation>
    </message>
    <message>
        <source>Label Studio notice</source>
        <translation>تنبيه Label Studio</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Hide this notice until the app restarts</source>
        <translation>إخفاء هذا التنبيه حتى إعادة تشغيل التطبيق</translation>
    </message>
    <message>
        <source>Dismiss the Label Studio notice</source>
        <translation>إخفاء تنبيه Label Studio</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Syncing %1 of %2</source>
        <translation>مزامنة %1 من %2</translation>
    </message>
    <message>
        <source>Sync is not available in this version.</source>
        <translation>المزامنة غير متاحة في هذا الإصدار.</translation>
    </message>
    <message>
        <source>&amp;Review submissions (not on Label Studio servers)</source>
        <translation>م&amp;راجعة الإرسالات (ليس على خوادم Label Studio)</translation>
    </message>
    <message>
        <source>QA review is not available on Label Studio servers.</source>
        <translation>مراجعة الجودة غير متاحة على خوادم Label Studio.</translation>
    </message>
    <message>
        <source>annotator-desktop</source>
        <translation>annotator-desktop</translation>
    </message>
    <message>
        <source>Tasks and editor</source>
        <translation>المهام والمحرر</translation>
    </message>
    <message>
        <source>Only QA leads can review submissions. Sign in with a QA lead account.</source>
        <translation>مراجعة التقديمات متاحة لمسؤولي ضمان الجودة فقط. سجِّل الدخول بحساب مسؤول ضمان الجودة.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>م&amp;همة</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>م&amp;زامنة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Editor tools</source>
        <translation>&amp;أدوات المحرر</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
</context>
<context>
    <name>ObjectList</name>
    <message>
        <source>Object</source>
        <translation>الكائن</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>المربعات</translation>
    </message>
    <message>
        <source>Attributes of the selected box</source>
        <translation>سمات المربع المحدَّد</translation>
    </message>
    <message>
        <source>Hide every box of this label</source>
        <translation>إخفاء كل مربعات هذه التسمية</translation>
    </message>
    <message>
        <source>Box %1</source>
        <translation>المربع %1</translation>
    </message>
</context>
<context>
    <name>OpenFolderFlow</name>
    <message>
        <source>The cache is not open yet; try again in a moment.</source>
        <translation>ذاكرة التخزين المؤقت غير مفتوحة بعد؛ حاول مرة أخرى بعد لحظات.</translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>فتح مجلد صور</translation>
    </message>
    <message>
        <source>No images were found in %1.</source>
        <translation>لم يُعثر على صور في %1.</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>التسميات</translation>
    </message>
    <message>
        <source>There is no classes.txt in %1.
Type the labels, one per line:</source>
        <translation>لا يوجد ملف classes.txt في %1.
اكتب التسميات، تسمية واحدة في كل سطر:</translation>
    </message>
    <message>
        <source>The folder could not be opened: %1</source>
        <translation>تعذَّر فتح المجلد: %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح مجلد</translation>
    </message>
</context>
<context>
    <name>OthersPanel</name>
    <message>
        <source>Other annotators&apos; rewrites</source>
        <translation>صياغات المُوسِّمين الآخرين</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>ملاحظات: %1</translation>
    </message>
</context>
<context>
    <name>PaneHost</name>
    <message>
        <source>No tasks yet. Sign in to a task server (Sync ▸ Sign in…) or open a folder of images (File ▸ Open folder…).</source>
        <translation>لا توجد مهام بعد. سجّل الدخول إلى خادم مهام (مزامنة ▸ تسجيل الدخول…) أو افتح مجلد صور (ملف ▸ فتح مجلد…).</translation>
    </message>
    <message>
        <source>Choose a task from the list to start.</source>
        <translation>اختر مهمة من القائمة للبدء.</translation>
    </message>
    <message>
        <source>Task editor</source>
        <translation>محرر المهمة</translation>
    </message>
</context>
<context>
    <name>PlaceholderPane</name>
    <message>
        <source>This kind of task has no editor yet; it is shown read-only.</source>
        <translation>لا يتوفر محرر لهذا النوع من المهام بعد؛ لذا تُعرض للقراءة فقط.</translation>
    </message>
    <message>
        <source>Raw task data</source>
        <translation>بيانات المهمة الخام</translation>
    </message>
    <message>
        <source>Tasks of this kind cannot be submitted from this version of the app.</source>
        <translation>لا يمكن تقديم مهام من هذا النوع من هذا الإصدار من التطبيق.</translation>
    </message>
</context>
<context>
    <name>ResponseColumn</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n كلمة</numerusform>
            <numerusform>%n كلمة</numerusform>
            <numerusform>%n كلمتان</numerusform>
            <numerusform>%n كلمات</numerusform>
            <numerusform>%n كلمة</numerusform>
            <numerusform>%n كلمة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>Sign in to check out a review sample.</source>
        <translation>سجِّل الدخول لحجز عيّنة مراجعة.</translation>
    </message>
    <message>
        <source>Only QA leads can review submissions on this server.</source>
        <translation>مراجعة التقديمات على هذا الخادم متاحة لمسؤولي ضمان الجودة فقط.</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>بحاجة إلى تعديلات</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>لم يُراجَع بعد</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>رفضه الخادم</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <source>Task: %1 (%2) · Annotator: %3 · Active time: %4 · Submitted: %5</source>
        <translation>المهمة: %1 (%2) · المُوسِّم: %3 · الوقت النشط: %4 · وقت التقديم: %5</translation>
    </message>
    <message>
        <source>Also done by: %1 (shown beside it)</source>
        <translation>أنجز المهمة أيضًا: %1 (تُعرض أعمالهم بجانبها)</translation>
    </message>
    <message>
        <source>Verdict: %1 (%2)</source>
        <translation>قرار المراجعة: %1 (%2)</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>قرار المراجعة: %1</translation>
    </message>
    <message>
        <source>QA review</source>
        <translation>مراجعة ضمان الجودة</translation>
    </message>
    <message>
        <source>Next submission</source>
        <translation>التقديم التالي</translation>
    </message>
    <message>
        <source>Previous submission</source>
        <translation>التقديم السابق</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>كتابة تعليق</translation>
    </message>
    <message>
        <source>Show or hide the sample list</source>
        <translation>إظهار قائمة العيّنة أو إخفاؤها</translation>
    </message>
    <message>
        <source>New sample…</source>
        <translation>عيّنة جديدة…</translation>
    </message>
    <message>
        <source>Close review</source>
        <translation>إغلاق المراجعة</translation>
    </message>
    <message>
        <source>Submissions in the sample</source>
        <translation>التقديمات في العيّنة</translation>
    </message>
    <message>
        <source>Submission details</source>
        <translation>تفاصيل التقديم</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>العيّنة</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>حالة المراجعة</translation>
    </message>
    <message>
        <source>Sample list and submission</source>
        <translation>قائمة العيّنة والتقديم</translation>
    </message>
    <message>
        <source>Loading the cached sample…</source>
        <translation>جارٍ تحميل العيّنة المخزَّنة مؤقتًا…</translation>
    </message>
    <message>
        <source>Checking out the sample and its images…</source>
        <translation>جارٍ حجز العيّنة وصورها…</translation>
    </message>
    <message>
        <source>No submissions in this sample.</source>
        <translation>لا توجد تقديمات في هذه العيّنة.</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) ready; J and K step through them.</source>
        <translation>
            <numerusform>%n تقديم جاهز؛ تنقَّل بالمفتاحين J وK.</numerusform>
            <numerusform>%n تقديم جاهز؛ تنقَّل بالمفتاحين J وK.</numerusform>
            <numerusform>%n تقديمان جاهزان؛ تنقَّل بينهما بالمفتاحين J وK.</numerusform>
            <numerusform>%n تقديمات جاهزة؛ تنقَّل بينها بالمفتاحين J وK.</numerusform>
            <numerusform>%n تقديمًا جاهزًا؛ تنقَّل بينها بالمفتاحين J وK.</numerusform>
            <numerusform>%n تقديم جاهز؛ تنقَّل بينها بالمفتاحين J وK.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some images could not be downloaded.</source>
        <translation>تعذَّر تنزيل بعض الصور.</translation>
    </message>
    <message>
        <source>No sample checked out yet (Ctrl+N for a new one).</source>
        <translation>لم تُحجز أي عيّنة بعد (Ctrl+N لعيّنة جديدة).</translation>
    </message>
    <message>
        <source>Project %1 · seed %2 · %3 of %4 · %5 reviewed</source>
        <translation>المشروع %1 · البذرة %2 · %3 من %4 · تمت مراجعة %5</translation>
    </message>
    <message>
        <source>Choose a verdict: A accept, C needs changes, R reject.</source>
        <translation>اختر قرار المراجعة: A قبول، C بحاجة إلى تعديلات، R رفض.</translation>
    </message>
    <message>
        <source>Verdict saved; it is sent with the next sync (also offline).</source>
        <translation>حُفظ قرار المراجعة (حتى دون اتصال)؛ وسيُرسل في المزامنة التالية.</translation>
    </message>
</context>
<context>
    <name>RevisionBar</name>
    <message>
        <source>Edit again</source>
        <translation>إعادة التحرير</translation>
    </message>
    <message>
        <source>Start a revision of this task; submitting it sends a new version.</source>
        <translation>بدء تعديل هذه المهمة؛ وتقديمها يُرسل إصدارًا جديدًا.</translation>
    </message>
    <message>
        <source>Submission state</source>
        <translation>حالة التقديم</translation>
    </message>
    <message>
        <source>Submitted (version %1). Read-only: choose Edit again to revise it.</source>
        <translation>مقدَّمة (الإصدار %1). للقراءة فقط: اختر «إعادة التحرير» لتعديلها.</translation>
    </message>
    <message>
        <source>You skipped this task (%1). It is read-only.</source>
        <translation>لقد تخطيت هذه المهمة (%1). إنها للقراءة فقط.</translation>
    </message>
    <message>
        <source>You skipped this task. It is read-only.</source>
        <translation>لقد تخطيت هذه المهمة. إنها للقراءة فقط.</translation>
    </message>
    <message>
        <source>Revision: submitting sends version %1; the earlier ones are kept.</source>
        <translation>تعديل: التقديم يُرسل الإصدار %1؛ وتُحفظ الإصدارات السابقة.</translation>
    </message>
</context>
<context>
    <name>RewriteActions</name>
    <message>
        <source>Bold</source>
        <translation>غامق</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <source>Inline code</source>
        <translation>شيفرة ضمن السطر</translation>
    </message>
    <message>
        <source>Code block</source>
        <translation>كتلة شيفرة</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>عنوان 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>عنوان 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>عنوان 3</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>قائمة نقطية</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>قائمة مرقَّمة</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>رابط…</translation>
    </message>
    <message>
        <source>Paste as plain text</source>
        <translation>لصق كنص عادي</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>بحث…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>استبدال…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>التغيير التالي</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>التغيير السابق</translation>
    </message>
    <message>
        <source>Revert change</source>
        <translation>التراجع عن التغيير</translation>
    </message>
    <message>
        <source>Reset to draft</source>
        <translation>الإعادة إلى المسودة</translation>
    </message>
    <message>
        <source>Check spelling</source>
        <translation>التدقيق الإملائي</translation>
    </message>
</context>
<context>
    <name>RewritePane</name>
    <message>
        <source>Prompt</source>
        <translation>الموجِّه</translation>
    </message>
    <message>
        <source>Model draft</source>
        <translation>مسودة النموذج</translation>
    </message>
    <message>
        <source>Your rewrite</source>
        <translation>إعادة صياغتك</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Notes for the reviewer (optional)</source>
        <translation>ملاحظات للمراجِع (اختيارية)</translation>
    </message>
    <message>
        <source>The rewrite is still identical to the draft.</source>
        <translation>لا تزال إعادة الصياغة مطابقة للمسودة.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Changes and other rewrites</source>
        <translation>التغييرات والصياغات الأخرى</translation>
    </message>
    <message>
        <source>Other annotators</source>
        <translation>المُوسِّمون الآخرون</translation>
    </message>
    <message>
        <source>This task&apos;s data is not valid; it cannot be edited.</source>
        <translation>بيانات هذه المهمة غير صالحة؛ لا يمكن تحريرها.</translation>
    </message>
    <message>
        <source>The rewrite is empty.</source>
        <translation>إعادة الصياغة فارغة.</translation>
    </message>
    <message>
        <source>The rewrite is identical to the draft: edit it, or say in the notes why the draft needs no change.</source>
        <translation>إعادة الصياغة مطابقة للمسودة: عدِّلها، أو اذكر في الملاحظات سبب عدم حاجة المسودة إلى تغيير.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>Address (http or https):</source>
        <translation>العنوان (http أو https):</translation>
    </message>
    <message>
        <source>Only http and https addresses can be linked.</source>
        <translation>يمكن الربط بعناوين http وhttps فقط.</translation>
    </message>
    <message>
        <source>%1 words · %2 characters</source>
        <translation>الكلمات: %1 · الأحرف: %2</translation>
    </message>
</context>
<context>
    <name>SafeTextBrowser</name>
    <message>
        <source>Open link?</source>
        <translation>فتح الرابط؟</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>هل تريد فتح هذا العنوان في متصفح الويب؟

%1</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <source>New review sample</source>
        <translation>عيّنة مراجعة جديدة</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>ال&amp;مشروع:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Sample size:</source>
        <translation>حجم العيّنة:</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>ال&amp;نسبة</translation>
    </message>
    <message>
        <source>Sample a share of the submissions</source>
        <translation>اختيار نسبة من التقديمات</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of the submissions, in percent</source>
        <translation>نسبة التقديمات، بالمئة</translation>
    </message>
    <message>
        <source>C&amp;ount</source>
        <translation>ال&amp;عدد</translation>
    </message>
    <message>
        <source>Sample a number of submissions</source>
        <translation>اختيار عدد محدَّد من التقديمات</translation>
    </message>
    <message>
        <source>Number of submissions</source>
        <translation>عدد التقديمات</translation>
    </message>
    <message>
        <source>&amp;Annotator:</source>
        <translation>ال&amp;مُوسِّم:</translation>
    </message>
    <message>
        <source>Only this annotator&apos;s submissions</source>
        <translation>تقديمات هذا المُوسِّم فقط</translation>
    </message>
    <message>
        <source>Any annotator</source>
        <translation>أي مُوسِّم</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>ال&amp;بذرة:</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <source>The same project, size, annotator and seed give the same sample. The sample and its images are kept on this computer for review offline.</source>
        <translation>المشروع والحجم والمُوسِّم والبذرة نفسها تعطي العيّنة نفسها. تُحفظ العيّنة وصورها على هذا الكمبيوتر للمراجعة دون اتصال.</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>حجز</translation>
    </message>
    <message>
        <source>Check out the sample</source>
        <translation>حجز العيّنة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>No projects yet: sync once while online, then try again.</source>
        <translation>لا توجد مشاريع بعد: أجرِ المزامنة مرة واحدة وأنت متصل، ثم حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>ServerMessages</name>
    <message>
        <source>The server could not read the request.</source>
        <translation>تعذَّر على الخادم قراءة الطلب.</translation>
    </message>
    <message>
        <source>The server refused the submission: some values are not valid.</source>
        <translation>رفض الخادم التقديم: بعض القيم غير صالحة.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>يُرجى تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>انتهت صلاحية تسجيل دخولك. يُرجى تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Your sign-in was used elsewhere and has ended. Please sign in again.</source>
        <translation>استُخدم تسجيل دخولك في مكان آخر وانتهى. يُرجى تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>You are not allowed to do that on this server.</source>
        <translation>غير مسموح لك بتنفيذ ذلك على هذا الخادم.</translation>
    </message>
    <message>
        <source>The server does not have what was asked for.</source>
        <translation>العنصر المطلوب غير موجود على الخادم.</translation>
    </message>
    <message>
        <source>The server already has a different submission under this key.</source>
        <translation>لدى الخادم بالفعل تقديم مختلف بهذا المفتاح.</translation>
    </message>
    <message>
        <source>Your time on this task ran out and it went to someone else.</source>
        <translation>انتهى وقتك المخصَّص لهذه المهمة وأُسندت إلى شخص آخر.</translation>
    </message>
    <message>
        <source>The server already has a newer version of this.</source>
        <translation>لدى الخادم بالفعل إصدار أحدث من هذا.</translation>
    </message>
    <message>
        <source>The server&apos;s change list was reset; syncing again.</source>
        <translation>أُعيد تعيين قائمة التغييرات على الخادم؛ جارٍ إجراء المزامنة مجددًا.</translation>
    </message>
    <message>
        <source>This is too large for the server to accept.</source>
        <translation>هذا أكبر من أن يقبله الخادم.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>محاولات كثيرة جدًا. انتظر دقيقة ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server is busy. It will be tried again shortly.</source>
        <translation>الخادم مشغول. ستُعاد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <source>A download could not be resumed; it starts again.</source>
        <translation>تعذَّر استئناف أحد التنزيلات؛ سيبدأ من جديد.</translation>
    </message>
    <message>
        <source>The server redirected to another address: check the server address.</source>
        <translation>أعاد الخادم التوجيه إلى عنوان آخر: تحقَّق من عنوان الخادم.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Your work is kept and sent later.</source>
        <translation>استغرق الخادم وقتًا طويلًا في الرد. عملك محفوظ وسيُرسل لاحقًا.</translation>
    </message>
    <message>
        <source>The server sent an answer this app cannot use. Check the server address or tell the server&apos;s administrator.</source>
        <translation>أرسل الخادم ردًا لا يستطيع هذا التطبيق استخدامه. تحقَّق من عنوان الخادم أو أبلغ مسؤول الخادم.</translation>
    </message>
    <message>
        <source>The server sent a larger answer than allowed. Check the server address or tell the server&apos;s administrator.</source>
        <translation>أرسل الخادم ردًا أكبر من المسموح به. تحقَّق من عنوان الخادم أو أبلغ مسؤول الخادم.</translation>
    </message>
    <message>
        <source>The server keeps sending changes; sync stopped. What arrived is kept; try again later.</source>
        <translation>يواصل الخادم إرسال التغييرات؛ لذا أُوقفت المزامنة. ما وصل محفوظ؛ حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Plain http is only used to this computer. Use an https:// server address.</source>
        <translation>لا يُستخدم http غير المشفَّر إلا للاتصال بهذا الكمبيوتر. استخدم عنوان خادم يبدأ بـ https://.</translation>
    </message>
    <message>
        <source>An image is larger than allowed and was not downloaded.</source>
        <translation>إحدى الصور أكبر من المسموح به ولم تُنزَّل.</translation>
    </message>
    <message>
        <source>An image arrived damaged; it is downloaded again at the next sync.</source>
        <translation>وصلت إحدى الصور تالفة؛ وستُنزَّل مجددًا في المزامنة التالية.</translation>
    </message>
    <message>
        <source>The server redirected to %1: check the server address.</source>
        <translation>أعاد الخادم التوجيه إلى %1: تحقَّق من عنوان الخادم.</translation>
    </message>
    <message>
        <source>The image size differs from the task&apos;s image.</source>
        <translation>حجم الصورة يختلف عن حجم صورة المهمة.</translation>
    </message>
    <message>
        <source>The rewrite is empty.</source>
        <translation>إعادة الصياغة فارغة.</translation>
    </message>
    <message>
        <source>The order the responses were shown in is missing.</source>
        <translation>ترتيب عرض الإجابات مفقود.</translation>
    </message>
    <message>
        <source>A criterion is not rated (%1).</source>
        <translation>أحد المعايير غير مُقيَّم (%1).</translation>
    </message>
    <message>
        <source>A rating is outside its scale (%1).</source>
        <translation>أحد التقييمات خارج نطاق مقياسه (%1).</translation>
    </message>
    <message>
        <source>The rationale is too short.</source>
        <translation>التعليل قصير جدًا.</translation>
    </message>
    <message>
        <source>A flag is not known to the server.</source>
        <translation>إحدى العلامات غير معروفة لدى الخادم.</translation>
    </message>
    <message>
        <source>A box has an attribute this project does not define (%1).</source>
        <translation>أحد المربعات له سمة لا يعرِّفها هذا المشروع (%1).</translation>
    </message>
    <message>
        <source>A box attribute has a value this project does not allow (%1).</source>
        <translation>إحدى سمات المربعات لها قيمة لا يسمح بها هذا المشروع (%1).</translation>
    </message>
    <message>
        <source>A required value is missing (%1).</source>
        <translation>قيمة مطلوبة مفقودة (%1).</translation>
    </message>
    <message>
        <source>No preference is chosen.</source>
        <translation>لم يُختر أي تفضيل.</translation>
    </message>
    <message>
        <source>This task is ranked, not judged on the preference scale.</source>
        <translation>تُرتَّب هذه المهمة، ولا يُحكم عليها بمقياس التفضيل.</translation>
    </message>
    <message>
        <source>The responses are not ranked.</source>
        <translation>الإجابات غير مرتبة.</translation>
    </message>
    <message>
        <source>This task is judged on the preference scale, not ranked.</source>
        <translation>يُحكم على هذه المهمة بمقياس التفضيل، ولا تُرتَّب.</translation>
    </message>
    <message>
        <source>Not every response is ranked.</source>
        <translation>ليست كل الإجابات مرتبة.</translation>
    </message>
    <message>
        <source>A response is ranked more than once.</source>
        <translation>رُتِّبت إجابة أكثر من مرة.</translation>
    </message>
    <message>
        <source>The ranking has an empty place.</source>
        <translation>في الترتيب مكان فارغ.</translation>
    </message>
    <message>
        <source>The ranking names a response this task does not have.</source>
        <translation>يذكر الترتيب إجابة ليست في هذه المهمة.</translation>
    </message>
    <message>
        <source>A response is rated on a criterion this project does not have (%1).</source>
        <translation>قُيِّمت إجابة وفق معيار ليس في هذا المشروع (%1).</translation>
    </message>
    <message>
        <source>A rating names a response this task does not have (%1).</source>
        <translation>يذكر تقييمٌ إجابة ليست في هذه المهمة (%1).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>عنوان URL للخادم</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>Autosave after (ms)</source>
        <translation>الحفظ التلقائي بعد (مللي ثانية)</translation>
    </message>
    <message>
        <source>CA bundle (PEM)</source>
        <translation>حزمة CA (PEM)</translation>
    </message>
    <message>
        <source>Tasks to keep offline</source>
        <translation>عدد المهام المحفوظة دون اتصال</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Choose a CA bundle file</source>
        <translation>اختيار ملف حزمة CA</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتحة</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكنة</translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>اختيار حزمة CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>الشهادات (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Sync could not start; working offline.</source>
        <translation>تعذَّر بدء المزامنة؛ يستمر العمل دون اتصال.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>البحث في الاختصارات</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>رمز الوصول الشخصي</translation>
    </message>
    <message>
        <source>Find it in Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</source>
        <translation>تجده في Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</translation>
    </message>
    <message>
        <source>Where to find the token</source>
        <translation>أين تجد الرمز</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>حالة تسجيل الدخول</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ال&amp;مستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Enter your personal access token.</source>
        <translation>أدخل رمز الوصول الشخصي.</translation>
    </message>
    <message>
        <source>That is not a personal access token. Copy it from Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</source>
        <translation>هذا ليس رمز وصول شخصيًا. انسخه من Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</translation>
    </message>
    <message>
        <source>Label Studio refused this token. Copy a current one from Account &amp; Settings ▸ Personal Access Token.</source>
        <translation>رفض Label Studio هذا الرمز. انسخ رمزًا حاليًا من Account &amp; Settings ▸ Personal Access Token.</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Broken task</source>
        <translation>مهمة معطوبة</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>غير واضحة</translation>
    </message>
    <message>
        <source>Not my expertise</source>
        <translation>ليست من اختصاصي</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Something is wrong with the task itself: a missing image, cut-off text</source>
        <translation>في المهمة نفسها خلل: صورة مفقودة أو نص مقطوع</translation>
    </message>
    <message>
        <source>The task or its instructions are unclear</source>
        <translation>المهمة أو تعليماتها غير واضحة</translation>
    </message>
    <message>
        <source>Someone with other knowledge should do this task</source>
        <translation>ينبغي أن يقوم بهذه المهمة شخص ذو معرفة أخرى</translation>
    </message>
    <message>
        <source>Another reason: say why below</source>
        <translation>سبب آخر: اذكره أدناه</translation>
    </message>
    <message>
        <source>Skip task</source>
        <translation>تخطي المهمة</translation>
    </message>
    <message>
        <source>Why do you skip “%1”? Press 1 to 4.</source>
        <translation>لماذا تتخطى «%1»؟ اضغط من 1 إلى 4.</translation>
    </message>
    <message>
        <source>Why do you skip this task? Press 1 to 4.</source>
        <translation>لماذا تتخطى هذه المهمة؟ اضغط من 1 إلى 4.</translation>
    </message>
    <message>
        <source>Why do you skip this task?</source>
        <translation>لماذا تتخطى هذه المهمة؟</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>المفتاح %1</translation>
    </message>
    <message>
        <source>Say why (needed for Other)</source>
        <translation>اذكر السبب (مطلوب مع «أخرى»)</translation>
    </message>
    <message>
        <source>Why (for Other)</source>
        <translation>السبب (لـ«أخرى»)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Skip or cancel</source>
        <translation>التخطي أو الإلغاء</translation>
    </message>
</context>
<context>
    <name>SpellingController</name>
    <message>
        <source>Ignore “%1”</source>
        <translation>تجاهل «%1»</translation>
    </message>
</context>
<context>
    <name>StartupErrors</name>
    <message>
        <source>annotator-desktop is already running with this data folder (process %1).
Switch to that window, or start with another folder (--data-dir).
Lock file: %2</source>
        <translation>يعمل annotator-desktop بالفعل بمجلد البيانات هذا (العملية %1).
انتقل إلى تلك النافذة، أو ابدأ بمجلد آخر (--data-dir).
ملف القفل: %2</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written.
Check its permissions, or start with another folder (--data-dir).</source>
        <translation>تتعذَّر الكتابة في مجلد البيانات %1.
تحقَّق من أذوناته، أو ابدأ بمجلد آخر (--data-dir).</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of annotator-desktop.
Install the newer version; the file has not been changed.</source>
        <translation>كُتبت ذاكرة التخزين المؤقت %1 بإصدار أحدث من annotator-desktop.
ثبِّت الإصدار الأحدث؛ لم يتم تغيير الملف.</translation>
    </message>
    <message>
        <source>The cache %1 is locked by another program.
Close other copies of annotator-desktop and try again.</source>
        <translation>ذاكرة التخزين المؤقت %1 مقفلة من برنامج آخر.
أغلق النسخ الأخرى من annotator-desktop وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be written.
Check the permissions of the file and its folder, or use --data-dir.</source>
        <translation>تتعذَّر الكتابة في ذاكرة التخزين المؤقت %1.
تحقَّق من أذونات الملف ومجلده، أو استخدم --data-dir.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged and could not be opened. It has been kept as it is.</source>
        <translation>ذاكرة التخزين المؤقت %1 تالفة وتعذَّر فتحها. تم الاحتفاظ بها كما هي.</translation>
    </message>
    <message>
        <source>The cache %1 could not be opened.</source>
        <translation>تعذَّر فتح ذاكرة التخزين المؤقت %1.</translation>
    </message>
    <message>
        <source>The cache was damaged. It was moved aside and kept as
%1
A new, empty cache was made at %2. Drafts that were only in the damaged file can be recovered from the kept copy.</source>
        <translation>كانت ذاكرة التخزين المؤقت تالفة، فنُقلت جانبًا واحتُفظ بها باسم
%1
وأُنشئت ذاكرة تخزين مؤقت جديدة فارغة في %2. يمكن استرداد المسودات التي لم تكن إلا في الملف التالف من النسخة المحفوظة.</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer version of annotator-desktop.
Default settings are used for now; the file is kept unchanged.</source>
        <translation>كُتب ملف الإعدادات %1 بإصدار أحدث من annotator-desktop.
تُستخدم الإعدادات الافتراضية حاليًا؛ ويبقى الملف دون تغيير.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read.
Default settings are used for now; the file is kept unchanged.</source>
        <translation>تعذَّرت قراءة ملف الإعدادات %1.
تُستخدم الإعدادات الافتراضية حاليًا؛ ويبقى الملف دون تغيير.</translation>
    </message>
    <message>
        <source>annotator-desktop</source>
        <translation>annotator-desktop</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>بحاجة إلى تعديلات</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>متعارضة</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Every judgment of a task</source>
        <translation>كل أحكام مهمة</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>This task is not in the cache.</source>
        <translation>هذه المهمة غير موجودة في ذاكرة التخزين المؤقت.</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3; 95 % interval %4–%5 %)</source>
        <translation>%1% (%2 من %3؛ فترة ثقة 95%: %4–%5%)</translation>
    </message>
    <message>
        <source>Of the judged pairs whose two responses differ in a cue, the share that chose the response shown first, the longer one and the more heavily formatted one (headings, lists, bold, emoji). An unbiased judge would be near 50 %; ⚠ marks a share whose 95 % interval excludes 50 %. Ties and skipped pairs are left out.</source>
        <translation>من بين الأزواج التي صدرت عليها أحكام واختلفت إجابتاها في مؤشر ما، نسبةُ ما اختيرت فيه الإجابة المعروضة أولًا، والأطول، والأكثر تنسيقًا (عناوين، قوائم، خط عريض، رموز تعبيرية). الحكم غير المتحيز يكون قريبًا من 50%؛ وتشير ⚠ إلى نسبة لا تشمل فترة الثقة 95% الخاصة بها قيمة 50%. لا تُحتسب حالات التعادل والأزواج المتخطاة.</translation>
    </message>
    <message>
        <source>Bias audit per annotator</source>
        <translation>تدقيق التحيُّز لكل مُوسِّم</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>المُوسِّم</translation>
    </message>
    <message>
        <source>Chose the first shown</source>
        <translation>اختار المعروضة أولًا</translation>
    </message>
    <message>
        <source>Chose the longer</source>
        <translation>اختار الأطول</translation>
    </message>
    <message>
        <source>Chose the more formatted</source>
        <translation>اختار الأكثر تنسيقًا</translation>
    </message>
    <message>
        <source>All annotators</source>
        <translation>كل المُوسِّمين</translation>
    </message>
    <message>
        <source>The 95 % interval excludes 50 %: a likely bias.</source>
        <translation>فترة الثقة 95% لا تشمل 50%: تحيُّز محتمل.</translation>
    </message>
    <message>
        <source>Most split tasks</source>
        <translation>المهام الأكثر انقسامًا</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Judgments</source>
        <translation>الأحكام</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>الانقسام</translation>
    </message>
    <message>
        <source>Read the judgments…</source>
        <translation>قراءة الأحكام…</translation>
    </message>
    <message>
        <source>Read every judgment of the selected task</source>
        <translation>قراءة كل أحكام المهمة المحدَّدة</translation>
    </message>
    <message>
        <source>Split: how often two annotators judged a pair of responses differently (0 all agree, 1 always opposite). Disagreement is kept, never voted away.</source>
        <translation>الانقسام: مدى تكرار اختلاف حكم مُوسِّمَين على زوج من الإجابات (0 اتفاق تام، 1 تعارض دائم). يُحتفظ بالاختلاف ولا يُحسم بالتصويت أبدًا.</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Project statistics</source>
        <translation>إحصاءات المشروع</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Refresh the statistics</source>
        <translation>تحديث الإحصاءات</translation>
    </message>
    <message>
        <source>Counts by state</source>
        <translation>الأعداد حسب الحالة</translation>
    </message>
    <message>
        <source>Verdicts per annotator</source>
        <translation>قرارات المراجعة لكل مُوسِّم</translation>
    </message>
    <message>
        <source>Figures per annotator</source>
        <translation>الأرقام لكل مُوسِّم</translation>
    </message>
    <message>
        <source>Per annotator</source>
        <translation>لكل مُوسِّم</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>التوافق</translation>
    </message>
    <message>
        <source>Position, length and formatting bias</source>
        <translation>التحيُّز للموضع والطول والتنسيق</translation>
    </message>
    <message>
        <source>Most split tasks</source>
        <translation>المهام الأكثر انقسامًا</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>المُوسِّم</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مقدَّمة</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>نسبة القبول</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>الوقت النشط</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>في الساعة</translation>
    </message>
    <message>
        <source>Needs changes / rejected</source>
        <translation>بحاجة إلى تعديلات / مرفوضة</translation>
    </message>
    <message>
        <source>No project is in the cache yet.</source>
        <translation>لا يوجد أي مشروع في ذاكرة التخزين المؤقت بعد.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>التقديمات</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n مهمة</numerusform>
            <numerusform>%n مهمة</numerusform>
            <numerusform>%n مهمتان</numerusform>
            <numerusform>%n مهام</numerusform>
            <numerusform>%n مهمة</numerusform>
            <numerusform>%n مهمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s)</source>
        <translation>
            <numerusform>%n تقديم</numerusform>
            <numerusform>%n تقديم</numerusform>
            <numerusform>%n تقديمان</numerusform>
            <numerusform>%n تقديمات</numerusform>
            <numerusform>%n تقديمًا</numerusform>
            <numerusform>%n تقديم</numerusform>
        </translation>
    </message>
    <message>
        <source>No task skipped.</source>
        <translation>لم يتم تخطي أي مهمة.</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>المتخطاة: %1</translation>
    </message>
    <message>
        <source>Figures from the server, for every annotator of the project.</source>
        <translation>أرقام من الخادم لجميع مُوسِّمي المشروع.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>يتعذَّر الوصول إلى الخادم.</translation>
    </message>
    <message>
        <source>Only QA leads get the server&apos;s figures.</source>
        <translation>أرقام الخادم متاحة لمسؤولي ضمان الجودة فقط.</translation>
    </message>
    <message>
        <source>The server&apos;s figures could not be loaded.</source>
        <translation>تعذَّر تحميل أرقام الخادم.</translation>
    </message>
    <message>
        <source>Computed on this computer from the cached submissions. %1</source>
        <translation>محسوبة على هذا الكمبيوتر من التقديمات المخزَّنة مؤقتًا. %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>Tasks done by two or more annotators</source>
        <translation>المهام التي أنجزها مُوسِّمان أو أكثر</translation>
    </message>
    <message>
        <source>Box agreement (IoU-matched F1, 1 = same boxes)</source>
        <translation>توافق المربعات (F1 بمطابقة IoU، 1 = مربعات متطابقة)</translation>
    </message>
    <message>
        <source>Preference agreement (Krippendorff&apos;s alpha)</source>
        <translation>توافق التفضيل (ألفا Krippendorff)</translation>
    </message>
    <message>
        <source>Rewrite distance (normalised edits, 0 = identical)</source>
        <translation>مسافة إعادة الصياغة (تعديلات مُطبَّعة، 0 = متطابقة)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <source>Active time on this task</source>
        <translation>الوقت النشط في هذه المهمة</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدُّم</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Not signed in (offline)</source>
        <translation>لم يتم تسجيل الدخول (غير متصل)</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>للإرسال: %n</numerusform>
            <numerusform>للإرسال: %n</numerusform>
            <numerusform>للإرسال: %n</numerusform>
            <numerusform>للإرسال: %n</numerusform>
            <numerusform>للإرسال: %n</numerusform>
            <numerusform>للإرسال: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>لم تتم المزامنة قط</translation>
    </message>
    <message>
        <source>Active: %1</source>
        <translation>نشط: %1</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 left · Today: %4 submitted, %5 active</source>
        <translation>%1: المنجزة %2، والمتبقية %3 · اليوم: المقدَّمة %4، والوقت النشط %5</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>كل المشاريع</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Signed in as %1.</source>
        <translation>تم تسجيل الدخول باسم %1.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>تم تسجيل الخروج.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>تم تسجيل الخروج</translation>
    </message>
    <message>
        <source>Also remove the downloaded tasks from this computer?</source>
        <translation>هل تريد أيضًا إزالة المهام المنزَّلة من هذا الكمبيوتر؟</translation>
    </message>
    <message>
        <source>Drafts and submissions not yet sent would be lost. Keep them to be safe.</source>
        <translation>ستُفقد المسودات والتقديمات التي لم تُرسل بعد. احتفظ بها احتياطًا.</translation>
    </message>
    <message>
        <source>The cache was emptied.</source>
        <translation>تم إفراغ ذاكرة التخزين المؤقت.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>تم إلغاء المزامنة.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) taken offline.</source>
        <translation>
            <numerusform>حُجزت %n مهمة للعمل دون اتصال.</numerusform>
            <numerusform>حُجزت %n مهمة للعمل دون اتصال.</numerusform>
            <numerusform>حُجزت %n مهمتان للعمل دون اتصال.</numerusform>
            <numerusform>حُجزت %n مهام للعمل دون اتصال.</numerusform>
            <numerusform>حُجزت %n مهمة للعمل دون اتصال.</numerusform>
            <numerusform>حُجزت %n مهمة للعمل دون اتصال.</numerusform>
        </translation>
    </message>
    <message>
        <source>No secure password store is available: you stay signed in only until the app closes.</source>
        <translation>لا يتوفر مخزن آمن لكلمات المرور: سيظل تسجيل دخولك قائمًا حتى إغلاق التطبيق فقط.</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 changes received, %3 waiting.</source>
        <translation>تمت المزامنة: المُرسَل %1، التغييرات المستلمة %2، قيد الانتظار %3.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>محاولات كثيرة جدًا. انتظر دقيقة ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your work is kept and sent later.</source>
        <translation>يتعذَّر الوصول إلى الخادم. عملك محفوظ وسيُرسل لاحقًا.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>تعذَّر التحقق من شهادة الخادم.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>يُرجى تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Enter the server address, your user name and password.</source>
        <translation>أدخل عنوان الخادم واسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <source>The server is busy. It will be tried again shortly.</source>
        <translation>الخادم مشغول. ستُعاد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <source>You are not allowed to do that on this server.</source>
        <translation>غير مسموح لك بتنفيذ ذلك على هذا الخادم.</translation>
    </message>
    <message>
        <source>The server does not know this address. Check the URL.</source>
        <translation>لا يعرف الخادم هذا العنوان. تحقَّق من عنوان URL.</translation>
    </message>
    <message>
        <source>The server answered with an error (%1).</source>
        <translation>ردَّ الخادم بخطأ (%1).</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>فشلت المزامنة: %1</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation>مشكلات المزامنة</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Changes set aside</source>
        <translation>التغييرات الموضوعة جانبًا</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>وقت الاستلام</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the server could not be used and were set aside. Everything else was synced. Tell the server&apos;s administrator if this stays.</source>
        <translation>
            <numerusform>تعذَّر استخدام %n تغيير من الخادم فوُضعت جانبًا. وتمت مزامنة كل ما عدا ذلك. أبلغ مسؤول الخادم إذا استمرت المشكلة.</numerusform>
            <numerusform>تعذَّر استخدام %n تغيير من الخادم فوُضع جانبًا. وتمت مزامنة كل ما عدا ذلك. أبلغ مسؤول الخادم إذا استمرت المشكلة.</numerusform>
            <numerusform>تعذَّر استخدام %n تغييرين من الخادم فوُضعا جانبًا. وتمت مزامنة كل ما عدا ذلك. أبلغ مسؤول الخادم إذا استمرت المشكلة.</numerusform>
            <numerusform>تعذَّر استخدام %n تغييرات من الخادم فوُضعت جانبًا. وتمت مزامنة كل ما عدا ذلك. أبلغ مسؤول الخادم إذا استمرت المشكلة.</numerusform>
            <numerusform>تعذَّر استخدام %n تغييرًا من الخادم فوُضعت جانبًا. وتمت مزامنة كل ما عدا ذلك. أبلغ مسؤول الخادم إذا استمرت المشكلة.</numerusform>
            <numerusform>تعذَّر استخدام %n تغيير من الخادم فوُضعت جانبًا. وتمت مزامنة كل ما عدا ذلك. أبلغ مسؤول الخادم إذا استمرت المشكلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: every change from the server was used.</source>
        <translation>لا توجد مشكلات: استُخدمت كل التغييرات الواردة من الخادم.</translation>
    </message>
</context>
<context>
    <name>TakeOfflineDialog</name>
    <message>
        <source>Take tasks offline</source>
        <translation>حجز مهام للعمل دون اتصال</translation>
    </message>
    <message>
        <source>Reading projects…</source>
        <translation>جارٍ قراءة المشاريع…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>No projects yet. Sign in and sync first.</source>
        <translation>لا توجد مشاريع بعد. سجِّل الدخول وأجرِ المزامنة أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) offline now</source>
        <translation>
            <numerusform>%n مهمة متاحة دون اتصال الآن</numerusform>
            <numerusform>%n مهمة متاحة دون اتصال الآن</numerusform>
            <numerusform>%n مهمتان متاحتان دون اتصال الآن</numerusform>
            <numerusform>%n مهام متاحة دون اتصال الآن</numerusform>
            <numerusform>%n مهمة متاحة دون اتصال الآن</numerusform>
            <numerusform>%n مهمة متاحة دون اتصال الآن</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of tasks for %1</source>
        <translation>عدد المهام من %1</translation>
    </message>
    <message>
        <source>Take offline</source>
        <translation>حجز للعمل دون اتصال</translation>
    </message>
    <message>
        <source>Take tasks of %1 offline</source>
        <translation>حجز مهام %1 للعمل دون اتصال</translation>
    </message>
    <message>
        <source>Taking tasks offline…</source>
        <translation>جارٍ حجز المهام للعمل دون اتصال…</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) taken offline.</source>
        <translation>
            <numerusform>حُجزت %n مهمة للعمل دون اتصال.</numerusform>
            <numerusform>حُجزت %n مهمة للعمل دون اتصال.</numerusform>
            <numerusform>حُجزت %n مهمتان للعمل دون اتصال.</numerusform>
            <numerusform>حُجزت %n مهام للعمل دون اتصال.</numerusform>
            <numerusform>حُجزت %n مهمة للعمل دون اتصال.</numerusform>
            <numerusform>حُجزت %n مهمة للعمل دون اتصال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: tasks can be taken offline once the server is reachable.</source>
        <translation>غير متصل: يمكن حجز المهام للعمل دون اتصال عندما يصبح الخادم متاحًا.</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>Filter by project</source>
        <translation>التصفية حسب المشروع</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>التصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>البحث في المهام</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مقدَّمة</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>بحاجة إلى تعديلات</translation>
    </message>
    <message>
        <source>Late or conflict</source>
        <translation>متأخرة أو متعارضة</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>متخطاة</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>كل المشاريع</translation>
    </message>
    <message>
        <source>%1 of %2 tasks</source>
        <translation>المهام: %1 من %2</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>متعارضة</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>مربعات</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>إعادة صياغة</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>TaskSession</name>
    <message>
        <source>The task %1 is no longer in the cache.</source>
        <translation>المهمة %1 لم تعد موجودة في ذاكرة التخزين المؤقت.</translation>
    </message>
    <message>
        <source>This task could not be shown.</source>
        <translation>تعذَّر عرض هذه المهمة.</translation>
    </message>
    <message>
        <source>The task could not be opened: %1</source>
        <translation>تعذَّر فتح المهمة: %1</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>تعذَّر حفظ المسودة: %1</translation>
    </message>
    <message>
        <source>This task was reviewed and is closed; it cannot be changed.</source>
        <translation>رُوجعت هذه المهمة وأُغلقت؛ لا يمكن تغييرها.</translation>
    </message>
    <message>
        <source>The submission could not be saved: %1</source>
        <translation>تعذَّر حفظ التقديم: %1</translation>
    </message>
    <message>
        <source>Saved as done in this folder project.</source>
        <translation>حُفظت كمكتملة في مشروع المجلد هذا.</translation>
    </message>
    <message>
        <source>Submitted. It is sent as soon as the server answers.</source>
        <translation>تم التقديم، وسيُرسل فور استجابة الخادم.</translation>
    </message>
    <message>
        <source>Not ready to submit</source>
        <translation>غير جاهزة للتقديم</translation>
    </message>
    <message>
        <source>Fix these before submitting:</source>
        <translation>أصلح ما يلي قبل التقديم:</translation>
    </message>
    <message>
        <source>This task is closed or submitted; it cannot be skipped.</source>
        <translation>هذه المهمة مغلقة أو مُرسلة؛ لا يمكن تخطيها.</translation>
    </message>
    <message>
        <source>The skip could not be saved: %1</source>
        <translation>تعذّر حفظ التخطي: %1</translation>
    </message>
    <message>
        <source>Skipped. The reason is sent as soon as the server answers.</source>
        <translation>تم التخطي. يُرسل السبب فور استجابة الخادم.</translation>
    </message>
    <message>
        <source>Skipped. The reason is kept in this folder project.</source>
        <translation>تم التخطي. يُحفظ السبب في مشروع المجلد هذا.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Accepted by QA</source>
        <translation>مقبولة من ضمان الجودة</translation>
    </message>
    <message>
        <source>Changes requested by QA</source>
        <translation>طلب ضمان الجودة تعديلات</translation>
    </message>
    <message>
        <source>Rejected by QA</source>
        <translation>مرفوضة من ضمان الجودة</translation>
    </message>
    <message>
        <source>a QA lead</source>
        <translation>أحد مسؤولي ضمان الجودة</translation>
    </message>
    <message>
        <source>Earlier verdict: %1</source>
        <translation>قرار مراجعة سابق: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Your lease on this task ended while work was unsent. Submit it; the server keeps it as late.</source>
        <translation>انتهى حجزك المؤقت لهذه المهمة قبل إرسال العمل. قدِّمها؛ وسيحتفظ بها الخادم على أنها متأخرة.</translation>
    </message>
    <message>
        <source>Lease ends %1</source>
        <translation>ينتهي الحجز المؤقت في %1</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>QA verdict</source>
        <translation>قرار مراجعة ضمان الجودة</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Hide the verdict for now</source>
        <translation>إخفاء قرار المراجعة مؤقتًا</translation>
    </message>
    <message>
        <source>Hide the QA verdict</source>
        <translation>إخفاء قرار مراجعة ضمان الجودة</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>تعليق المراجِع</translation>
    </message>
    <message>
        <source>Earlier verdict: %1</source>
        <translation>قرار مراجعة سابق: %1</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>راجعها %1 في %2</translation>
    </message>
    <message>
        <source>Reviewed by %1</source>
        <translation>راجعها %1</translation>
    </message>
    <message>
        <source>(No comment)</source>
        <translation>(لا يوجد تعليق)</translation>
    </message>
    <message>
        <source>Your revised submission is waiting for review.</source>
        <translation>تقديمك المعدَّل بانتظار المراجعة.</translation>
    </message>
    <message>
        <source>Revise the task and submit it again.</source>
        <translation>عدِّل المهمة وقدِّمها مرة أخرى.</translation>
    </message>
    <message>
        <source>This task is closed; it opens read-only.</source>
        <translation>هذه المهمة مغلقة؛ وتُفتح للقراءة فقط.</translation>
    </message>
</context>
<context>
    <name>VerdictBar</name>
    <message>
        <source>Comment for the annotator</source>
        <translation>تعليق للمُوسِّم</translation>
    </message>
    <message>
        <source>&amp;Accept (A)</source>
        <translation>قبول (&amp;A)</translation>
    </message>
    <message>
        <source>Accept this submission</source>
        <translation>قبول هذا التقديم</translation>
    </message>
    <message>
        <source>Needs &amp;changes (C)</source>
        <translation>بحاجة إلى تعديلات (&amp;C)</translation>
    </message>
    <message>
        <source>Ask the annotator to revise this submission</source>
        <translation>مطالبة المُوسِّم بتعديل هذا التقديم</translation>
    </message>
    <message>
        <source>&amp;Reject (R)</source>
        <translation>رفض (&amp;R)</translation>
    </message>
    <message>
        <source>Reject this submission</source>
        <translation>رفض هذا التقديم</translation>
    </message>
    <message>
        <source>What must change? Type it, then press Enter (Esc cancels)</source>
        <translation>ما الذي يجب تغييره؟ اكتبه ثم اضغط Enter (Esc للإلغاء)</translation>
    </message>
    <message>
        <source>Why is it rejected? Type it, then press Enter (Esc cancels)</source>
        <translation>لماذا رُفض؟ اكتب السبب ثم اضغط Enter (Esc للإلغاء)</translation>
    </message>
    <message>
        <source>Comment (optional for Accept; / to type, Esc to leave)</source>
        <translation>تعليق (اختياري عند القبول؛ / للكتابة، Esc للخروج)</translation>
    </message>
</context>
</TS>
