<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AppController</name>
    <message>
        <source>This guide does not cover that. Please ask a nurse or the reception desk.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">لا يتناول هذا الدليل ذلك. يرجى سؤال ممرضة أو مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>These guides do not cover that. Please ask a nurse or the reception desk.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">لا تتناول هذه الأدلة ذلك. يرجى سؤال ممرضة أو مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>In: {guide}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">في: {guide}</translation>
    </message>
    <message>
        <source>Print this page</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">اطبع هذه الصفحة</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>Something went wrong</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">حدث خطأ ما</translation>
    </message>
    <message>
        <source>Sorry. The screen is going back to the start. You can then carry on.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">عذرًا. تعود الشاشة إلى البداية. يمكنك بعد ذلك المتابعة.</translation>
    </message>
</context>
<context>
    <name>HelpfulRow</name>
    <message>
        <source>Was this page helpful?</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">هل كانت هذه الصفحة مفيدة؟</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">لا</translation>
    </message>
    <message>
        <source>Thank you. Your answer helps us improve these pages.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">شكرًا لك. إجابتك تساعدنا على تحسين هذه الصفحات.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Patient information</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">معلومات للمرضى</translation>
    </message>
    <message>
        <source>Choose a guide to read.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">اختر دليلًا لقراءته.</translation>
    </message>
    <message>
        <source>There are no pages to show yet. Please ask a member of staff for help.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">لا توجد صفحات لعرضها بعد. يُرجى طلب المساعدة من أحد الموظفين.</translation>
    </message>
    <message>
        <source>This translation has not been checked</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">لم تتم مراجعة هذه الترجمة بعد</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">قراءة سهلة</translation>
    </message>
    <message>
        <source>Short pages with a picture beside each point</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">صفحات قصيرة مع صورة بجانب كل نقطة</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">اختر لغتك</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>Choose your language</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">اختر لغتك</translation>
    </message>
    <message>
        <source>Show this to staff</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">اعرض هذا على الموظفين</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">إغلاق</translation>
    </message>
</context>
<context>
    <name>LetterBar</name>
    <message>
        <source>Jump to a letter</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">الانتقال إلى حرف</translation>
    </message>
    <message>
        <source>Words starting with {letter}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">كلمات تبدأ بالحرف {letter}</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>This is a website</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">هذا موقع إلكتروني</translation>
    </message>
    <message>
        <source>This screen cannot open websites. To visit it, point your phone&apos;s camera at the square code, or type the address into your phone.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">لا تستطيع هذه الشاشة فتح المواقع الإلكترونية. لزيارته، وجِّه كاميرا هاتفك نحو الرمز المربع، أو اكتب العنوان في هاتفك.</translation>
    </message>
</context>
<context>
    <name>ListenBar</name>
    <message>
        <source>Listen</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">استمع</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">اقرأ هذه الصفحة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Pause</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Pause reading aloud</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">إيقاف القراءة بصوت عالٍ مؤقتًا</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">متابعة</translation>
    </message>
    <message>
        <source>Carry on reading aloud from where it paused</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">متابعة القراءة بصوت عالٍ من حيث توقفت</translation>
    </message>
    <message>
        <source>Stop</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">إيقاف</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">إيقاف القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Take home</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">خذها معك</translation>
    </message>
    <message>
        <source>Show a square code to keep this page&apos;s summary on your phone</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">اعرض رمزًا مربعًا للاحتفاظ بملخص هذه الصفحة على هاتفك</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">الرئيسية</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">رجوع</translation>
    </message>
    <message>
        <source>Search</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">بحث</translation>
    </message>
    <message>
        <source>Large print</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">خط كبير</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">تباين عالٍ</translation>
    </message>
    <message>
        <source>Urgent help</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">مساعدة عاجلة</translation>
    </message>
    <message>
        <source>Print</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">طباعة</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Delete</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">حذف</translation>
    </message>
    <message>
        <source>Space</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">مسافة</translation>
    </message>
    <message>
        <source>Search</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">بحث</translation>
    </message>
    <message>
        <source>Clear</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">مسح</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>You might also want to read</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">قد ترغب أيضًا في قراءة</translation>
    </message>
    <message>
        <source>This translation has not been checked</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">لم تتم مراجعة هذه الترجمة بعد</translation>
    </message>
    <message>
        <source>More about {topic}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">المزيد عن {topic}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">للموظفين فقط</translation>
    </message>
    <message>
        <source>OK</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">موافق</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">حذف</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <source>No staff PIN has been set, so kiosk mode cannot be left from the screen. To set one, run “kiosk set-pin” on this PC (see the deployment guide).</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">لم يُعيَّن رقم PIN للموظفين، لذا لا يمكن الخروج من وضع الكشك من الشاشة. لتعيين رقم، شغّل “kiosk set-pin” على هذا الحاسوب (انظر دليل التثبيت).</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">أدخل رقم PIN الخاص بالموظفين.</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">جارٍ التحقق من رقم PIN…</translation>
    </message>
    <message>
        <source>The PIN could not be checked. Please try again.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">تعذّر التحقق من رقم PIN. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">رقم PIN هذا غير صحيح. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait {seconds} seconds before trying again.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">أُدخلت أرقام PIN خاطئة كثيرة. يُرجى الانتظار {seconds} ثانية قبل المحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>(in the box “{title}” on this sheet)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">(في المربع “{title}” في هذه الورقة)</translation>
    </message>
    <message>
        <source>If you need help now</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">إذا كنت تحتاج إلى مساعدة الآن</translation>
    </message>
    <message>
        <source>(the page “{title}” in this guide)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">(الصفحة “{title}” في هذا الدليل)</translation>
    </message>
    <message>
        <source>(open {hours})</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">(مفتوح: {hours})</translation>
    </message>
    <message>
        <source>{call_999} for {signs}.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{call_999} في حالة: {signs}.</translation>
    </message>
    <message>
        <source>breast care nurse {number}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ممرضة رعاية الثدي {number}</translation>
    </message>
    <message>
        <source>reception {number}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">الاستقبال {number}</translation>
    </message>
    <message>
        <source>Your clinic</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">عيادتك</translation>
    </message>
    <message>
        <source>Websites on this page</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">المواقع الإلكترونية في هذه الصفحة</translation>
    </message>
    <message>
        <source>To visit one, point your phone&apos;s camera at its square code, or type the address.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">لزيارة أحدها، وجِّه كاميرا هاتفك نحو الرمز المربع الخاص به، أو اكتب العنوان.</translation>
    </message>
    <message>
        <source>From the patient information guide “{guide}”, printed on {date}.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">من دليل معلومات المرضى «{guide}»، طُبع في {date}.</translation>
    </message>
    <message>
        <source>This information does not replace advice from your own team. Please ask them about anything on this page.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">لا تحل هذه المعلومات محل نصيحة فريقك الطبي. يُرجى سؤالهم عن أي شيء في هذه الصفحة.</translation>
    </message>
</context>
<context>
    <name>QrPanel</name>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">إغلاق</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">بحث</translation>
    </message>
    <message>
        <source>Type a word or a question, for example “bone pain” or “chemo”.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">اكتب كلمة أو سؤالًا، مثل «ألم العظام» أو «العلاج الكيميائي».</translation>
    </message>
    <message>
        <source>Type here to search</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">اكتب هنا للبحث</translation>
    </message>
    <message>
        <source>Clear</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">مسح</translation>
    </message>
    <message>
        <source>Urgent help: if you feel unwell</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">مساعدة عاجلة: إذا كنت تشعر بتوعك</translation>
    </message>
    <message>
        <source>Or choose a topic</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">أو اختر موضوعًا</translation>
    </message>
    <message>
        <source>More topics</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">مواضيع أخرى</translation>
    </message>
    <message>
        <source>Sorry, search is not working at the moment. Please choose a topic below, or ask a member of staff.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">عذرًا، البحث لا يعمل في الوقت الحالي. يُرجى اختيار موضوع من الأسفل، أو سؤال أحد الموظفين.</translation>
    </message>
    <message>
        <source>Getting search ready. This takes a moment…</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">جارٍ تجهيز البحث. يستغرق هذا لحظة…</translation>
    </message>
    <message>
        <source>More than {count} pages match “{query}”. Here are the {count} that match best. Add a word to find fewer. Choose one to read it.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">أكثر من {count} صفحات تطابق «{query}». إليك الصفحات الـ {count} الأكثر تطابقًا. أضف كلمة لتجد عددًا أقل. اختر واحدة لقراءتها.</translation>
    </message>
    <message>
        <source>The {count} best of more than {count} pages for “{query}”. Add a word to find fewer. Choose one to read it.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="obsolete">أفضل {count} صفحات من بين أكثر من {count} صفحات عن «{query}». أضف كلمة لتجد نتائج أقل. اختر واحدة لقراءتها.</translation>
    </message>
    <message>
        <source>1 page found for “{query}”. Choose one to read it.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">تم العثور على صفحة واحدة عن «{query}». اخترها لقراءتها.</translation>
    </message>
    <message>
        <source>{count} pages found for “{query}”. Choose one to read it.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">تم العثور على {count} صفحات عن «{query}». اختر واحدة لقراءتها.</translation>
    </message>
    <message>
        <source>Sorry, we could not find a page about that. Please ask a nurse or the reception desk.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">عذرًا، لم نجد صفحة عن ذلك. يرجى سؤال ممرضة أو مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>Did you mean “{word}”?</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">هل تقصد «{word}»؟</translation>
    </message>
</context>
<context>
    <name>StaffCard</name>
    <message>
        <source>I need an interpreter for {language}.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">أحتاج إلى مترجم فوري للغة {language}.</translation>
    </message>
    <message>
        <source>I need help now.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">أحتاج إلى مساعدة الآن.</translation>
    </message>
    <message>
        <source>Please speak slowly.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">من فضلك تكلم ببطء.</translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>Translate as the name of YOUR language, as it reads inside &quot;I need an interpreter for {language}.&quot;</extracomment>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">العربية</translation>
    </message>
    <message>
        <source>Show this to a member of staff</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">اعرض هذا على أحد الموظفين</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">إغلاق</translation>
    </message>
</context>
<context>
    <name>StaffController</name>
    <message>
        <source>Clinical sign-off: all {pages} pages signed off</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">الاعتماد السريري: اعتُمدت جميع الصفحات ({pages})</translation>
    </message>
    <message>
        <source>Clinical sign-off: {not_signed} of {pages} pages not signed off ({changed} changed since their sign-off); they show “not yet checked by a clinician”</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">الاعتماد السريري: {not_signed} من {pages} صفحة غير معتمدة ({changed} تغيّرت منذ اعتمادها)؛ وتظهر عليها عبارة “لم يراجعها طبيب بعد”</translation>
    </message>
    <message>
        <source>Clinical sign-off: {not_signed} of {pages} pages not signed off; they show “not yet checked by a clinician”</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">الاعتماد السريري: {not_signed} من {pages} صفحة غير معتمدة؛ وتظهر عليها عبارة “لم يراجعها طبيب بعد”</translation>
    </message>
    <message>
        <source>{guide} {version} (built {date})</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{guide} {version} (أُنشئ في {date})</translation>
    </message>
    <message>
        <source>{count} installed content packs in {folder}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{count} حزم محتوى مثبّتة في {folder}</translation>
    </message>
    <message>
        <source>{version} (pack built {date})</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{version} (أُنشئت الحزمة في {date})</translation>
    </message>
    <message>
        <source>the installed content pack in {folder}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">حزمة المحتوى المثبّتة في {folder}</translation>
    </message>
    <message>
        <source>built into the app</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">مضمَّن في التطبيق</translation>
    </message>
    <message>
        <source>a content folder</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">مجلد محتوى</translation>
    </message>
    <message>
        <source>the content built into the app</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">المحتوى المضمَّن في التطبيق</translation>
    </message>
    <message>
        <source>Several guides are installed ({ids}): to go back for one of them, run kiosk pack rollback --guide ID on this PC.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">عدة أدلة مثبتة ({ids}): للرجوع في أحدها، شغّل kiosk pack rollback --guide ID على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Nothing to go back to: no content pack has been installed on this kiosk.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">لا يوجد ما يُرجع إليه: لم تُثبَّت أي حزمة محتوى على هذا الكشك.</translation>
    </message>
    <message>
        <source>(none: every setting is its default)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">(لا شيء: كل إعداد على قيمته الافتراضية)</translation>
    </message>
    <message>
        <source>Not working: {error}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">لا يعمل: {error}</translation>
    </message>
    <message>
        <source>Getting ready</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">جارٍ التجهيز</translation>
    </message>
    <message>
        <source>built ahead of time</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">مُنشأ مسبقًا</translation>
    </message>
    <message>
        <source>in the cache folder</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">في مجلد ذاكرة التخزين المؤقت</translation>
    </message>
    <message>
        <source>in memory only</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">في الذاكرة فقط</translation>
    </message>
    <message>
        <source>Working ({where})</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">يعمل ({where})</translation>
    </message>
    <message>
        <source>The usage counts could not be saved: {error}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">تعذّر حفظ أعداد الاستخدام: {error}</translation>
    </message>
    <message>
        <source>Saved {rows} rows of usage counts to {file}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">حُفظ {rows} صفًا من أعداد الاستخدام في {file}</translation>
    </message>
    <message>
        <source>Checking and installing {file}…</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">جارٍ فحص {file} وتثبيتها…</translation>
    </message>
    <message>
        <source>Not installed: {why}. To put this older edition back on purpose, tap it again.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">لم يُثبَّت: {why}. لإعادة هذا الإصدار الأقدم عن قصد، المسه مرة أخرى.</translation>
    </message>
    <message>
        <source>Not installed: {why}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">لم يُثبَّت: {why}</translation>
    </message>
    <message>
        <source>{name} is already the content in use. Nothing changed.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{name} هو المحتوى المستخدم بالفعل. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Installed {name}. It is shown from the next reset (tap Done).</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ثُبِّت {name}. سيظهر بدءًا من إعادة الضبط التالية (المس تم).</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">لم يتم: {why}</translation>
    </message>
    <message>
        <source>Went back to {name}. It is shown from the next reset (tap Done).</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">تمت العودة إلى {name}. سيظهر بدءًا من إعادة الضبط التالية (المس تم).</translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">جارٍ إعادة بناء فهرس البحث…</translation>
    </message>
    <message>
        <source>The search index was rebuilt.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">أُعيد بناء فهرس البحث.</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt: {error}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">تعذّرت إعادة بناء فهرس البحث: {error}</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Counting is switched off in the settings ([usage] enabled = false).</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">العدّ متوقف في الإعدادات ([usage] enabled = false).</translation>
    </message>
    <message>
        <source>No counts yet.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">لا توجد أعداد بعد.</translation>
    </message>
    <message>
        <source>Pages read: {count}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">الصفحات المقروءة: {count}</translation>
    </message>
    <message>
        <source>Searches: {count}, of which found nothing: {nothing}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">عمليات البحث: {count}، منها بلا نتائج: {nothing}</translation>
    </message>
    <message>
        <source>Large print turned on: {large}; read aloud used: {aloud}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">تشغيل الخط الكبير: {large}؛ استخدام القراءة بصوت عالٍ: {aloud}</translation>
    </message>
    <message>
        <source>“Was this page helpful?” Yes: {yes}, No: {no}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">“هل كانت هذه الصفحة مفيدة؟” نعم: {yes}، لا: {no}</translation>
    </message>
    <message>
        <source>Most read: {pages}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">الأكثر قراءة: {pages}</translation>
    </message>
    <message>
        <source>Health words searched for but not found: {words}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">كلمات صحية بُحث عنها ولم توجد: {words}</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">لوحة الموظفين</translation>
    </message>
    <message>
        <source>Install from USB</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">التثبيت من USB</translation>
    </message>
    <message>
        <source>Go back to previous content</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">العودة إلى المحتوى السابق</translation>
    </message>
    <message>
        <source>Rebuild search index</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">إعادة بناء فهرس البحث</translation>
    </message>
    <message>
        <source>Export counts (CSV)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">تصدير الأعداد (CSV)</translation>
    </message>
    <message>
        <source>Content</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">المحتوى</translation>
    </message>
    <message>
        <source>Pages due for review (overdue, or due within 90 days)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">صفحات مستحقة للمراجعة (متأخرة، أو خلال 90 يومًا)</translation>
    </message>
    <message>
        <source>Search index</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">فهرس البحث</translation>
    </message>
    <message>
        <source>Usage in the last 30 days</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">الاستخدام في آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Settings in use</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">الإعدادات المستخدمة</translation>
    </message>
    <message>
        <source>Log file</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ملف السجل</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">الخروج من وضع الكشك</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">إغلاق التطبيق</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">تم</translation>
    </message>
    <message>
        <source>{count} pages, from {source}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{count} صفحة، من {source}</translation>
    </message>
    <message>
        <source>None.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">لا شيء.</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">الملف: {path}</translation>
    </message>
    <message>
        <source>Go back to {name}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">العودة إلى {name}</translation>
    </message>
    <message>
        <source>{title}: review was due {date} (1 day ago)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{title}: كان موعد المراجعة {date} (قبل يوم واحد)</translation>
    </message>
    <message>
        <source>{title}: review was due {date} ({days} days ago)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{title}: كان موعد المراجعة {date} (قبل {days} يومًا)</translation>
    </message>
    <message>
        <source>{title}: review due {date} (in 1 day)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{title}: موعد المراجعة {date} (بعد يوم واحد)</translation>
    </message>
    <message>
        <source>{title}: review due {date} (in {days} days)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{title}: موعد المراجعة {date} (بعد {days} يومًا)</translation>
    </message>
    <message>
        <source>yes</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">لا</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">(غير مضبوط)</translation>
    </message>
    <message>
        <source>set</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">مضبوط</translation>
    </message>
    <message>
        <source>not set (staff cannot leave kiosk mode)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">غير مضبوط (لا يستطيع الموظفون مغادرة وضع الكشك)</translation>
    </message>
    <message>
        <source>No content pack (.kpack file) was found on a USB stick or in the pickup folder.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">لم يُعثر على حزمة محتوى (ملف ‎.kpack) في ذاكرة USB أو في مجلد الاستلام.</translation>
    </message>
    <message>
        <source>Tap the pack to install. It is checked before anything changes.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">المس الحزمة لتثبيتها. تُفحص قبل أن يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>Install {file}  ({folder})</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">تثبيت {file}  ({folder})</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Are you still there?</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ما زلت هنا</translation>
    </message>
    <message>
        <source>To keep your information private, this screen will go back to the start in 1 second.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">للحفاظ على خصوصية معلوماتك، ستعود هذه الشاشة إلى البداية خلال ثانية واحدة.</translation>
    </message>
    <message>
        <source>To keep your information private, this screen will go back to the start in {seconds} seconds.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">للحفاظ على خصوصية معلوماتك، ستعود هذه الشاشة إلى البداية خلال {seconds} ثانية.</translation>
    </message>
</context>
<context>
    <name>TakeHomePanel</name>
    <message>
        <source>Keep this page on your phone</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">احتفظ بهذه الصفحة على هاتفك</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the square code. It holds a short summary of this page and a website to read more. Nothing is sent from this screen.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">وجِّه كاميرا هاتفك نحو الرمز المربع. يحتوي على ملخص قصير لهذه الصفحة وموقع إلكتروني لقراءة المزيد. لا يُرسَل أي شيء من هذه الشاشة.</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">إغلاق</translation>
    </message>
    <message>
        <source>Close the square code and go back to the page</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">أغلق الرمز المربع وارجع إلى الصفحة</translation>
    </message>
    <message>
        <source>Square code with this page&apos;s summary and a website</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">رمز مربع يحتوي على ملخص هذه الصفحة وموقع إلكتروني</translation>
    </message>
    <message>
        <source>Square code with this page&apos;s summary</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">رمز مربع يحتوي على ملخص هذه الصفحة</translation>
    </message>
</context>
<context>
    <name>UrgentNumbers</name>
    <message>
        <source>Call your 24-hour cancer line now, day or night</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">اتصل الآن بخط السرطان الخاص بك المتاح على مدار 24 ساعة، ليلًا أو نهارًا</translation>
    </message>
    <message>
        <source>Call your cancer line now, or NHS 111 when it is closed</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="obsolete">اتصل الآن بخط السرطان الخاص بك، أو بالرقم NHS 111 عندما يكون مغلقًا</translation>
    </message>
    <message>
        <source>It is open {hours}.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ساعات العمل: {hours}.</translation>
    </message>
    <message>
        <source>{call_now}. Call the number on your alert card. If you have no card, go to A&amp;E or call NHS 111.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{call_now}. اتصل بالرقم المكتوب على بطاقة التنبيه الخاصة بك. إذا لم تكن لديك بطاقة، فاذهب إلى قسم الطوارئ (A&amp;E) أو اتصل بالرقم NHS 111.</translation>
    </message>
    <message>
        <source>A first fit, signs of a stroke, chest pain, very bad trouble breathing or collapse</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="obsolete">نوبة تشنج لأول مرة، أو علامات سكتة دماغية، أو ألم في الصدر، أو صعوبة شديدة جدًا في التنفس، أو انهيار وفقدان للوعي</translation>
    </message>
    <message>
        <source>Call your cancer line now, or go to A&amp;E when it is closed</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">اتصل الآن بخط السرطان الخاص بك، أو اذهب إلى قسم الطوارئ (A&amp;E) عندما يكون مغلقًا</translation>
    </message>
    <message>
        <source>A first fit or a long fit, signs of a stroke, new or very bad chest pain, very bad trouble breathing or collapse</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">نوبة تشنج لأول مرة أو نوبة تشنج طويلة، أو علامات سكتة دماغية، أو ألم جديد أو شديد جدًا في الصدر، أو صعوبة شديدة جدًا في التنفس، أو انهيار وفقدان للوعي</translation>
    </message>
    <message>
        <source>Call 999</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">اتصل بالرقم 999</translation>
    </message>
    <message>
        <source>In the clinic now and feel unwell? Tell a member of staff straight away.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">هل أنت في العيادة الآن وتشعر بتوعك؟ أخبر أحد الموظفين فورًا.</translation>
    </message>
    <message>
        <source>Cannot get through? Go to A&amp;E, or call NHS 111.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">لم تتمكن من الاتصال؟ اذهب إلى قسم الطوارئ (A&amp;E)، أو اتصل بالرقم NHS 111.</translation>
    </message>
</context>
<context>
    <name>WordPanel</name>
    <message>
        <source>What this word means</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ما معنى هذه الكلمة</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">إغلاق</translation>
    </message>
    <message>
        <source>Close the explanation and go back to the page</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">أغلق الشرح وارجع إلى الصفحة</translation>
    </message>
    <message>
        <source>Urgent help</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">مساعدة عاجلة</translation>
    </message>
</context>
<context>
    <name>_BlackCover</name>
    <message>
        <source>Screen off outside clinic hours. Touch to wake.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">الشاشة مطفأة خارج ساعات العيادة. المسها لتشغيلها.</translation>
    </message>
</context>
</TS>
