## Shell
app-name = Accredit-IO
app-tagline = الاعتماد في علاج الأورام التداخلي
nav-skip-to-content = انتقل إلى المحتوى الرئيسي
nav-primary-label = التنقل الرئيسي
nav-home = الصفحة الرئيسية
nav-register = تسجيل منشأة
nav-my-facilities = منشآتي
nav-admin = الإدارة
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
error-field-control-characters = أزل فواصل الأسطر وأحرف التحكم غير المرئية من هذا الحقل.

## Sign-in
error-too-many-attempts = محاولات كثيرة جدًا. انتظر 15 دقيقة ثم حاول مرة أخرى.
nav-sign-in = تسجيل الدخول
nav-sign-out = تسجيل الخروج
nav-signed-in-as = مسجَّل الدخول باسم { $name }
nav-sign-out-unsent = { $count ->
    [one] تغيير واحد (إجابة أو استمارة حالة أو رد) لم يصل إلى الخادم بعد. إنه محفوظ على هذا الجهاز فقط وسيُحذف عند تسجيل الخروج.
    [two] تغييران (إجابات أو استمارات حالات أو ردود) لم يصلا إلى الخادم بعد. إنهما محفوظان على هذا الجهاز فقط وسيُحذفان عند تسجيل الخروج.
    [few] { $count } تغييرات (إجابات أو استمارات حالات أو ردود) لم تصل إلى الخادم بعد. إنها محفوظة على هذا الجهاز فقط وستُحذف عند تسجيل الخروج.
   *[other] { $count } تغيير (إجابات أو استمارات حالات أو ردود) لم تصل إلى الخادم بعد. إنها محفوظة على هذا الجهاز فقط وستُحذف عند تسجيل الخروج.
}
nav-sign-out-anyway = تسجيل الخروج وحذفها
nav-stay-signed-in = البقاء مسجلاً
sign-in-page-title = تسجيل الدخول
sign-in-heading = تسجيل الدخول إلى Accredit-IO
sign-in-email = البريد الإلكتروني
sign-in-password = كلمة المرور
sign-in-submit = تسجيل الدخول
sign-in-error-credentials = البريد الإلكتروني أو كلمة المرور غير صحيحة.
sign-in-welcome = مرحبًا، { $name }.
sign-in-error-unconfirmed = يرجى تأكيد بريدك الإلكتروني أولًا: اتبع الرابط الوارد في الرسالة التي أرسلناها إليك.
sign-in-error-disabled = عطّل مكتب البرنامج هذا الحساب. يرجى التواصل مع المكتب.
sign-in-forgot-password = هل نسيت كلمة المرور؟
sign-in-create-account = أنشئ حسابًا للانضمام إلى منشأة

## Field errors of the registration and other forms
error-text-too-long = هذا النص طويل جدًا.
error-number-invalid = أدخل عددًا صحيحًا، مثل 240.
error-number-too-large = هذا العدد كبير جدًا. يرجى التحقق منه.
error-date-invalid = أدخل تاريخًا صالحًا.
error-link-invalid = هذا الرابط غير صالح: إما أنه استُخدم من قبل، أو انتهت صلاحيته، أو نُسخ بشكل غير كامل. اطلب رابطًا جديدًا.

## Facility registration
register-page-title = تسجيل منشأة
register-heading = سجّل منشأتك
register-intro = التسجيل هو الخطوة الأولى نحو الاعتماد. ستصبح صاحب الحساب الرئيسي للمنشأة، وينضم زملاؤك لاحقًا باستخدام رمز المنشأة الذي سنرسله إليك.
register-done-heading = تحقّق من بريدك الإلكتروني
register-done-body = أرسلنا إليك رسالة بريد إلكتروني تتضمن رابطًا لتفعيل منشأتك ورمز منشأتك. لن يُتخذ أي إجراء آخر حتى تفتح هذا الرابط.
register-section-facility = المنشأة
register-facility-name = اسم المنشأة أو الخدمة
register-institution = المستشفى أو المؤسسة
register-department = القسم
register-address = العنوان
register-country = البلد
register-section-eligibility = الأهلية
register-procedures = عدد الإجراءات العلاجية التداخلية للأورام سنويًا
register-procedures-hint = يلزم ما لا يقل عن { $minimum } إجراء سنويًا.
register-approver-name = اسم رئيس القسم أو مدير المستشفى الذي وافق على التسجيل
register-approver-email = بريده الإلكتروني
register-approval-date = تاريخ الموافقة
register-approval-confirmed = أؤكد أن رئيس القسم أو مدير المستشفى قد وافق على هذا التسجيل.
register-section-account = حسابك
register-account-hint = ستكون صاحب الحساب الرئيسي: توافق على انضمام الزملاء وتعيّن أصحاب الأدوار في المنشأة.
register-your-name = اسمك
register-your-email = بريدك الإلكتروني
register-password = كلمة المرور
register-password-hint = { $min } أحرف على الأقل.
register-section-roles = أدوار المنشأة
register-roles-hint = اترك الحقل فارغًا لتتولى هذا الدور بنفسك (تعيين البديل اختياري). يتلقى الأشخاص الذين تحدّدهم بالبريد الإلكتروني دعوة تتضمن رمز المنشأة بمجرد تفعيلها.
register-ar-email = الممثل المفوّض (البريد الإلكتروني)
register-contact-email = جهة الاتصال المعيّنة (البريد الإلكتروني)
register-substitute-email = بديل جهة الاتصال (البريد الإلكتروني)
register-submit = تسجيل المنشأة
register-error-procedures-below-minimum = يتطلب الاعتماد ما لا يقل عن { $minimum } إجراء علاجي تداخلي للأورام سنويًا.
register-error-approval-in-future = لا يمكن أن يكون تاريخ الموافقة في المستقبل.
register-error-approval-too-old = يجب أن تكون الموافقة صادرة خلال السنتين الأخيرتين.
register-error-approval-not-confirmed = يرجى تأكيد الحصول على الموافقة على التسجيل.
register-error-facility-exists = هذه المنشأة مسجّلة بالفعل. اطلب رمز المنشأة من صاحب الحساب الرئيسي وانضم إليها.

## Activation and email confirmation
activate-page-title = تفعيل المنشأة
activate-heading = فعّل منشأتك
activate-intro = يؤكد التفعيل بريدك الإلكتروني ويفتح باب التسجيل لمنشأتك.
activate-submit = فعّل الآن
activate-done = تم تفعيل { $facility }. أصبحت فاتورة التسجيل الخاصة بها مفتوحة الآن للسداد.
activate-sign-in = تسجيل الدخول
confirm-email-page-title = تأكيد البريد الإلكتروني
confirm-email-heading = أكّد بريدك الإلكتروني
confirm-email-submit = تأكيد البريد الإلكتروني
confirm-email-done = تم تأكيد بريدك الإلكتروني. يمكنك الآن تسجيل الدخول.

## Accounts
sign-up-page-title = إنشاء حساب
sign-up-heading = إنشاء حساب
sign-up-intro = أنشئ حسابًا للانضمام إلى منشأة مسجّلة بالفعل. ستحتاج إلى رمز المنشأة.
sign-up-submit = إنشاء الحساب
sign-up-done = أرسلنا إليك رسالة بريد إلكتروني تتضمن رابطًا لتأكيد عنوانك.
sign-up-register-instead = هل تريد تسجيل منشأة جديدة؟ استخدم نموذج تسجيل المنشآت بدلًا من ذلك.
forgot-password-page-title = نسيت كلمة المرور
forgot-password-heading = إعادة تعيين كلمة المرور
forgot-password-intro = أدخل البريد الإلكتروني المرتبط بحسابك وسنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
forgot-password-submit = إرسال الرابط
forgot-password-done = إذا كان هناك حساب يستخدم هذا العنوان، فقد أرسلنا إليه رابطًا. يظل الرابط صالحًا لمدة ساعة واحدة.
resend-link-page-title = أرسلوا لي رابطًا جديدًا
resend-link-heading = أرسلوا لي رابطًا جديدًا
resend-link-intro = هل انتهت صلاحية رابط التفعيل أو التأكيد أو ضاع؟ أدخل عنوان البريد الإلكتروني الذي سجّلت به. إذا كان هناك تسجيل أو حساب بهذا العنوان ما زال ينتظر التفعيل أو التأكيد، نرسل رابطًا جديدًا، وتتوقف الروابط السابقة عن العمل.
resend-link-submit = إرسال رابط جديد
resend-link-done = إذا كان هناك تسجيل أو حساب بهذا العنوان ينتظر التفعيل أو التأكيد، فالرابط الجديد في الطريق إليك. تحقق من صندوق الوارد ومجلد الرسائل غير المرغوب فيها.
resend-link-ask = انتهت صلاحية الرابط أو ضاع؟ أرسلوا لي رابطًا جديدًا
registration-error-not-pending = هذه المنشأة مفعّلة بالفعل: لا يوجد تسجيل معلّق.
registration-error-reason-required = اذكر سببًا: يُحفظ في سجل التدقيق.
admin-registration-resent = أُرسل رابط تفعيل جديد إلى صاحب التسجيل.
admin-registration-actions = تسجيل معلّق لـ { $facility }: إجراءات
admin-registration-resend = إعادة إرسال رابط التفعيل
admin-registration-activate-reason = سبب قيام مكتب البرنامج بالتفعيل نيابةً عن صاحب التسجيل (يُحفظ في سجل التدقيق)
admin-registration-activate-confirm = تحققت بطريقة أخرى من هوية من سجّل { $facility }، ويقوم مكتب البرنامج بتفعيلها نيابةً عنه
admin-registration-activate = التفعيل نيابةً عن صاحب التسجيل
admin-registration-delete-reason = سبب حذف التسجيل (يُحفظ في سجل التدقيق)
admin-registration-delete-confirm = حذف تسجيل { $facility } وتحرير اسمها وعنوان بريدها الإلكتروني
admin-registration-delete = حذف التسجيل
reset-password-page-title = اختر كلمة مرور جديدة
reset-password-heading = اختر كلمة مرور جديدة
reset-password-submit = حفظ كلمة المرور الجديدة
reset-password-done = تم تغيير كلمة المرور وتسجيل خروجك من جميع الأجهزة.
account-page-title = حسابك
account-heading = حسابك
account-change-password = تغيير كلمة المرور
account-current-password = كلمة المرور الحالية
account-new-password = كلمة المرور الجديدة
account-change-password-submit = تغيير كلمة المرور
account-password-changed = تم تغيير كلمة المرور، وتم تسجيل الخروج من الأجهزة الأخرى.
account-error-current-password = كلمة المرور الحالية غير صحيحة.

## Facilities and joining
facilities-page-title = منشآتي
facilities-heading = منشآتي
facilities-none = لا تنتمي إلى أي منشأة حتى الآن.
facilities-register-link = تسجيل منشأة
join-page-title = الانضمام إلى منشأة
join-heading = الانضمام إلى منشأة
join-intro = أدخل رمز المنشأة الذي تلقيته من صاحب الحساب الرئيسي لمنشأتك.
join-code = رمز المنشأة
join-code-hint = عشرة أحرف وأرقام، مثل ABCDE-23456.
join-submit = طلب الانضمام
join-done-active = أصبحت الآن عضوًا في المنشأة.
join-done-pending = تم إرسال طلبك، وسيتولى صاحب الحساب الرئيسي الموافقة عليه.
join-need-account = للانضمام إلى منشأة، سجّل الدخول أو أنشئ حسابًا أولًا.
join-error-code-unknown = لا توجد منشأة نشطة بهذا الرمز. تحقّق من الرمز وحاول مرة أخرى.
join-error-already-member = أنت عضو في هذه المنشأة بالفعل.

## A facility's page
facility-page-title = المنشأة
facility-status = الحالة
facility-code = رمز المنشأة
facility-code-hint = ينضم زملاؤك إلى منشأتك باستخدام هذا الرمز.
facility-read-only-notice = أنت تطّلع على هذه المنشأة بصفتك مكتب البرنامج: للقراءة فقط. لا يغيّر محتواها إلا أعضاء المنشأة.
facility-roles-heading = أدوار المنشأة
facility-role-invited = تمت الدعوة
facility-role-vacant = غير معيّن
facility-role-assign = تعيين
facility-pending-heading = طلبات الانضمام
facility-approve = موافقة
facility-decline = رفض
facility-members-heading = الأعضاء
facility-member-name = الاسم
facility-member-email = البريد الإلكتروني
facility-member-roles = الأدوار
facility-member-actions = الإجراءات
facility-remove = إزالة
facility-remove-member = إزالة { $name }
facility-history-heading = سجل الحالات
facility-main-holder = صاحب الحساب الرئيسي
facility-error-status-change = لا يمكن إجراء تغيير الحالة هذا انطلاقًا من الحالة الحالية للمنشأة.
facility-status-registered = تم التسجيل – بانتظار التفعيل
facility-status-pending-payment = تم التفعيل – بانتظار سداد رسوم التسجيل
facility-status-enrolled = مركز مسجَّل
facility-status-accredited = مركز معتمَد
facility-status-centre-of-excellence = مركز التميّز
facility-status-expired = انتهت الصلاحية
facility-status-withdrawn = تم الانسحاب
facility-role-authorised-representative = الممثل المفوّض
facility-role-contact = جهة الاتصال المعيّنة
facility-role-substitute = جهة الاتصال البديلة
membership-status-pending = بانتظار الموافقة
membership-status-active = عضو
membership-status-declined = مرفوض
membership-status-removed = تمت الإزالة
members-error-not-pending = تم البتّ في هذا الطلب بالفعل.
members-error-cannot-remove-main-holder = لا يمكن إزالة صاحب الحساب الرئيسي.
members-error-not-member = هذا الشخص ليس عضوًا نشطًا في المنشأة.
members-error-name-another-ar = عيّن ممثلًا مفوّضًا آخر قبل إزالة هذا العضو.

## Administration
admin-page-title = الإدارة
admin-heading = الإدارة
admin-outbox-link = صندوق البريد الصادر
admin-facilities-heading = التسجيلات والمنشآت
admin-facility = المنشأة
admin-registered-at = تاريخ التسجيل
admin-users-heading = الحسابات والأدوار العامة
admin-unconfirmed = البريد الإلكتروني غير مؤكَّد
admin-change-access = تغيير أدوار { $name } ووصوله
admin-no-roles = لا شيء
admin-column-access = الأدوار والوصول
admin-column-roles = الأدوار
admin-disabled = معطَّل
admin-grant-role = منح دور { $role } إلى { $name }
admin-revoke-role = سحب دور { $role } من { $name }
admin-confirm-enable = أؤكد: يمكن لـ { $name } تسجيل الدخول مجددًا.
admin-confirm-disable = أؤكد: يُسجَّل خروج { $name } من كل مكان فورًا ولا يمكنه تسجيل الدخول حتى يُعاد تفعيل الحساب.
admin-enable-account = إعادة تفعيل حساب { $name }
admin-disable-account = تعطيل حساب { $name }
admin-confirm-revoke = أؤكد: يفقد { $name } دور { $role }. يُسجَّل التغيير في سجل التدقيق.
admin-confirm-grant = أؤكد: يحصل { $name } على دور { $role }. يُسجَّل التغيير في سجل التدقيق.
admin-error-own-admin-role = لا يمكنك إزالة دور المسؤول الخاص بك.
admin-error-disable-self = لا يمكنك تعطيل حسابك الخاص.
role-administrator = مسؤول
role-assessor = مقيّم
role-translator = مترجم
outbox-page-title = صندوق البريد الصادر
outbox-heading = صندوق البريد الصادر
outbox-intro = جميع الرسائل التي أنشأها التطبيق، الأحدث أولًا. عند عدم تهيئة خادم بريد، لا تُسلَّم الرسائل إلا هنا.
outbox-demonstration = بريد تجريبي — لم يُرسَل. لم يُضبط خادم بريد (SMTP_URL)، لذا تُعرض هذه الرسائل وروابطها هنا فقط.
audit-page-title = سجل التدقيق
audit-intro = كل تغيير في البرنامج ومن أجراه ومتى. كل قيد مرتبط بالقيد الذي قبله، فيظهر أي تغيير في السجل نفسه.
audit-filter-facility = المنشأة
audit-filter-any = الكل
audit-filter-user = الشخص (عنوان البريد الإلكتروني)
audit-filter-action = يبدأ الإجراء بـ
audit-filter-from = من (UTC)
audit-filter-to = إلى (UTC)
audit-filter-apply = عرض القيود
audit-filter-reset = مسح عامل التصفية
audit-export-csv = تنزيل بصيغة CSV
audit-none = لا توجد قيود تطابق عامل التصفية هذا.
audit-column-time = الوقت (UTC)
audit-column-actor = بواسطة
audit-column-action = الإجراء
audit-column-target = بشأن
audit-column-change = التغيير
audit-pages = صفحات سجل التدقيق
audit-newer = قيود أحدث
audit-older = قيود أقدم
audit-page-number = الصفحة { $page }
outbox-empty = لا توجد رسائل بعد.
outbox-sent = أُرسلت في { $at }
outbox-failed = لم تُسلَّم بعد { $attempts } محاولات: { $error }
outbox-not-sent = لم تُرسل

## Mail (plain text; the HTML part is made from it)
mail-footer = Accredit-IO — الاعتماد في علاج الأورام التداخلي. أُرسلت هذه الرسالة تلقائيًا.
mail-activation-subject = فعّل { $facility } على Accredit-IO
mail-activation-body =
    مرحبًا { $name }،

    شكرًا لتسجيلك { $facility }. يرجى تفعيل المنشأة خلال { $hours } ساعة بفتح هذا الرابط والضغط على «فعّل الآن»:

    { $link }

    رمز منشأتك هو { $code }. ينضم زملاؤك إلى منشأتك باستخدام هذا الرمز، وأنت من يوافق على كل طلب.

    إذا لم تقم بهذا التسجيل، فتجاهل هذه الرسالة.
mail-confirm-email-subject = أكّد بريدك الإلكتروني على Accredit-IO
mail-confirm-email-body =
    مرحبًا { $name }،

    يرجى تأكيد بريدك الإلكتروني خلال { $hours } ساعة بفتح هذا الرابط:

    { $link }

    إذا لم تنشئ حسابًا، فتجاهل هذه الرسالة.
mail-password-reset-subject = إعادة تعيين كلمة المرور على Accredit-IO
mail-password-reset-body =
    مرحبًا { $name }،

    طُلبت إعادة تعيين كلمة مرور حسابك. لاختيار كلمة مرور جديدة، افتح هذا الرابط خلال { $minutes } دقيقة:

    { $link }

    إذا لم تكن أنت من قدّم هذا الطلب، فتجاهل هذه الرسالة؛ ستبقى كلمة المرور كما هي.
mail-sign-up-existing-subject = حاول أحدهم إنشاء حساب في Accredit-IO بعنوانك
mail-sign-up-existing-body =
    عزيزي { $name }،

    طلب أحدهم إنشاء حساب بعنوان البريد الإلكتروني هذا، وله حساب بالفعل. لم يُنشأ أي حساب جديد.

    إن كنت أنت، سجّل الدخول من هنا: { $sign_in }
    إن نسيت كلمة المرور، اختر كلمة جديدة من هنا: { $reset }

    إن لم تكن أنت، فتجاهل هذه الرسالة.
mail-activated-by-office-subject = فعّل مكتب البرنامج { $facility }
mail-activated-by-office-body =
    عزيزي/عزيزتي { $name }،

    فعّل مكتب البرنامج { $facility } نيابةً عنك. يُعدّ عنوان بريدك الإلكتروني مؤكدًا، ويمكنك تسجيل الدخول:

    { $sign_in }

    إذا لم تعد تتذكر كلمة المرور، فاختر كلمة جديدة من هنا: { $reset }

    فاتورة التسجيل بانتظارك في صفحة المنشأة.
mail-role-invitation-subject = تم تعيينك بصفة { $role } في { $facility }
mail-role-invitation-body =
    مرحبًا،

    قام { $inviter } بتعيينك بصفة { $role } في { $facility } على Accredit-IO.

    لتولّي هذا الدور، سجّل الدخول (أو أنشئ حسابًا بهذا البريد الإلكتروني) وانضم إلى المنشأة باستخدام الرمز { $code }:

    { $link }
mail-join-requested-subject = يطلب { $member } الانضمام إلى { $facility }
mail-join-requested-body =
    مرحبًا { $name }،

    طلب { $member } ({ $member_email }) الانضمام إلى { $facility } باستخدام رمز المنشأة. وافق على الطلب أو ارفضه من صفحة المنشأة:

    { $link }
mail-join-pending-subject = طلبك للانضمام إلى { $facility }
mail-join-pending-body =
    مرحبًا { $name }،

    أُرسل طلبك للانضمام إلى { $facility } إلى صاحب الحساب الرئيسي للمنشأة. سنبلغك بالبريد الإلكتروني عند البتّ فيه.
mail-join-approved-subject = أصبحت الآن عضوًا في { $facility }
mail-join-approved-body =
    مرحبًا { $name }،

    أصبحت الآن عضوًا في { $facility } على Accredit-IO:

    { $link }
mail-join-declined-subject = طلبك للانضمام إلى { $facility }
mail-join-declined-body =
    مرحبًا { $name }،

    رُفض طلبك للانضمام إلى { $facility }. إذا كنت تعتقد أن ذلك خطأ، فيرجى التواصل مع المنشأة مباشرة.
mail-role-assigned-subject = أنت الآن { $role } في { $facility }
mail-role-assigned-body =
    مرحبًا { $name }،

    تم تعيينك بصفة { $role } في { $facility } على Accredit-IO.

## Invoices and payments
invoices-heading = الفواتير
invoices-none = لا توجد فواتير بعد.
invoice-page-title = الفاتورة
invoice-number = الرقم
invoice-kind = النوع
invoice-issued-on = تاريخ الإصدار
invoice-due-on = تاريخ الاستحقاق
invoice-total = الإجمالي
invoice-status = الحالة
invoice-open = المبلغ المتبقي
invoice-view = عرض
invoice-back = العودة إلى المنشأة
invoice-print = طباعة
invoice-pdf = تنزيل ملف PDF
invoice-heading = الفاتورة { $number }
invoice-credit-note-heading = إشعار دائن { $number }
invoice-vat-id = رقم ضريبة القيمة المضافة: { $id }
invoice-recipient = الفاتورة باسم
invoice-payment-reference = مرجع الدفع
invoice-credits = يُلغي هذا الإشعار الدائن الفاتورة { $number }.
invoice-void-reason = أُلغيت هذه الفاتورة: { $reason }
invoice-description = الوصف
invoice-amount = المبلغ
invoice-net = المبلغ الصافي
invoice-vat = ضريبة القيمة المضافة { $rate }
invoice-how-to-pay = طريقة الدفع
invoice-pay-by = يرجى تحويل المبلغ الإجمالي في موعد أقصاه { $due }، مع ذكر مرجع الدفع { $reference }.
invoice-payments = الدفعات المستلمة
invoice-open-amount = المبلغ المتبقي: { $amount }
invoice-line-enrolment-fee = رسوم التسجيل
invoice-line-annual-fee = الرسوم السنوية، سنة التسجيل { $year } (حتى { $until })
invoice-line-recertification-fee = رسوم إعادة الاعتماد (الاعتماد الحالي صالح حتى { $until })
invoice-kind-enrolment = التسجيل
invoice-kind-annual = الرسوم السنوية
invoice-kind-recertification = إعادة الاعتماد
invoice-kind-credit-note = إشعار دائن
invoice-status-open = مفتوحة
invoice-status-paid = مسدَّدة
invoice-status-overdue = متأخرة السداد
invoice-status-void = ملغاة
invoice-status-credit = إشعار دائن
invoice-error-not-voidable = لا يمكن إلغاء هذه الفاتورة: فهي إما ملغاة بالفعل أو إشعار دائن.
invoice-error-has-payments = لا يمكن إلغاء هذه الفاتورة لأن عليها دفعات مسجّلة.
payment-amount = المبلغ المستلم
payment-date = تاريخ الاستلام
payment-reference = المرجع المصرفي
payment-error-amount = يجب أن يكون المبلغ أكبر من صفر.
payment-error-amount-format = أدخل مبلغًا مثل 1500 أو 1500.00.
payment-error-overpayment = هذا المبلغ يتجاوز المبلغ المتبقي المستحق على الفاتورة.
payment-error-not-payable = لا يمكن تسجيل دفعات على فاتورة ملغاة أو على إشعار دائن.
payment-error-future-date = لا يمكن أن يكون تاريخ الدفع في المستقبل.
seal-enrolled = مركز مسجَّل
seal-accredited = مركز معتمَد
seal-excellence = مركز التميّز
facility-pathway-label = الموقع على مسار الاعتماد
admin-invoices-link = الفواتير
admin-invoices-page-title = الفواتير
admin-invoices-heading = الفواتير
admin-filter-all = الكل
admin-filter-year = السنة
admin-filter-apply = تصفية
admin-invoices-total =
    { $count ->
        [zero] لا توجد فواتير، { $total }
        [one] فاتورة واحدة، { $total }
        [two] فاتورتان، { $total }
        [few] { $count } فواتير، { $total }
        [many] { $count } فاتورة، { $total }
       *[other] { $count } فاتورة، { $total }
    }
admin-record-payment-for = تسجيل دفعة أو إلغاء الفاتورة { $number }
admin-record-payment = تسجيل الدفعة
admin-payment-recorded = تم تسجيل الدفعة.
admin-payment-recorded-enrolled = تم تسجيل الدفعة. سُدِّدت الفاتورة وأصبحت المنشأة الآن مركزًا مسجَّلًا.
admin-void-reason = سبب الإلغاء
admin-void-invoice = إلغاء { $number } وإصدار إشعار دائن
admin-invoice-voided = أُلغيت الفاتورة، وصدر الإشعار الدائن { $number }.
mail-invoice-issued-subject = الفاتورة { $number } الخاصة بمنشأة { $facility }
mail-invoice-issued-body =
    مرحبًا { $name }،

    صدرت الفاتورة { $number } الخاصة بمنشأة { $facility } بمبلغ { $amount }، وتاريخ استحقاقها { $due }. يرجى ذكر مرجع الدفع { $reference } عند إجراء التحويل.

    يمكنك عرض الفاتورة وطباعتها من هنا:

    { $link }
mail-invoice-reminder-subject = تذكير: حان موعد سداد الفاتورة { $number }
mail-invoice-reminder-body =
    مرحبًا { $name }،

    تُظهر سجلاتنا أن مبلغ { $amount } لا يزال مستحقًا على الفاتورة { $number } الخاصة بمنشأة { $facility }، وتاريخ استحقاقها { $due }. يرجى تحويله مع ذكر مرجع الدفع { $reference }. وإذا كنت قد سدّدت المبلغ في الأثناء، فيرجى تجاهل هذا التذكير.

    { $link }
mail-facility-enrolled-subject = أصبحت منشأة { $facility } الآن مركزًا مسجَّلًا
mail-facility-enrolled-body =
    مرحبًا { $name }،

    شكرًا لك على السداد. أصبحت منشأة { $facility } الآن مركزًا مسجَّلًا، ويمكن لفريقك بدء طلب الاعتماد.

    { $link }
invoice-pdf-unavailable = تعذّر إنشاء ملف PDF على هذا الخادم (لا يوجد خط مثبّت لهذه اللغة). استخدم «طباعة» في صفحة الفاتورة بدلًا من ذلك.

## Standards editions and answers
admin-editions-link = إصدارات المعايير
editions-page-title = إصدارات المعايير
editions-heading = إصدارات المعايير
editions-title = الإصدار
editions-id = المعرّف
editions-published = تاريخ النشر
editions-items = البنود
editions-item-count = عدد البنود: { $items }، منها { $core } أساسية
editions-demonstration = تجريبي
editions-import-heading = استيراد إصدار
editions-import-intro = الصق ملف إصدار (بتنسيق TOML كما هو موضّح في docs/standards-edition.md). يُفحص الملف بالكامل قبل تخزين أي شيء، ولا يتغيّر الإصدار المستورد أبدًا.
editions-file = ملف الإصدار
editions-import = فحص واستيراد
editions-imported = تم استيراد الإصدار { $id }، وعدد بنوده { $items }.
editions-unchanged = سبق استيراد الإصدار { $id } بهذا المحتوى نفسه تمامًا. لم يتغيّر شيء.
editions-conflict = يوجد بالفعل إصدار بالمعرّف { $id } بمحتوى مختلف. الإصدارات لا تتغيّر أبدًا: امنح الإصدار الجديد معرّفًا خاصًا به.
editions-syntax = تعذّرت قراءة الملف بوصفه ملف إصدار:
editions-problems =
    { $count ->
        [zero] لا توجد في الملف أي مشكلة؛ لم يُستورد أي شيء:
        [one] في الملف مشكلة واحدة؛ لم يُستورد أي شيء:
        [two] في الملف مشكلتان؛ لم يُستورد أي شيء:
        [few] في الملف { $count } مشكلات؛ لم يُستورد أي شيء:
        [many] في الملف { $count } مشكلة؛ لم يُستورد أي شيء:
       *[other] في الملف { $count } مشكلة؛ لم يُستورد أي شيء:
    }
answer-error-explanation-required = يُرجى إضافة توضيح.
answer-error-out-of-range = هذا الرقم خارج النطاق المسموح به.
answer-error-date-in-future = لا يمكن أن يكون التاريخ في المستقبل.
answer-error-unknown-option = اختر أحد الخيارات المعروضة.
answer-error-wrong-type = هذه الإجابة لا تناسب السؤال. أعد تحميل الصفحة وأجب مرة أخرى.
attention-unanswered = لم تتم الإجابة عنه بعد
attention-core-not-met = يجب استيفاء البند الأساسي قبل تقديم الطلب
attention-invalid = الإجابة تحتاج إلى تصحيح
attention-evidence-missing = المستندات الداعمة المطلوبة لم تُرفع بعد
application-error-not-enrolled = يمكن فتح طلب بمجرد أن تصبح المنشأة مركزًا مسجَّلًا (بعد دفع فاتورة التسجيل).
application-error-no-edition = لم يُستورد أي إصدار من المعايير بعد. يُرجى التواصل مع أحد المسؤولين.
application-error-not-draft = تم تقديم هذا الطلب ولم يعد بالإمكان تعديله.
answer-error-unknown-item = هذا السؤال ليس جزءًا من إصدار المعايير الخاص بالطلب.

## The questionnaire
application-heading = طلب الاعتماد
application-open = الانتقال إلى الطلب
application-page-title = الطلب
application-index-label = معايير الطلب
application-demonstration-notice = هذا هو الإصدار التجريبي من المعايير: أسئلة نموذجية بصياغتنا الخاصة، وليست المعايير المرخّصة.
application-read-only-notice = عرض للقراءة فقط لمكتب البرنامج: لا يغيّر الإجابات والأدلة ومراجعة الحالات إلا أعضاء المنشأة.
application-summary-heading = ما لا يزال يحتاج إلى انتباه
application-core-progress = البنود الأساسية المُجاب عنها: { $answered } من { $total }
application-extended-progress = البنود الموسّعة المُجاب عنها: { $answered } من { $total } (مطلوبة لتصبح الخدمة مركز تميّز)
application-ready = تمت الإجابة عن جميع البنود، واستُوفي كل بند أساسي مع ربط المستندات المطلوبة، واكتملت مراجعة الحالات: الطلب جاهز للتقديم.
application-not-ready = الطلب غير جاهز للتقديم بعد. يمكن تقديمه عندما تتم الإجابة عن جميع البنود (يمكن أن يكون البند الموسّع «لم يُستوفَ بعد»)، ويُستوفى كل بند أساسي مع ربط المستندات المطلوبة، وتكتمل المراجعة الداخلية للحالات.
application-blocking-count =
    { $count ->
        [zero] لا شيء يمنع تقديم الطلب
        [one] أمر واحد يمنع تقديم الطلب
        [two] أمران يمنعان تقديم الطلب
        [few] { $count } أمور تمنع تقديم الطلب
        [many] { $count } أمرًا يمنع تقديم الطلب
       *[other] { $count } أمر يمنع تقديم الطلب
    }
application-blocking-case-review = لم تكتمل بعد
application-attention-count =
    { $count ->
        [zero] لا يوجد أي بند بحاجة إلى انتباه
        [one] بند واحد بحاجة إلى انتباه
        [two] بندان بحاجة إلى انتباه
        [few] { $count } بنود بحاجة إلى انتباه
        [many] { $count } بندًا بحاجة إلى انتباه
       *[other] { $count } بند بحاجة إلى انتباه
    }
application-level-core = بند أساسي
application-level-extended = بند موسّع
application-progress-heading = التقدم حسب القسم والمعيار
application-column-standard = المعيار
application-guidance = إرشادات
application-evidence-needed = المستندات الداعمة:
application-answer = الإجابة
application-yes = نعم
application-no = لا
application-explanation = التوضيح
application-save-saving = جارٍ الحفظ…
application-save-saved = تم الحفظ
application-save-conflict = عدّله شخص آخر
application-save-offline = لم يُحفظ: تعذّر الوصول إلى الخادم. حاول مرة أخرى عند عودة الاتصال.
application-save-on-device = غير متصل — محفوظ على هذا الجهاز
application-page-on-device = غير متصل — { $count ->
    [one] إجابة واحدة محفوظة
   *[other] { $count } إجابات محفوظة
} على هذا الجهاز وسيتم إرسالها عند عودة الاتصال.
application-save-signed-out = محفوظة على هذا الجهاز: سجّل الدخول مرة أخرى لإرسالها.
application-conflict-explain = حفظ شخص آخر في الأثناء إجابة مختلفة عن هذا البند. إجابة الشخص الآخر:
application-conflict-keep-mine = الإبقاء على إجابتي
application-conflict-take-theirs = الأخذ بالإجابة الأخرى

## The internal case review (app/src/case_review.rs)

case-review-page-title = المراجعة الداخلية للحالات
case-review-intro = أدرج المراجع المستعارة لحالات الأورام التداخلية التي عالجتها خدمتك، مرجعًا واحدًا في كل سطر أو في العمود الأول من ملف CSV. يسحب التطبيق 30 منها عشوائيًا، وتُحفظ البذرة العشوائية وبصمة القائمة حتى يمكن تكرار السحب. لا تستخدم أبدًا الأسماء أو تواريخ الميلاد أو أرقام الملفات في المستشفى.
case-review-references = مراجع الحالات
case-review-csv = أو اقرأ المراجع من ملف CSV
case-review-draw = سحب 30 حالة
case-review-redraw = إعادة السحب
case-review-redraw-heading = إعادة سحب الحالات (يلزم ذكر السبب)
case-review-same-as-previous = مثل الحالة السابقة
case-review-reason = سبب إعادة السحب (يُحفظ في السجل)
case-review-drawn = السحب رقم { $number } بتاريخ { $date } بواسطة { $name }: 30 حالة من بين المراجع البالغ عددها { $pool }.
case-review-seed = البذرة العشوائية { $seed } · بصمة القائمة { $hash }
case-review-reason-given = السبب المذكور: { $reason }
case-review-progress = الحالات المكتملة: { $done } من { $total }
case-review-complete = اكتملت مراجعة الحالات.
case-review-back = العودة إلى الاستبيان
case-review-link = المراجعة الداخلية للحالات
case-review-status-complete = المراجعة الداخلية للحالات: مكتملة
case-review-status-incomplete = المراجعة الداخلية للحالات: لم تكتمل بعد
case-review-case-complete = مكتملة
case-review-case-incomplete = بانتظار الإكمال
case-review-error-too-few = أدرج 30 مرجعًا مختلفًا للحالات على الأقل.
case-review-error-too-many = القائمة طويلة جدًا: الحد الأقصى 20,000 مرجع.
case-review-error-reference = أحد المراجع يتجاوز 40 حرفًا أو يحتوي على أحرف تحكم.
case-review-error-reference-identifier = يبدو أحد المراجع اسمًا أو تاريخ ميلاد أو رقم هوية. استخدم مراجع مستعارة فقط.
case-review-error-line = السطر { $line }:
case-review-error-reason-required = تتطلب إعادة السحب ذكر سبب، ويُحفظ هذا السبب في السجل.
case-review-error-too-many-draws = سُحبت الحالات خمس مرات، وهو الحد الأقصى المسموح به. تواصل مع مكتب البرنامج إن كانت قائمة المراجع لا تزال خاطئة.
case-review-error-stale-draw = أُعيد سحب الحالات في الأثناء. أعد تحميل الصفحة.
case-review-error-not-drawn = هذه الحالة ليست ضمن السحب الحالي.
case-procedure-type = نوع الإجراء
case-procedure-ablation = الاجتثاث الحراري
case-procedure-tace = الانصمام الكيميائي (TACE)
case-procedure-tare = الانصمام الإشعاعي (TARE/SIRT)
case-procedure-biopsy = خزعة موجّهة بالتصوير
case-procedure-embolisation = انصمام آخر
case-procedure-drainage = التصريف
case-procedure-other = غير ذلك
case-procedure-date = تاريخ الإجراء
case-tumour-board = مناقشة مجلس الأورام موثّقة
case-consent = الموافقة المستنيرة موثّقة
case-complication-grade = المضاعفات (درجة CIRSE)
case-grade-none = لا توجد
case-grade = الدرجة { $grade }
case-follow-up = المتابعة موثّقة
case-notes = ملاحظات (دون أسماء أو تواريخ ميلاد أو أرقام هوية)
case-missing-procedure-type = اختر نوع الإجراء.
case-missing-procedure-date = أدخل تاريخ الإجراء.
case-missing-tumour-board = حدّد ما إذا كانت مناقشة مجلس الأورام موثّقة.
case-missing-consent = حدّد ما إذا كانت الموافقة المستنيرة موثّقة.
case-missing-complication-grade = اختر درجة المضاعفات.
case-missing-follow-up = حدّد ما إذا كانت المتابعة موثّقة.
case-flag-name = يبدو أن الملاحظات تحتوي على اسم شخص.
case-flag-date-of-birth = يبدو أن الملاحظات تحتوي على تاريخ ميلاد.
case-flag-national-id = يبدو أن الملاحظات تحتوي على رقم هوية.
case-flag-contact = يبدو أن الملاحظات تحتوي على بيانات اتصال.

## Submission (app/src/db/submissions.rs)

submission-heading = التقديم
submission-submit = تقديم الطلب
submission-confirm = بصفتي الممثل المفوّض، أؤكد أن الإجابات والمراجعة الداخلية للحالات مكتملة وصحيحة.
submission-only-representative = لا يمكن تقديم الطلب إلا من قِبل الممثل المفوّض للمنشأة.
submission-not-ready = أجب عن جميع البنود الأساسية وأكمل المراجعة الداخلية للحالات قبل التقديم.
submission-error-not-ready = الطلب غير جاهز للتقديم: هناك بند لم تتم الإجابة عنه، أو بند أساسي غير مستوفى أو بلا المستند المطلوب، أو لم تكتمل مراجعة الحالات.
submission-receipt = قُدِّم بتاريخ { $date } بواسطة { $name }.
submission-hash = البصمة الرقمية للمحتوى (SHA-256): { $hash }
submission-read-only = تم تقديم الطلب ولم يعد بالإمكان تعديله.
mail-application-submitted-subject = تم تقديم طلب { $facility }
mail-application-submitted-body =
    مرحبًا { $name }،

    تم تقديم طلب الاعتماد الخاص بمنشأة { $facility }، وقد جُمِّدت الآن إجاباته ومراجعته الداخلية للحالات. البصمة الرقمية للمحتوى (SHA-256):

    { $hash }

    سيعيّن مكتب IASIOS المقيّمين. يمكنك متابعة الطلب من هنا:

    { $link }

## Evidence (app/src/evidence.rs, server/src/evidence.rs)

evidence-library-heading = مكتبة المستندات الداعمة
evidence-library-intro = الملفات التي رفعها فريقك لهذه المنشأة. يمكن أن يكون الملف الواحد مستندًا داعمًا لعدة بنود. تُقبل ملفات PDF والصور والمستندات المكتبية والنصوص العادية بحجم لا يتجاوز { $size } للملف الواحد؛ ويُتحقَّق من نوع الملف من محتواه لا من اسمه.
evidence-attach = إرفاق ملف
evidence-upload = رفع
evidence-upload-offline = لا توجد شبكة: يمكن رفع الملفات عند عودة الاتصال. الإجابات التي تكتبها تبقى محفوظة على هذا الجهاز.
evidence-from-library = أو اختر ملفًا من المكتبة
evidence-link = ربط
evidence-remove = إزالة
evidence-none = لم تُرفع أي ملفات بعد.
evidence-uploaded = تم رفع الملف.
evidence-not-linked = غير مرتبط بأي بند
evidence-uploaded-by = { $name }، { $date }
evidence-column-file = الملف
evidence-column-size = الحجم
evidence-column-uploaded = تفاصيل الرفع
evidence-column-items = مستند داعم للبنود
evidence-kind-pdf = PDF
evidence-kind-image = صورة
evidence-kind-document = مستند
evidence-kind-spreadsheet = جدول بيانات
evidence-kind-presentation = عرض تقديمي
evidence-kind-text = نص
evidence-error-type = هذا النوع من الملفات غير مقبول. ارفع ملف PDF أو صورة أو مستندًا مكتبيًا أو نصًا عاديًا.
evidence-error-too-large = حجم الملف يتجاوز الحد المسموح به للرفع.
evidence-error-empty = اختر ملفًا لرفعه؛ لا تُقبل الملفات الفارغة.
evidence-error-no-file = هذا الملف غير موجود في مكتبة المستندات الداعمة الخاصة بمنشأتك.

## Assessment (app/src/assessment.rs, app/src/db/assessment.rs, pages/assessment, pages/admin/applications.rs, pages/certificates.rs)

application-status-draft = مسودة
application-status-submitted = مقدَّم – بانتظار المقيّمين
application-status-under-assessment = قيد التقييم
application-status-evidence-requested = طلب المقيّمون مستندات داعمة
application-status-amendments-required = تعديلات مطلوبة
application-status-accredited = معتمَد
assessment-clock = مدة التقييم: { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} (تتوقف أثناء وجود استفسارات مفتوحة)
assessment-error-not-assessor = لا يحمل هذا الشخص دور المقيّم.
assessment-error-already-assigned = هذا المقيّم معيَّن بالفعل لهذا الطلب.
assessment-error-already-declared = سبق تقديم الإقرار لهذا التعيين.
assessment-error-not-submitted = لم يُقدَّم الطلب بعد.
assessment-error-not-under-assessment = الطلب ليس قيد التقييم.
assessment-error-open-queries = أغلق جميع الاستفسارات المفتوحة قبل اتخاذ القرار.
assessment-error-query-closed = هذا الاستفسار مغلق.
assessment-error-core-not-met = يتطلب قرار الاعتماد أن يجد كل مقيّم أن جميع البنود الأساسية مستوفاة.
assessment-error-case-review = يتطلب قرار الاعتماد اكتمال المراجعة الداخلية للحالات.
assessment-error-no-items = حدّد البنود المطلوب تعديلها.
assessments-page-title = التقييمات
assessments-intro = قبل الاطلاع على أي طلب، أفصِح عن أي تضارب في المصالح. يؤدي الإفصاح عن تضارب في المصالح إلى إنهاء التعيين، ويعيّن المكتب شخصًا آخر.
assessments-none = لا توجد طلبات معيّنة لك.
assessments-open = فتح الطلب
assessments-back = جميع التقييمات
workspace-case-forms = قراءة نماذج الحالات
workspace-back = العودة إلى التقييم
assignment-status-awaiting-declaration = مطلوب إقرار بالمصالح
assignment-status-active = نشط
assignment-status-conflict = تم الإفصاح عن تضارب في المصالح
assignment-conflict-explain = لقد أفصحت عن تضارب في المصالح، وأُبلغ المكتب بذلك.
declaration-intro = هل لديك تضارب في المصالح مع هذه المنشأة؟
declaration-same-institution = أعمل في المستشفى أو المؤسسة نفسها أو لصالحها.
declaration-same-country = أعمل في البلد نفسه.
declaration-other = أسباب أخرى (اترك الحقل فارغًا إن لم توجد)
declaration-submit = إرسال الإقرار
workspace-page-title = التقييم
workspace-answer = إجابة المنشأة:
workspace-no-answer = لم تتم الإجابة
finding-legend = نتيجة التقييم
finding-met = مستوفى
finding-partially-met = مستوفى جزئيًا
finding-not-met = غير مستوفى
finding-not-applicable = لا ينطبق
finding-comment = تعليق على نتيجة التقييم
query-open = استفسار مفتوح
query-closed = استفسار مغلق
query-reply = رد
query-attach = إرفاق ملف من مكتبة المستندات الداعمة
query-attached-file = المستند الداعم المرفق
query-send = إرسال
query-close = إغلاق الاستفسار
query-new = استفسر من المنشأة عن هذا البند
query-question = السؤال أو المستندات الداعمة المطلوبة
query-ask = فتح الاستفسار
recommendation-heading = التوصية
recommendation-outcome = القرار الموصى به
recommendation-comment = الأسباب
recommendation-send = إرسال التوصية
decision-accredited = معتمَد
decision-amendments-required = تعديلات مطلوبة
decision-heading = القرار
decision-outcome = القرار
decision-items = البنود المطلوب تعديلها:
decision-comment = تعليق للمنشأة
decision-record = تسجيل القرار
decision-blocked-core = بنود أساسية لم يجدها جميع المقيّمين مستوفاة: { $items }
decision-page-title = خطاب القرار
decision-letter-accredited = اعتُمدت المنشأة بصفتها مركزًا معتمَدًا من IASIOS.
decision-letter-amendments = وجد التقييم بنودًا تحتاج إلى تعديل. لا يُعاد فتح سوى هذه البنود، ويعيد الممثل المفوّض تقديم الطلب بعد تعديلها.
decision-open-letter = قراءة خطاب القرار
decision-verify-link = التحقق من الشهادة
decision-none = لم يُتخذ قرار بعد.
admin-applications-title = الطلبات قيد التقييم
admin-applications-none = لم يُقدَّم أي طلب بعد.
admin-column-facility = المنشأة
admin-column-status = الحالة
admin-column-clock = المدة
admin-column-queries = الاستفسارات المفتوحة
admin-column-assessors = المقيّمون
admin-assessors-heading = المقيّمون
admin-assign-label = تعيين مقيّم
admin-assign = تعيين
admin-findings-heading = نتائج تقييم المقيّمين النشطين
admin-findings-active = { $count ->
    [zero] لا يوجد مقيّمون نشطون
    [one] مقيّم نشط واحد
    [two] مقيّمان نشطان
    [few] { $count } مقيّمين نشطين
    [many] { $count } مقيّمًا نشطًا
   *[other] { $count } مقيّم نشط
}
admin-queries-heading = الاستفسارات
verify-page-title = التحقق من الشهادة
verify-state-valid = سارية
verify-state-expired = منتهية الصلاحية
verify-state-withdrawn = مسحوبة
verify-state-recertification = صالح — إعادة الاعتماد قيد التقييم
verify-validity = سارية من { $from } إلى { $until }
verify-code = رمز التحقق { $code }
verify-unknown = لا توجد شهادة تحمل رمز التحقق هذا.
verify-badge-alt = شارة الاعتماد مع الحالة الآنية
directory-page-title = دليل المراكز
directory-intro = المراكز المعتمَدة ومراكز التميّز الحاصلة على شهادة سارية، والمراكز المسجَّلة التي اختارت الظهور في الدليل.
directory-search = بحث
directory-filter-apply = عرض
directory-status = الحالة
directory-all = الكل
directory-country = البلد
directory-valid-until = سارية حتى
mail-assessor-assigned-subject = تقييم جديد: { $facility }
mail-assessor-assigned-body =
    مرحبًا { $name }،

    عُيّنتَ لتقييم طلب منشأة { $facility }. قبل الاطلاع عليه، أفصِح هنا عن أي تضارب في المصالح:

    { $link }
mail-assessor-conflict-subject = الإفصاح عن تضارب في المصالح بشأن { $facility }
mail-assessor-conflict-body =
    مرحبًا { $name }،

    أفصح { $assessor } عن تضارب في المصالح بشأن طلب منشأة { $facility }. التعيين موقوف الآن؛ يرجى تعيين مقيّم آخر:

    { $link }
mail-query-opened-subject = استفسار من المقيّمين بشأن البند { $item } لمنشأة { $facility }
mail-query-opened-body =
    مرحبًا { $name }،

    فتح مقيّمو منشأة { $facility } استفسارًا بشأن البند { $item }. تتوقف مدة التقييم إلى أن تتم الإجابة عن الاستفسار وإغلاقه. يمكنك الرد أو إرفاق مستندات داعمة أو تعديل البند من هنا:

    { $link }
mail-decision-made-subject = قرار بشأن طلب منشأة { $facility }
mail-decision-made-body =
    مرحبًا { $name }،

    سُجّل قرار بشأن طلب منشأة { $facility }. يمكنك قراءة خطاب القرار من هنا:

    { $link }
directory-opt-in = إدراج هذا المركز المسجَّل في الدليل العام
workspace-preview = معاينة
admin-overdue-queries = { $count } متأخرة
admin-workload-heading = عبء عمل المقيّمين
admin-workload = { $name }: { $count ->
    [one] طلب واحد
   *[other] { $count } طلبات
} قيد التقييم
certificate-title = شهادة الاعتماد
certificate-scan = امسح الرمز لعرض الحالة الحالية:
certificate-download = الشهادة (PDF)
decision-pdf = خطاب القرار (PDF)
snapshot-page-title = الطلب المُقدَّم
snapshot-none = لم يُقدَّم شيء بعد.
snapshot-open = قراءة الطلب المُقدَّم
snapshot-submitted = قُدِّم
snapshot-submitted-by = بواسطة { $name } في { $when }
snapshot-fingerprint = البصمة (SHA-256)
snapshot-verified = ✓ تطابق الطلب المخزَّن
snapshot-not-verified = ✗ لا تطابق الطلب المخزَّن — أبلغ المكتب
snapshot-case-review = المراجعة الداخلية للحالات
snapshot-case-review-summary = { $cases } حالة من السحب { $draw } (البذرة { $seed }؛ SHA-256 لقائمة المراجع { $pool })
snapshot-unanswered = لم تتم الإجابة
export-column-standard = المعيار
export-column-item = البند
export-column-level = المستوى
export-column-question = السؤال
export-column-answer = الإجابة
export-column-evidence = ملفات الأدلة
export-column-editor = آخر من عدّل
export-column-changed = آخر تعديل (UTC)
export-heading = تصدير الإجابات
export-explain = صف لكل بند يتضمن معياره ومستواه والإجابة وعدد ملفات الأدلة ومن عدّله آخر مرة ومتى، لتعميمه للاعتماد.
export-xlsx = الإجابات كجدول بيانات (XLSX)
export-csv = الإجابات بصيغة CSV
assessment-over-target = تجاوز الهدف البالغ { $weeks } أسبوعًا
workspace-progress = النتائج المسجلة: { $done } من { $total } بندًا

## Application manual (the chapters themselves are in manual.ftl)

nav-manual = الدليل
manual-page-title = دليل استخدام التطبيق
manual-heading = دليل استخدام التطبيق
manual-intro = كيف تقود خدمتك عبر مسار الاعتماد: التسجيل، والاستبيان، والمستندات الداعمة، ومراجعة الحالات، والتقديم، والتقييم، وإعادة الاعتماد.
manual-contents = المحتويات
manual-search-label = البحث في الدليل
manual-search-submit = بحث
manual-search-placeholder = مثلًا: دون اتصال، مراجعة الحالات، فاتورة
manual-search-count = { $count ->
    [zero] لم يُعثر على أي نتيجة
    [one] تم العثور على نتيجة واحدة
    [two] تم العثور على نتيجتين
    [few] تم العثور على { $count } نتائج
    [many] تم العثور على { $count } نتيجة
   *[other] تم العثور على { $count } نتيجة
}
manual-search-none = لم يُعثر على شيء. جرّب كلمة أخرى.
manual-print = نسخة قابلة للطباعة (اطبعها أو احفظها بصيغة PDF)
manual-print-button = طباعة أو حفظ بصيغة PDF
manual-back = العودة إلى الدليل
manual-back-to-top = العودة إلى المحتويات
manual-help-link = مساعدة بشأن هذا المعيار في الدليل

## Translator tools

translate-page-title = الترجمات
translate-intro = مدى اكتمال كل لغة، ملفًا ملفًا، والرسائل التي تحتاج إلى عمل. الإنجليزية هي لغة المصدر: تصبح الترجمة قديمة عندما يتغيّر نصها الإنجليزي بعد آخر تأكيد لها.
translate-source-directory = تُقرأ النصوص من { $dir }: يظهر أي تعديل على ملف .ftl بعد إعادة تحميل الصفحة.
translate-source-embedded = النصوص مدمجة في هذا الخادم. عدّل الملفات الموجودة في locales/ وأعد البناء، أو شغّل نسخة تطويرية لرؤية التعديلات بعد إعادة التحميل.
translate-locale = اللغة
translate-file = الملف
translate-progress = محدّثة
translate-state = الحالة
translate-state-current = محدّثة
translate-state-missing = مفقودة
translate-state-stale = قديمة
translate-state-unconfirmed = غير مؤكدة
translate-open-heading = ما يحتاج إلى عمل في { $locale }
translate-file-heading = { $file } في { $locale }
translate-nothing-open = لا يوجد هنا ما يحتاج إلى عمل.
translate-confirm-hint = بعد تحديث ترجمة ما، سجّل أنها تطابق النص الإنجليزي الحالي:
translate-id = الرسالة
translate-english = الإنجليزية
translate-target = الترجمة

## Problems found in a standards edition file (administrators' import; place: field: problem)

edition-place-edition = الإصدار
edition-place-section = القسم { $n }
edition-place-standard = المعيار { $n }
edition-place-item = البند { $key }
edition-place-messages = الرسائل
edition-problem-id = استخدم الحروف والأرقام و'-' فقط
edition-problem-section-count = المتوقع { $expected } أقسام، والموجود { $found }
edition-problem-number = المتوقع { $expected }، والموجود { $found }
edition-problem-no-standards = يحتاج القسم إلى معيار واحد على الأقل
edition-problem-standard-order = المتوقع هنا المعيار { $expected }، والموجود { $found }
edition-problem-no-items = يحتاج المعيار إلى بند واحد على الأقل
edition-problem-letter = المتوقع '{ $expected }' (تتتابع الحروف a، b، c … دون فجوات)، والموجود '{ $found }'
edition-problem-min-max = الحد الأدنى { $min } أكبر من الحد الأقصى { $max }
edition-problem-max-chars = يجب أن يكون بين 1 و{ $max }
edition-problem-few-options = يحتاج إلى خيارين على الأقل
edition-problem-duplicate-option = يتكرر أحد الخيارات
edition-problem-standard-count = المتوقع المعايير من 1 إلى { $expected }، والأخير { $found }
edition-problem-unknown-message = لا توجد رسالة بهذا الاسم في locales/en

## Withdrawal from the programme (facility dashboard)

withdraw-heading = الانسحاب من البرنامج
withdraw-explain = تغادر المنشأة برنامج الاعتماد: تُسحب شهادتها فورًا وتُظهرها صفحة التحقق على أنها مسحوبة. ويُحفظ السبب في سجل الحالات. لا يمكن التراجع عن ذلك هنا.
withdraw-reason = سبب الانسحاب
withdraw-confirm = أدرك أن المنشأة وشهادتها تُسحبان الآن.
withdraw-submit = سحب المنشأة
withdraw-error-reason = يرجى ذكر سبب الانسحاب.

## Re-certification cycle (questionnaire, comparison)

attention-carried = منقولة من الدورة السابقة — أكّدها أو حدّثها
attention-evidence-expired = انتهت صلاحية المستند الداعم المرتبط
evidence-expired = منتهي الصلاحية
evidence-column-expires = صالح حتى
evidence-error-expiry-date = أدخل تاريخ انتهاء الصلاحية بصيغة تاريخ، أو اترك الحقل فارغًا.
evidence-error-expiry-frozen = هذا الملف دليل في طلب مُقدَّم قيد التقييم؛ لا يمكن تغيير تاريخ انتهاء صلاحيته حتى صدور القرار.
evidence-error-executable = لا تُقبل كأدلة الملفات التي يمكنها تشغيل برامج (النصوص البرمجية والملفات التنفيذية وملفات Office التي تحتوي على وحدات ماكرو). احفظ المستند بصيغة PDF وارفعه.
recert-heading = إعادة الاعتماد (الدورة { $cycle })
recert-carried-note = منقولة من الدورة السابقة — أكّدها أو حدّثها.
recert-confirm = تأكيدها كما هي
recert-all-confirmed = تم تأكيد جميع الإجابات المنقولة أو تحديثها.
recert-carried-count =
    { $count ->
        [zero] لا توجد أي إجابة منقولة لا تزال بحاجة إلى تأكيد أو تحديث.
        [one] لا تزال إجابة منقولة واحدة بحاجة إلى تأكيد أو تحديث.
        [two] لا تزال إجابتان منقولتان بحاجة إلى تأكيد أو تحديث.
        [few] لا تزال { $count } إجابات منقولة بحاجة إلى تأكيد أو تحديث.
        [many] لا تزال { $count } إجابة منقولة بحاجة إلى تأكيد أو تحديث.
       *[other] لا تزال { $count } إجابة منقولة بحاجة إلى تأكيد أو تحديث.
    }
recert-compare-link = المقارنة مع الدورة السابقة
excellence-heading = مركز التميّز
excellence-gap =
    { $count ->
        [zero] لا يوجد أي بند موسّع لم تتم الإجابة عنه بأنه مستوفى بعد.
        [one] بند موسّع واحد لم تتم الإجابة عنه بأنه مستوفى بعد.
        [two] بندان موسّعان لم تتم الإجابة عنهما بأنهما مستوفيان بعد.
        [few] { $count } بنود موسّعة لم تتم الإجابة عنها بأنها مستوفاة بعد.
        [many] { $count } بندًا موسّعًا لم تتم الإجابة عنها بأنها مستوفاة بعد.
       *[other] { $count } بند موسّع لم تتم الإجابة عنها بأنها مستوفاة بعد.
    }
excellence-gap-none = تمت الإجابة عن جميع البنود الموسّعة بأنها مستوفاة.
excellence-apply = التقدّم بطلب صفة مركز التميّز في هذه الدورة
excellence-requested = تتقدّم المنشأة بطلب صفة مركز التميّز.
excellence-not-requested = لا تتقدّم المنشأة بطلب صفة مركز التميّز.
excellence-rule = تُمنح صفة مركز التميّز عندما يجد المقيّمون أن جميع البنود الأساسية وجميع البنود الموسّعة مستوفاة؛ وإلا، فمع استيفاء جميع البنود الأساسية، تُعتمد المنشأة مجددًا لمدة أربع سنوات.
excellence-error-first-cycle = لا يمكن التقدّم بطلب صفة مركز التميّز إلا في إطار إعادة الاعتماد.
changes-page-title = التغييرات منذ الدورة السابقة
changes-heading = الدورة { $cycle } مقارنةً بالدورة { $previous }
changes-back = العودة إلى الطلب
changes-summary = البنود المُجاب عنها التي تختلف عن الدورة السابقة: { $changed } من { $total }.
changes-show-unchanged = إظهار البنود غير المتغيّرة أيضًا
changes-column-item = البند
changes-column-cycle = الدورة { $cycle }
changes-column-status = التغيير
changes-unchanged = دون تغيير
changes-changed = تغيّر
changes-added = إجابة جديدة
changes-removed = لم تعد هناك إجابة

## Annual self-check (facility dashboard, administrators)

self-check-heading = الفحص الذاتي السنوي
self-check-due = الفحص الذاتي المستحق في { $due } مفتوح. أكّد أن الخدمة لا تزال تستوفي البنود الأساسية.
self-check-due-representative = الفحص الذاتي المستحق في { $due } مفتوح، ويتولى الممثل المفوّض إكماله.
self-check-attested = اكتمل الفحص الذاتي المستحق في { $due } بتاريخ { $date }.
self-check-changes = التغييرات المُبلَّغ عنها:
self-check-staff = لا يزال الكادر الوظيفي يستوفي البنود الأساسية.
self-check-equipment = لا تزال المعدات والمرافق تستوفي البنود الأساسية.
self-check-volume = لا يزال عدد الإجراءات لا يقل عن 150 إجراءً سنويًا.
self-check-note = ما الذي تغيّر
self-check-submit = إكمال الفحص الذاتي
self-check-error-note = اذكر ما الذي تغيّر في كل نقطة لا يمكنك تأكيدها.
self-check-error-none-open = لا يوجد فحص ذاتي مفتوح لهذه المنشأة.
self-check-column-due = تاريخ الاستحقاق
self-check-status-open = مفتوح
self-check-status-met = تم تأكيد الكل
self-check-status-changes = أُبلغ عن تغييرات
admin-self-checks-link = الفحوص الذاتية
admin-self-checks-title = الفحوص الذاتية السنوية
admin-self-checks-none = لم يحن موعد استحقاق أي فحص ذاتي بعد.

## Workshops

nav-workshops = ورش العمل
admin-workshops-link = ورش العمل
admin-workshops-title = جدولة ورش العمل
workshops-page-title = ورش العمل
workshops-intro = تساعد ورش العمل الفرق على الاستعداد للاعتماد ولإعادة الاعتماد. يحجز أعضاء المنشأة مقاعد لأنفسهم أو لزملائهم.
workshops-feed = الاشتراك في التقويم (iCalendar)
workshops-none = لا توجد ورش عمل مجدولة حاليًا.
workshops-back = جميع ورش العمل
workshops-upcoming = ورش العمل القادمة
workshop-full = اكتمل الحجز — انضم إلى قائمة الانتظار
workshop-seats-left =
    { $count ->
        [zero] لم يتبقَّ أي مقعد
        [one] بقي مقعد واحد
        [two] بقي مقعدان
        [few] بقيت { $count } مقاعد
        [many] بقي { $count } مقعدًا
       *[other] بقي { $count } مقعد
    }
workshop-seats-of = المقاعد المحجوزة: { $taken } من { $capacity }، وفي قائمة الانتظار: { $waiting }
workshop-language = اللغة
workshop-venue = المكان
workshop-online = عبر الإنترنت
workshop-seats = المقاعد
workshop-ics = إضافة إلى التقويم (.ics)
workshop-book = حجز مقعد
workshop-join-waitlist = الانضمام إلى قائمة الانتظار
workshop-for-facility = لصالح المنشأة
workshop-attendee = المشارك
workshop-attendee-hint = بريدك الإلكتروني أو البريد الإلكتروني لأحد زملائك: يجب أن يكون عضوًا في المنشأة.
workshop-sign-in = سجّل الدخول لحجز مقعد
workshop-attendees = المشاركون
workshop-your-bookings = حجوزات منشأتك
workshop-facility = المنشأة
workshop-booked-by = صاحب الحجز
workshop-status = الحالة
workshop-waitlist-position = (رقم { $position } في قائمة الانتظار)
workshop-cancel = إلغاء
workshop-booking-confirmed = تم حجز المقعد
workshop-booking-waitlisted = في قائمة الانتظار
workshop-booking-cancelled = ملغى
workshop-field-title = العنوان
workshop-field-description = الوصف
workshop-field-starts = البداية (بالتوقيت المحلي)
workshop-field-ends = النهاية (بالتوقيت المحلي)
workshop-field-time-zone = المنطقة الزمنية (مثل Europe/Vienna)
workshop-field-capacity = المقاعد
workshop-schedule = جدولة ورشة العمل
workshop-scheduled = تمت جدولة ورشة العمل.
workshop-open = فتح ورشة العمل
workshop-error-where = حدّد مكانًا أو رابطًا للمشاركة عبر الإنترنت أو كليهما.
workshop-error-url = أدخل رابط المشاركة عبر الإنترنت عنوانًا كاملًا يبدأ بـ https://.
workshop-error-time = أدخل تاريخًا ووقتًا موجودين فعلًا في هذه المنطقة الزمنية.
workshop-error-ends-before-start = يجب أن تكون النهاية بعد البداية.
workshop-error-capacity = أدخل عدد مقاعد من 1 إلى 1000.
workshop-error-time-zone = أدخل المنطقة الزمنية باسمها، مثل Europe/Vienna أو America/New_York.
workshop-error-not-member = يجب أن يكون لدى المشارك حساب وأن يكون عضوًا نشطًا في المنشأة.
workshop-error-started = بدأت ورشة العمل بالفعل.
workshop-error-already-booked = لدى هذا الشخص حجز بالفعل في ورشة العمل هذه.

## Mail: re-certification, workshops, self-check

mail-recertification-opened-subject = فُتح باب إعادة اعتماد { $facility }
mail-recertification-opened-body =
    مرحبًا { $name }،

    شكرًا لك على سداد فاتورة إعادة الاعتماد. أصبح طلب إعادة الاعتماد الخاص بمنشأة { $facility } مفتوحًا ومعبّأً مسبقًا بإجابات الدورة الأخيرة: أكّد كل إجابة أو حدّثها قبل التقديم.

    { $link }
mail-workshop-booked-subject = تم حجز مقعد: { $title }
mail-workshop-booked-body =
    مرحبًا { $name }،

    لديك مقعد في ورشة العمل «{ $title }» المنعقدة في { $when }.

    { $link }
mail-workshop-waitlisted-subject = في قائمة الانتظار: { $title }
mail-workshop-waitlisted-body =
    مرحبًا { $name }،

    اكتمل الحجز في ورشة العمل «{ $title }» المنعقدة في { $when }. أنت الآن في قائمة الانتظار، وسنراسلك عندما يتوفر مقعد.

    { $link }
mail-workshop-promoted-subject = أصبح لك مقعد: { $title }
mail-workshop-promoted-body =
    مرحبًا { $name }،

    توفّر مقعد وأصبح الآن لك: ورشة العمل «{ $title }» المنعقدة في { $when }.

    { $link }
mail-workshop-reminder-subject = غدًا: { $title }
mail-workshop-reminder-body =
    مرحبًا { $name }،

    للتذكير: تُعقد ورشة العمل «{ $title }» في { $when }.

    { $link }
mail-self-check-due-subject = الفحص الذاتي السنوي لمنشأة { $facility }
mail-self-check-due-body =
    مرحبًا { $name }،

    حلّ موعد الفحص الذاتي السنوي لمنشأة { $facility } في { $due }. يؤكد الممثل المفوّض في صفحة المنشأة أن الكادر الوظيفي والمعدات وعدد الإجراءات لا تزال تستوفي البنود الأساسية، أو يذكر ما الذي تغيّر.

    { $link }
decision-letter-excellence = اعتُمدت المنشأة بصفتها مركز التميّز من IASIOS.
application-status-not-accredited = غير معتمَد
decision-not-accredited = غير معتمَد
decision-letter-not-accredited = خلص التقييم إلى أن الخدمة لا تستوفي بعدُ معايير البرنامج للاعتماد. تبقى المنشأة مركزًا مسجَّلًا.
decision-reasons = الأسباب لكل بند
decision-reasons-hint = بند واحد في كل سطر: البند ثم نقطتان ثم السبب، مثل «3b: يجتمع مجلس الأورام شهريًا». مطلوب عند «غير معتمَد»؛ ومع «تعديلات مطلوبة» يُعاد فتح البنود المذكورة هنا أيضًا.
decision-reasons-heading = الأسباب لكل بند
decision-reapply-from = يمكن فتح طلب جديد اعتبارًا من { $date }.
decision-start-new = بدء طلب جديد
decision-error-reasons = تعذّرت قراءة الأسباب: اكتب بندًا واحدًا في كل سطر على هيئة البند ثم نقطتين ثم السبب (مثل «3b: …»)، وكل بند من هذا الإصدار مرة واحدة فقط.
decision-error-no-reasons = قرار «غير معتمَد» يذكر أسبابه: اذكر بندًا واحدًا على الأقل وسببه.
decision-error-not-accredited-recertification = لا يمكن أن يكون قرار إعادة الاعتماد «غير معتمَد»: تبقى شهادتها سارية حتى نهاية مدتها. اطلب تعديلات بدلًا من ذلك.
application-error-waiting-period = يمكن فتح طلب جديد بعد انتهاء فترة الانتظار التي تلي القرار؛ يذكر خطاب القرار التاريخ.
workshop-online-link-hidden = يظهر الرابط هنا لمن لديهم مقعد محجوز.
