## Shell
app-name = Accredit-IO
app-tagline = الاعتماد في علاج الأورام التداخلي
nav-skip-to-content = انتقل إلى المحتوى الرئيسي
nav-primary-label = التنقل الرئيسي
nav-home = الصفحة الرئيسية
language-switcher-label = اللغة
language-switcher-apply = تغيير اللغة
footer-about = تدير منصة Accredit-IO برنامج اعتماد خدمات علاج الأورام التداخلي، من التسجيل حتى مركز التميّز.
footer-demo-notice = نسخة تجريبية: المعايير والبيانات المعروضة هنا أمثلة، وليست الإصدار المرخّص.

## Home page
home-page-title = الصفحة الرئيسية
home-title = من التسجيل إلى مركز التميّز
home-intro = ترافق منصة Accredit-IO خدمات علاج الأورام التداخلي عبر مسار جودة من ثلاث مراحل. يعمل فريقك والمقيّمون في التطبيق نفسه، متصلين بالإنترنت أو دون اتصال، وبتسع لغات.
home-pathway-heading = مسار الاعتماد
home-stage-step = المرحلة { $number }
home-stage-enrolled-title = مركز مسجَّل
home-stage-enrolled-body = سجّل منشأتك، وأكّد إجراء ما لا يقل عن 150 إجراءً علاجيًا تداخليًا للأورام سنويًا، وادفع فاتورة التسجيل. بعد ذلك يمكن لفريقك بدء الطلب.
home-stage-accredited-title = مركز معتمَد
home-stage-accredited-body = أجب عن الاستبيان الخاص بمعايير ضمان الجودة الثلاثة عشر، وارفع المستندات الداعمة، وراجع 30 حالة مختارة عشوائيًا. عندما يجد المقيّمون أن جميع البنود الأساسية مستوفاة، تُعتمد خدمتك لمدة أربع سنوات.
home-stage-excellence-title = مركز التميّز
home-stage-excellence-body = قبل ستة أشهر من انتهاء الاعتماد يُفتح باب إعادة الاعتماد. والخدمة التي تستوفي جميع البنود الأساسية وجميع البنود الموسّعة تصبح مركز تميّز.
home-how-heading = كيف يسير الطلب
home-how-any-order = أجب عن الأسئلة بالترتيب الذي تريده؛ تُحفظ كل إجابة أثناء الكتابة.
home-how-offline = واصل العمل عند انقطاع الشبكة: تبقى الإجابات على جهازك وتُرسل عند عودة الاتصال.
home-how-summary = يعرض ملخص ما لا يزال يحتاج إلى انتباه قبل أن يقدّم ممثلك المفوّض الطلب.
home-how-assessors = يراجع المقيّمون الطلب نفسه، ويطرحون استفسارات حول بنود محددة، ويسجّلون قرارهم.

## Not found
not-found-title = الصفحة غير موجودة
not-found-back = العودة إلى الصفحة الرئيسية

## Errors
error-unauthorized = يرجى تسجيل الدخول للمتابعة.
error-forbidden = ليست لديك صلاحية للقيام بذلك.
error-not-found = الصفحة أو السجل المطلوب غير موجود.
error-validation = بعض الحقول تحتاج إلى انتباهك.
error-conflict = قام شخص آخر بتغيير هذا في الأثناء. قارن بين النسختين واختر ما تريد الإبقاء عليه.
error-internal = حدث خطأ من جهتنا. يرجى المحاولة مرة أخرى؛ وإذا استمر الخطأ فاذكر الرقم المرجعي { $reference }.
error-internal-no-ref = حدث خطأ من جهتنا. يرجى المحاولة مرة أخرى.
error-network = تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.
error-field-required = هذا الحقل مطلوب.
error-field-malformed = تعذّرت قراءة الطلب. أعد تحميل الصفحة وحاول مرة أخرى.

## Account field errors (app/src/accounts.rs)
error-email-invalid = أدخل عنوان بريد إلكتروني صالحًا، مثل name@hospital.org.
error-email-taken = يوجد حساب مسجَّل بهذا البريد الإلكتروني. سجّل الدخول أو أعد تعيين كلمة المرور.
error-password-too-short = يجب ألا تقل كلمة المرور عن { $min } أحرف.
error-password-too-long = يجب ألا تزيد كلمة المرور على { $max } حرفًا.
error-name-too-long = هذا الاسم طويل جدًا.

## Sign-in
error-too-many-attempts = محاولات كثيرة جدًا. انتظر 15 دقيقة ثم حاول مرة أخرى.
nav-sign-in = تسجيل الدخول
nav-sign-out = تسجيل الخروج
nav-signed-in-as = مسجَّل الدخول باسم { $name }
sign-in-page-title = تسجيل الدخول
sign-in-heading = تسجيل الدخول إلى Accredit-IO
sign-in-email = البريد الإلكتروني
sign-in-password = كلمة المرور
sign-in-submit = تسجيل الدخول
sign-in-error-credentials = البريد الإلكتروني أو كلمة المرور غير صحيحة.
sign-in-welcome = مرحبًا، { $name }.
