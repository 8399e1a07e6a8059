## Shell
app-name = Accredit-IO
app-tagline = Girişimsel onkoloji için akreditasyon
nav-skip-to-content = Ana içeriğe geç
nav-primary-label = Ana gezinme
nav-home = Ana sayfa
nav-register = Kurum kaydı
nav-my-facilities = Kurumlarım
nav-admin = Yönetim
language-switcher-label = Dil
language-switcher-apply = Dili değiştir
footer-about = Accredit-IO, girişimsel onkoloji hizmetlerinin akreditasyon programını kayıttan Mükemmeliyet Merkezine kadar yürütür.
footer-demo-notice = Tanıtım kurulumu: burada gösterilen standartlar ve veriler örnektir, lisanslı sürüm değildir.

## Home page
home-page-title = Ana sayfa
home-title = Kayıttan Mükemmeliyet Merkezine
home-intro = Accredit-IO, girişimsel onkoloji hizmetlerine üç aşamalı bir kalite yolunda rehberlik eder. Ekibiniz ve değerlendiriciler aynı uygulamada, çevrimiçi ya da çevrimdışı, dokuz dilde çalışır.
home-pathway-heading = Akreditasyon yolu
home-stage-step = { $number }. aşama
home-stage-enrolled-title = Kayıtlı Merkez
home-stage-enrolled-body = Kurumunuzu kaydedin, yılda en az 150 terapötik girişimsel onkoloji işlemi yaptığınızı onaylayın ve kayıt faturasını ödeyin. Ardından ekibiniz başvuruya başlayabilir.
home-stage-accredited-title = Akredite Merkez
home-stage-accredited-body = 13 Kalite Güvence Standardına ilişkin anketi yanıtlayın, kanıt belgelerini yükleyin ve rastgele seçilen 30 vakayı gözden geçirin. Değerlendiriciler tüm temel maddeleri karşılanmış bulduğunda hizmetiniz dört yıl için akredite olur.
home-stage-excellence-title = Mükemmeliyet Merkezi
home-stage-excellence-body = Akreditasyonunuzun bitiminden altı ay önce yeniden belgelendirme başlar. Tüm temel ve tüm genişletilmiş maddeleri karşılayan bir hizmet Mükemmeliyet Merkezi olur.
home-how-heading = Başvuru nasıl işler
home-how-any-order = Soruları istediğiniz sırayla yanıtlayın; her yanıt siz yazarken kaydedilir.
home-how-offline = Ağ kesildiğinde çalışmaya devam edin: yanıtlar cihazınızda bekler ve yeniden bağlandığınızda gönderilir.
home-how-summary = Bir özet, Yetkili Temsilciniz başvuruyu göndermeden önce nelerin hâlâ ilgi beklediğini gösterir.
home-how-assessors = Değerlendiriciler aynı başvuruyu inceler, tek tek maddeler hakkında soru sorar ve kararlarını kaydeder.

## Not found
not-found-title = Sayfa bulunamadı
not-found-back = Ana sayfaya dön

## Errors
error-unauthorized = Devam etmek için lütfen oturum açın.
error-forbidden = Bu işlem için yetkiniz yok.
error-not-found = İstediğiniz sayfa veya kayıt mevcut değil.
error-validation = Bazı alanların düzeltilmesi gerekiyor.
error-conflict = Bu arada başka biri bunu değiştirdi. İki sürümü karşılaştırın ve hangisinin kalacağını seçin.
error-internal = Bizim tarafımızda bir hata oluştu. Lütfen yeniden deneyin; sorun sürerse { $reference } referansını bildirin.
error-internal-no-ref = Bizim tarafımızda bir hata oluştu. Lütfen yeniden deneyin.
error-network = Sunucuya ulaşılamadı. Bağlantınızı kontrol edip yeniden deneyin.
error-field-required = Bu alan zorunludur.
error-field-malformed = İstek okunamadı. Sayfayı yenileyip yeniden deneyin.

## Account field errors (app/src/accounts.rs)
error-email-invalid = Geçerli bir e-posta adresi girin, örneğin ad@hastane.org.
error-email-taken = Bu e-posta adresiyle kayıtlı bir hesap zaten var. Oturum açın ya da parolanızı sıfırlayın.
error-password-too-short = Parolanız en az { $min } karakter olmalıdır.
error-password-too-long = Parolanız en fazla { $max } karakter olabilir.
error-name-too-long = Bu ad çok uzun.
error-field-control-characters = Bu alandan satır sonlarını ve görünmez denetim karakterlerini kaldırın.

## Sign-in
error-too-many-attempts = Çok fazla deneme yapıldı. 15 dakika bekleyip yeniden deneyin.
nav-sign-in = Oturum aç
nav-sign-out = Oturumu kapat
nav-signed-in-as = { $name } olarak oturum açıldı
nav-sign-out-unsent = { $count ->
    [one] Bir değişiklik (bir yanıt, bir vaka formu veya bir cevap) henüz sunucuya ulaşmadı. Yalnızca bu cihazda saklanıyor ve oturumu kapattığınızda silinecek.
   *[other] { $count } değişiklik (yanıtlar, vaka formları veya cevaplar) henüz sunucuya ulaşmadı. Yalnızca bu cihazda saklanıyor ve oturumu kapattığınızda silinecek.
}
nav-sign-out-anyway = Oturumu kapat ve sil
nav-stay-signed-in = Oturumda kal
sign-in-page-title = Oturum aç
sign-in-heading = Accredit-IO'da oturum açın
sign-in-email = E-posta adresi
sign-in-password = Parola
sign-in-submit = Oturum aç
sign-in-error-credentials = E-posta adresi veya parola hatalı.
sign-in-welcome = Hoş geldiniz, { $name }.
sign-in-error-unconfirmed = Lütfen önce e-posta adresinizi doğrulayın: size gönderdiğimiz e-postadaki bağlantıyı izleyin.
sign-in-error-disabled = Bu hesap program ofisi tarafından devre dışı bırakıldı. Lütfen ofisle iletişime geçin.
sign-in-forgot-password = Parolanızı mı unuttunuz?
sign-in-create-account = Bir kuruma katılmak için hesap oluşturun

## Field errors of the registration and other forms
error-text-too-long = Bu metin çok uzun.
error-number-invalid = 240 gibi bir tam sayı girin.
error-number-too-large = Bu sayı çok büyük. Lütfen kontrol edin.
error-date-invalid = Geçerli bir tarih girin.
error-link-invalid = Bu bağlantı geçerli değil: daha önce kullanılmış, süresi dolmuş ya da eksik kopyalanmış. Lütfen yeni bir bağlantı isteyin.

## Facility registration
register-page-title = Kurum kaydı
register-heading = Kurumunuzu kaydedin
register-intro = Kayıt, akreditasyona giden ilk adımdır. Kurumun ana hesap sahibi siz olursunuz; meslektaşlarınız daha sonra size göndereceğimiz kurum koduyla katılır.
register-done-heading = E-postanızı kontrol edin
register-done-body = Size, kurumunuzu etkinleştirmek için bir bağlantı ve kurum kodunuzu içeren bir e-posta gönderdik. Bu bağlantıyı izleyene kadar başka bir işlem yapılmaz.
register-section-facility = Kurum
register-facility-name = Kurumun veya hizmetin adı
register-institution = Hastane veya kuruluş
register-department = Bölüm
register-address = Adres
register-country = Ülke
register-section-eligibility = Uygunluk
register-procedures = Yıllık terapötik girişimsel onkoloji işlemi sayısı
register-procedures-hint = Yılda en az { $minimum } işlem gereklidir.
register-approver-name = Onay veren bölüm başkanının veya başhekimin adı
register-approver-email = Onay verenin e-posta adresi
register-approval-date = Onay tarihi
register-approval-confirmed = Bu kaydın bölüm başkanı veya başhekim tarafından onaylandığını teyit ederim.
register-section-account = Hesabınız
register-account-hint = Ana hesap sahibi siz olacaksınız: katılan meslektaşlarınızı onaylar ve kurum rollerine kişileri atarsınız.
register-your-name = Adınız
register-your-email = E-posta adresiniz
register-password = Parola
register-password-hint = En az { $min } karakter.
register-section-roles = Kurum rolleri
register-roles-hint = Bir rolü kendiniz üstlenmek için ilgili alanı boş bırakın (yedek kişi isteğe bağlıdır). E-posta adresiyle belirttiğiniz kişiler, kurum etkinleştirildiğinde kurum kodunu içeren bir davet alır.
register-ar-email = Yetkili Temsilci (e-posta)
register-contact-email = İrtibat kişisi (e-posta)
register-substitute-email = Yedek irtibat kişisi (e-posta)
register-submit = Kurumu kaydet
register-error-procedures-below-minimum = Akreditasyon için yılda en az { $minimum } terapötik girişimsel onkoloji işlemi gereklidir.
register-error-approval-in-future = Onay tarihi ileri bir tarih olamaz.
register-error-approval-too-old = Onay son iki yıl içinde verilmiş olmalıdır.
register-error-approval-not-confirmed = Lütfen kaydın onaylandığını teyit edin.
register-error-facility-exists = Bu kurum zaten kayıtlı. Kurumun ana hesap sahibinden kurum kodunu isteyin ve bu kodla kuruma katılın.

## Activation and email confirmation
activate-page-title = Kurumu etkinleştir
activate-heading = Kurumunuzu etkinleştirin
activate-intro = Etkinleştirme, e-posta adresinizi doğrular ve kurumunuzun kayıt sürecini başlatır.
activate-submit = Şimdi etkinleştir
activate-done = { $facility } etkinleştirildi. Kayıt faturası artık ödemeye açık.
activate-sign-in = Oturum aç
confirm-email-page-title = E-posta adresini doğrula
confirm-email-heading = E-posta adresinizi doğrulayın
confirm-email-submit = E-posta adresini doğrula
confirm-email-done = E-posta adresiniz doğrulandı. Artık oturum açabilirsiniz.

## Accounts
sign-up-page-title = Hesap oluştur
sign-up-heading = Hesap oluşturun
sign-up-intro = Zaten kayıtlı olan bir kuruma katılmak için hesap oluşturun. Bunun için kurum koduna ihtiyacınız olacak.
sign-up-submit = Hesap oluştur
sign-up-done = Adresinizi doğrulamanız için size bağlantı içeren bir e-posta gönderdik.
sign-up-register-instead = Yeni bir kurum mu kaydediyorsunuz? Bunun yerine kurum kaydını kullanın.
forgot-password-page-title = Parolamı unuttum
forgot-password-heading = Parolanızı sıfırlayın
forgot-password-intro = Hesabınızın e-posta adresini girin; yeni bir parola belirlemeniz için size bir bağlantı gönderelim.
forgot-password-submit = Bağlantı gönder
forgot-password-done = Bu adresi kullanan bir hesap varsa, bu adrese bir bağlantı gönderdik. Bağlantı bir saat geçerlidir.
resend-link-page-title = Yeni bağlantı iste
resend-link-heading = Yeni bağlantı iste
resend-link-intro = Etkinleştirme veya onay bağlantınızın süresi mi doldu ya da kayboldu mu? Kayıt olduğunuz e-posta adresini girin. Bu adrese ait bir kayıt veya hesap hâlâ etkinleştirme ya da onay bekliyorsa yeni bir bağlantı göndeririz; önceki bağlantılar artık çalışmaz.
resend-link-submit = Yeni bağlantı gönder
resend-link-done = Bu adrese ait bir kayıt veya hesap etkinleştirme ya da onay bekliyorsa yeni bir bağlantı yolda. Gelen kutunuzu ve istenmeyen klasörünü kontrol edin.
resend-link-ask = Bağlantının süresi mi doldu, kayboldu mu? Yeni bağlantı iste
registration-error-not-pending = Bu kurum zaten etkinleştirildi: bekleyen bir kayıt yok.
registration-error-reason-required = Bir gerekçe yazın: denetim kaydında saklanır.
admin-registration-resent = Kaydı yapan kişiye yeni bir etkinleştirme bağlantısı gönderildi.
admin-registration-actions = { $facility } için bekleyen kayıt: işlemler
admin-registration-resend = Etkinleştirme bağlantısını yeniden gönder
admin-registration-activate-reason = Program ofisinin kaydı yapan kişi adına neden etkinleştirdiği (denetim kaydında saklanır)
admin-registration-activate-confirm = { $facility } kaydını kimin yaptığını başka bir yolla doğruladım; program ofisi onun adına etkinleştiriyor
admin-registration-activate = Kaydı yapan kişi adına etkinleştir
admin-registration-delete-reason = Kaydın neden silindiği (denetim kaydında saklanır)
admin-registration-delete-confirm = { $facility } kaydını sil ve adını ve e-posta adresini serbest bırak
admin-registration-delete = Kaydı sil
reset-password-page-title = Yeni parola belirleyin
reset-password-heading = Yeni parola belirleyin
reset-password-submit = Yeni parolayı kaydet
reset-password-done = Parolanız değiştirildi ve tüm cihazlardaki oturumlarınız kapatıldı.
account-page-title = Hesabınız
account-heading = Hesabınız
account-change-password = Parolayı değiştir
account-current-password = Mevcut parola
account-new-password = Yeni parola
account-change-password-submit = Parolayı değiştir
account-password-changed = Parolanız değiştirildi. Diğer cihazlardaki oturumlar kapatıldı.
account-error-current-password = Mevcut parola hatalı.

## Facilities and joining
facilities-page-title = Kurumlarım
facilities-heading = Kurumlarım
facilities-none = Henüz bir kuruma üye değilsiniz.
facilities-register-link = Bir kurum kaydedin
join-page-title = Kuruma katıl
join-heading = Bir kuruma katılın
join-intro = Kurumunuzun ana hesap sahibinden aldığınız kurum kodunu girin.
join-code = Kurum kodu
join-code-hint = On harf ve rakamdan oluşur, örneğin ABCDE-23456.
join-submit = Katılma isteği gönder
join-done-active = Artık kurumun üyesisiniz.
join-done-pending = İsteğiniz gönderildi. Ana hesap sahibi isteğinizi onaylayacaktır.
join-need-account = Bir kuruma katılmak için önce oturum açın veya hesap oluşturun.
join-error-code-unknown = Bu koda sahip etkin bir kurum yok. Kodu kontrol edip yeniden deneyin.
join-error-already-member = Bu kurumun zaten üyesisiniz.

## A facility's page
facility-page-title = Kurum
facility-status = Durum
facility-code = Kurum kodu
facility-code-hint = Meslektaşlarınız kurumunuza bu kodla katılır.
facility-read-only-notice = Bu kuruluşu program ofisi olarak görüntülüyorsunuz: yalnızca okuma. İçeriğini yalnızca kuruluşun üyeleri değiştirir.
facility-roles-heading = Kurum rolleri
facility-role-invited = davet edildi
facility-role-vacant = atanmadı
facility-role-assign = Ata
facility-pending-heading = Katılma istekleri
facility-approve = Onayla
facility-decline = Reddet
facility-members-heading = Üyeler
facility-member-name = Ad
facility-member-email = E-posta adresi
facility-member-roles = Roller
facility-member-actions = İşlemler
facility-remove = Çıkar
facility-remove-member = Üyeyi çıkar: { $name }
facility-history-heading = Durum geçmişi
facility-main-holder = Ana hesap sahibi
facility-error-status-change = Kurumun mevcut durumundan bu durum değişikliği yapılamaz.
facility-status-registered = Kaydedildi – etkinleştirme bekleniyor
facility-status-pending-payment = Etkinleştirildi – kayıt ödemesi bekleniyor
facility-status-enrolled = Kayıtlı Merkez
facility-status-accredited = Akredite Merkez
facility-status-centre-of-excellence = Mükemmeliyet Merkezi
facility-status-expired = Süresi doldu
facility-status-withdrawn = Geri çekildi
facility-role-authorised-representative = Yetkili Temsilci
facility-role-contact = İrtibat kişisi
facility-role-substitute = Yedek irtibat kişisi
membership-status-pending = Onay bekliyor
membership-status-active = Üye
membership-status-declined = Reddedildi
membership-status-removed = Çıkarıldı
members-error-not-pending = Bu istek hakkında zaten karar verildi.
members-error-cannot-remove-main-holder = Ana hesap sahibi çıkarılamaz.
members-error-not-member = Bu kişi kurumun etkin bir üyesi değil.
members-error-name-another-ar = Bu üyeyi çıkarmadan önce başka bir Yetkili Temsilci atayın.

## Administration
admin-page-title = Yönetim
admin-heading = Yönetim
admin-outbox-link = Giden e-postalar
admin-facilities-heading = Kayıtlar ve kurumlar
admin-facility = Kurum
admin-registered-at = Kayıt tarihi
admin-users-heading = Hesaplar ve genel roller
admin-unconfirmed = e-posta doğrulanmadı
admin-change-access = { $name } için rolleri ve erişimi değiştir
admin-no-roles = yok
admin-column-access = Roller ve erişim
admin-column-roles = Roller
admin-disabled = devre dışı
admin-grant-role = { $role } rolünü ver: { $name }
admin-revoke-role = { $role } rolünü geri al: { $name }
admin-confirm-enable = Onaylıyorum: { $name } yeniden oturum açabilir.
admin-confirm-disable = Onaylıyorum: { $name } her yerde hemen oturumdan çıkarılır ve hesap yeniden etkinleştirilene kadar oturum açamaz.
admin-enable-account = { $name } hesabını yeniden etkinleştir
admin-disable-account = { $name } hesabını devre dışı bırak
admin-confirm-revoke = Onaylıyorum: { $name } { $role } rolünü kaybeder. Değişiklik denetim günlüğüne kaydedilir.
admin-confirm-grant = Onaylıyorum: { $name } { $role } rolünü alır. Değişiklik denetim günlüğüne kaydedilir.
admin-error-own-admin-role = Kendi yönetici rolünüzü kaldıramazsınız.
admin-error-disable-self = Kendi hesabınızı devre dışı bırakamazsınız.
role-administrator = Yönetici
role-assessor = Değerlendirici
role-translator = Çevirmen
outbox-page-title = Giden e-postalar
outbox-heading = Giden e-postalar
outbox-intro = Uygulamanın oluşturduğu tüm e-postalar, en yenisi en üstte. Bir e-posta sunucusu yapılandırılmamışsa e-postalar yalnızca buraya teslim edilir.
outbox-demonstration = Tanıtım e-postası — teslim edilmedi. Yapılandırılmış bir posta sunucusu yok (SMTP_URL); bu iletiler bağlantılarıyla birlikte yalnızca burada gösterilir.
audit-page-title = Denetim günlüğü
audit-intro = Programdaki her değişiklik, kimin ve ne zaman yaptığı. Her kayıt bir öncekine zincirlenir; böylece günlüğün kendisinde yapılan her değişiklik görünür.
audit-filter-facility = Kuruluş
audit-filter-any = tümü
audit-filter-user = Kişi (e-posta adresi)
audit-filter-action = Eylem şununla başlar
audit-filter-from = Başlangıç (UTC)
audit-filter-to = Bitiş (UTC)
audit-filter-apply = Kayıtları göster
audit-filter-reset = Filtreyi temizle
audit-export-csv = CSV olarak indir
audit-none = Bu filtreye uyan kayıt yok.
audit-column-time = Zaman (UTC)
audit-column-actor = Yapan
audit-column-action = Eylem
audit-column-target = İlgili
audit-column-change = Değişiklik
audit-pages = Denetim günlüğünün sayfaları
audit-newer = Daha yeni kayıtlar
audit-older = Daha eski kayıtlar
audit-page-number = Sayfa { $page }
outbox-empty = Henüz e-posta yok.
outbox-sent = gönderildi: { $at }
outbox-failed = { $attempts } denemeden sonra teslim edilemedi: { $error }
outbox-not-sent = gönderilmedi

## Mail (plain text; the HTML part is made from it)
mail-footer = Accredit-IO — girişimsel onkoloji için akreditasyon. Bu ileti otomatik olarak gönderilmiştir.
mail-activation-subject = Accredit-IO'da kurumunuzu etkinleştirin: { $facility }
mail-activation-body =
    Sayın { $name },

    { $facility } kurumunu kaydettiğiniz için teşekkür ederiz. Lütfen { $hours } saat içinde bu bağlantıyı açıp "Şimdi etkinleştir" düğmesine basarak kurumu etkinleştirin:

    { $link }

    Kurum kodunuz: { $code }. Meslektaşlarınız kurumunuza bu kodla katılır; her isteği siz onaylarsınız.

    Bu kaydı siz yapmadıysanız bu e-postayı dikkate almayın.
mail-confirm-email-subject = Accredit-IO için e-posta adresinizi doğrulayın
mail-confirm-email-body =
    Sayın { $name },

    Lütfen { $hours } saat içinde bu bağlantıyı açarak e-posta adresinizi doğrulayın:

    { $link }

    Hesap oluşturmadıysanız bu e-postayı dikkate almayın.
mail-password-reset-subject = Accredit-IO parolanızı sıfırlayın
mail-password-reset-body =
    Sayın { $name },

    Hesabınızın parolasının sıfırlanması istendi. Yeni bir parola belirlemek için { $minutes } dakika içinde bu bağlantıyı açın:

    { $link }

    Bu isteği siz yapmadıysanız bu e-postayı dikkate almayın; parolanız değişmeyecektir.
mail-sign-up-existing-subject = Birisi adresinizle bir Accredit-IO hesabı oluşturmaya çalıştı
mail-sign-up-existing-body =
    Sayın { $name },

    birisi zaten bir hesabı olan bu e-posta adresiyle hesap oluşturmak istedi. Yeni hesap oluşturulmadı.

    Siz idiyseniz buradan oturum açın: { $sign_in }
    Parolanızı unuttuysanız buradan yenisini seçin: { $reset }

    Siz değilseniz bu e-postayı dikkate almayın.
mail-activated-by-office-subject = { $facility } program ofisi tarafından etkinleştirildi
mail-activated-by-office-body =
    Sayın { $name },

    program ofisi { $facility } kurumunu sizin adınıza etkinleştirdi. E-posta adresiniz onaylanmış sayılır ve oturum açabilirsiniz:

    { $sign_in }

    Parolanızı hatırlamıyorsanız buradan yeni bir parola seçin: { $reset }

    Kayıt faturası kurumun sayfasında sizi bekliyor.
mail-role-invitation-subject = { $facility } kurumunda { $role } olarak atandınız
mail-role-invitation-body =
    Merhaba,

    { $inviter } sizi Accredit-IO'da { $facility } kurumunda { $role } olarak atadı.

    Rolü üstlenmek için oturum açın (ya da bu e-posta adresiyle bir hesap oluşturun) ve { $code } koduyla kuruma katılın:

    { $link }
mail-join-requested-subject = { $member }, { $facility } kurumuna katılmak istiyor
mail-join-requested-body =
    Sayın { $name },

    { $member } ({ $member_email }), kurum koduyla { $facility } kurumuna katılma isteğinde bulundu. İsteği kurumun sayfasında onaylayın veya reddedin:

    { $link }
mail-join-pending-subject = { $facility } kurumuna katılma isteğiniz
mail-join-pending-body =
    Sayın { $name },

    { $facility } kurumuna katılma isteğiniz kurumun ana hesap sahibine iletildi. Karar verildiğinde size e-posta ile bilgi vereceğiz.
mail-join-approved-subject = Artık { $facility } kurumunun üyesisiniz
mail-join-approved-body =
    Sayın { $name },

    Artık Accredit-IO'da { $facility } kurumunun üyesisiniz:

    { $link }
mail-join-declined-subject = { $facility } kurumuna katılma isteğiniz
mail-join-declined-body =
    Sayın { $name },

    { $facility } kurumuna katılma isteğiniz reddedildi. Bunun bir hata olduğunu düşünüyorsanız lütfen doğrudan kurumla iletişime geçin.
mail-role-assigned-subject = Artık { $facility } kurumunda { $role } rolündesiniz
mail-role-assigned-body =
    Sayın { $name },

    Accredit-IO'da { $facility } kurumunda { $role } olarak atandınız.

## Invoices and payments
invoices-heading = Faturalar
invoices-none = Henüz fatura yok.
invoice-page-title = Fatura
invoice-number = Numara
invoice-kind = Tür
invoice-issued-on = Düzenlenme tarihi
invoice-due-on = Son ödeme tarihi
invoice-total = Toplam
invoice-status = Durum
invoice-open = Kalan borç
invoice-view = Görüntüle
invoice-back = Kuruma dön
invoice-print = Yazdır
invoice-pdf = PDF indir
invoice-heading = Fatura { $number }
invoice-credit-note-heading = Alacak dekontu { $number }
invoice-vat-id = KDV numarası: { $id }
invoice-recipient = Fatura alıcısı
invoice-payment-reference = Ödeme referansı
invoice-credits = Bu alacak dekontu, { $number } numaralı faturayı iptal eder.
invoice-void-reason = Bu fatura iptal edildi: { $reason }
invoice-description = Açıklama
invoice-amount = Tutar
invoice-net = Net tutar
invoice-vat = KDV { $rate }
invoice-how-to-pay = Ödeme nasıl yapılır
invoice-pay-by = Lütfen toplam tutarı { $due } tarihine kadar, { $reference } ödeme referansını belirterek havale edin.
invoice-payments = Alınan ödemeler
invoice-open-amount = Kalan borç: { $amount }
invoice-line-enrolment-fee = Kayıt ücreti
invoice-line-annual-fee = Yıllık ücret, kayıt yılı { $year } ({ $until } tarihine kadar)
invoice-line-recertification-fee = Yeniden belgelendirme ücreti (mevcut akreditasyon { $until } tarihine kadar geçerli)
invoice-kind-enrolment = Kayıt
invoice-kind-annual = Yıllık ücret
invoice-kind-recertification = Yeniden belgelendirme
invoice-kind-credit-note = Alacak dekontu
invoice-status-open = Açık
invoice-status-paid = Ödendi
invoice-status-overdue = Vadesi geçmiş
invoice-status-void = İptal edildi
invoice-status-credit = Alacak dekontu
invoice-error-not-voidable = Bu fatura iptal edilemez: zaten iptal edilmiş ya da bir alacak dekontu.
invoice-error-has-payments = Bu faturaya ait ödemeler bulunduğundan fatura iptal edilemez.
payment-amount = Tahsil edilen tutar
payment-date = Tahsilat tarihi
payment-reference = Banka referansı
payment-error-amount = Tutar sıfırdan büyük olmalıdır.
payment-error-amount-format = 1500 veya 1500,00 gibi bir tutar girin.
payment-error-overpayment = Bu tutar, faturada kalan borçtan fazladır.
payment-error-not-payable = İptal edilmiş bir faturaya veya alacak dekontuna ödeme kaydedilemez.
payment-error-future-date = Ödeme tarihi ileri bir tarih olamaz.
seal-enrolled = Kayıtlı Merkez
seal-accredited = Akredite Merkez
seal-excellence = Mükemmeliyet Merkezi
facility-pathway-label = Akreditasyon yolundaki konum
admin-invoices-link = Faturalar
admin-invoices-page-title = Faturalar
admin-invoices-heading = Faturalar
admin-filter-all = Tümü
admin-filter-year = Yıl
admin-filter-apply = Filtrele
admin-invoices-total =
    { $count ->
        [one] bir fatura, { $total }
       *[other] { $count } fatura, { $total }
    }
admin-record-payment-for = { $number } numaralı fatura için ödeme veya iptal
admin-record-payment = Ödemeyi kaydet
admin-payment-recorded = Ödeme kaydedildi.
admin-payment-recorded-enrolled = Ödeme kaydedildi. Fatura ödendi ve kurum artık Kayıtlı Merkez statüsünde.
admin-void-reason = İptal gerekçesi
admin-void-invoice = { $number } numaralı faturayı iptal et ve alacak dekontu düzenle
admin-invoice-voided = Fatura iptal edildi; { $number } numaralı alacak dekontu düzenlendi.
mail-invoice-issued-subject = { $facility } kurumu için { $number } numaralı fatura
mail-invoice-issued-body =
    Sayın { $name },

    { $facility } kurumu için { $number } numaralı fatura düzenlendi: { $amount }, son ödeme tarihi { $due }. Lütfen havalenizde { $reference } ödeme referansını belirtin.

    Faturayı buradan görüntüleyebilir ve yazdırabilirsiniz:

    { $link }
mail-invoice-reminder-subject = Hatırlatma: { $number } numaralı faturanın ödemesi bekleniyor
mail-invoice-reminder-body =
    Sayın { $name },

    Kayıtlarımıza göre { $facility } kurumu için düzenlenen { $number } numaralı faturada { $amount } tutarında ödenmemiş borç bulunmaktadır; son ödeme tarihi { $due }. Lütfen bu tutarı { $reference } ödeme referansını belirterek havale edin. Bu arada ödemeyi yaptıysanız bu hatırlatmayı dikkate almayın.

    { $link }
mail-facility-enrolled-subject = { $facility } kurumu artık Kayıtlı Merkez
mail-facility-enrolled-body =
    Sayın { $name },

    Ödemeniz için teşekkür ederiz. { $facility } kurumu artık Kayıtlı Merkez statüsündedir ve ekibiniz akreditasyon başvurusuna başlayabilir.

    { $link }
invoice-pdf-unavailable = PDF bu sunucuda oluşturulamıyor (bu dil için yüklü bir yazı tipi yok). Bunun yerine fatura sayfasındaki "Yazdır" seçeneğini kullanın.

## Standards editions and answers
admin-editions-link = Standart sürümleri
editions-page-title = Standart sürümleri
editions-heading = Standart sürümleri
editions-title = Sürüm
editions-id = Tanımlayıcı
editions-published = Yayımlanma tarihi
editions-items = Maddeler
editions-item-count = { $items } madde, { $core } temel
editions-demonstration = tanıtım
editions-import-heading = Sürüm içe aktar
editions-import-intro = Bir sürüm dosyası yapıştırın (docs/standards-edition.md dosyasında açıklandığı gibi TOML biçiminde). Dosya, herhangi bir şey kaydedilmeden önce eksiksiz olarak denetlenir; içe aktarılmış bir sürüm hiçbir zaman değişmez.
editions-file = Sürüm dosyası
editions-import = Denetle ve içe aktar
editions-imported = { $id } sürümü { $items } madde ile içe aktarıldı.
editions-unchanged = { $id } sürümü tam olarak bu içerikle zaten içe aktarılmıştı. Hiçbir şey değişmedi.
editions-conflict = { $id } tanımlayıcısına sahip, farklı içerikli bir sürüm zaten var. Sürümler hiçbir zaman değişmez: yeni sürüme kendi tanımlayıcısını verin.
editions-syntax = Dosya bir sürüm dosyası olarak okunamadı:
editions-problems =
    { $count ->
        [one] Dosyada bir sorun var; hiçbir şey içe aktarılmadı:
       *[other] Dosyada { $count } sorun var; hiçbir şey içe aktarılmadı:
    }
answer-error-explanation-required = Lütfen bir açıklama ekleyin.
answer-error-out-of-range = Bu sayı izin verilen aralığın dışında.
answer-error-date-in-future = Tarih gelecekte olamaz.
answer-error-unknown-option = Sunulan seçeneklerden birini seçin.
answer-error-wrong-type = Bu yanıt soruya uymuyor. Sayfayı yeniden yükleyip tekrar yanıtlayın.
attention-unanswered = Henüz yanıtlanmadı
attention-core-not-met = Başvuru gönderilmeden önce temel maddenin karşılanması gerekir
attention-invalid = Yanıtın düzeltilmesi gerekiyor
attention-evidence-missing = Gerekli kanıt belgeleri henüz yüklenmedi
application-error-not-enrolled = Başvuru, kurum Kayıtlı Merkez olduğunda (kayıt faturası ödendiğinde) açılabilir.
application-error-no-edition = Henüz hiçbir standart sürümü içe aktarılmadı. Lütfen bir yöneticiye başvurun.
application-error-not-draft = Bu başvuru gönderildi ve artık değiştirilemez.
answer-error-unknown-item = Bu soru, başvurunun standart sürümünde yer almıyor.

## The questionnaire
application-heading = Akreditasyon başvurusu
application-open = Başvuruya git
application-page-title = Başvuru
application-index-label = Başvurunun standartları
application-demonstration-notice = Bu, standartların tanıtım sürümüdür: kendi ifadelerimizle yazılmış örnek sorular içerir, lisanslı standartlar değildir.
application-read-only-notice = Program ofisi için salt okunur görünüm: yanıtları, kanıtları ve vaka incelemesini yalnızca kuruluşun üyeleri değiştirir.
application-summary-heading = Hâlâ ilgi bekleyen maddeler
application-core-progress = Yanıtlanan temel maddeler: { $answered } / { $total }
application-extended-progress = Yanıtlanan genişletilmiş maddeler: { $answered } / { $total } (Mükemmeliyet Merkezi için gerekli)
application-ready = Tüm maddeler yanıtlandı, her temel madde karşılandı ve gerekli kanıtı bağlandı, vaka incelemesi tamamlandı: başvuru gönderilmeye hazır.
application-not-ready = Başvuru henüz gönderilemez. Tüm maddeler yanıtlandığında (genişletilmiş bir madde “henüz karşılanmadı” olabilir), her temel madde gerekli kanıtı bağlanmış olarak karşılandığında ve kurum içi vaka incelemesi tamamlandığında gönderilebilir.
application-blocking-count =
    { $count ->
        [one] Bir nokta başvurunun gönderilmesini engelliyor
       *[other] { $count } nokta başvurunun gönderilmesini engelliyor
    }
application-blocking-case-review = henüz tamamlanmadı
application-attention-count =
    { $count ->
        [one] Bir madde ilgi bekliyor
       *[other] { $count } madde ilgi bekliyor
    }
application-level-core = Temel madde
application-level-extended = Genişletilmiş madde
application-progress-heading = Bölüm ve standarda göre ilerleme
application-column-standard = Standart
application-guidance = Yönerge
application-evidence-needed = Kanıt belgeleri:
application-answer = Yanıt
application-yes = Evet
application-no = Hayır
application-explanation = Açıklama
application-save-saving = Kaydediliyor…
application-save-saved = Kaydedildi
application-save-conflict = Başka biri tarafından değiştirildi
application-save-offline = Kaydedilmedi: sunucuya ulaşılamıyor. Yeniden bağlandığınızda tekrar deneyin.
application-save-on-device = Çevrimdışı — bu cihaza kaydedildi
application-page-on-device = Çevrimdışı — { $count } yanıt bu cihaza kaydedildi; bağlantı geri geldiğinde gönderilecek.
application-save-signed-out = Bu cihazda tutuldu: göndermek için yeniden oturum açın.
application-conflict-explain = Bu arada başka biri bu madde için farklı bir yanıt kaydetti. Diğer yanıt:
application-conflict-keep-mine = Yanıtımı koru
application-conflict-take-theirs = Diğer yanıtı kullan

## The internal case review (app/src/case_review.rs)

case-review-page-title = Kurum içi vaka incelemesi
case-review-intro = Hizmetinizin tedavi ettiği girişimsel onkoloji vakalarının takma adlandırılmış referanslarını her satıra bir tane gelecek şekilde ya da bir CSV dosyasının ilk sütununda listeleyin. Uygulama bunlardan 30 tanesini rastgele seçer; seçimin tekrarlanabilmesi için tohum değeri ve liste parmak izi saklanır. Hiçbir zaman ad, doğum tarihi veya hasta dosya numarası kullanmayın.
case-review-references = Vaka referansları
case-review-csv = Ya da referansları bir CSV dosyasından alın
case-review-draw = Rastgele 30 vaka seç
case-review-redraw = Yeniden seç
case-review-redraw-heading = Vakaları yeniden seç (bir gerekçe gerekir)
case-review-same-as-previous = Bir önceki vakayla aynı
case-review-reason = Yeniden seçim gerekçesi (kayıtta saklanır)
case-review-drawn = { $number } numaralı seçim ({ $date }, { $name } tarafından): { $pool } referans arasından 30 vaka.
case-review-seed = Tohum değeri { $seed } · liste parmak izi { $hash }
case-review-reason-given = Belirtilen gerekçe: { $reason }
case-review-progress = { $total } vakadan { $done } tanesi tamamlandı
case-review-complete = Vaka incelemesi tamamlandı.
case-review-back = Ankete dön
case-review-link = Kurum içi vaka incelemesi
case-review-status-complete = Kurum içi vaka incelemesi: tamamlandı
case-review-status-incomplete = Kurum içi vaka incelemesi: henüz tamamlanmadı
case-review-case-complete = Tamamlandı
case-review-case-incomplete = Yapılacak
case-review-error-too-few = En az 30 farklı vaka referansı listeleyin.
case-review-error-too-many = Liste çok uzun: en fazla 20.000 referans girilebilir.
case-review-error-reference = Bir referans 40 karakterden uzun veya kontrol karakterleri içeriyor.
case-review-error-reference-identifier = Bir referans ad, doğum tarihi veya kimlik numarasına benziyor. Yalnızca takma adlandırılmış referanslar kullanın.
case-review-error-line = Satır { $line }:
case-review-error-reason-required = Yeniden seçim için bir gerekçe belirtilmelidir; gerekçe kayıtta saklanır.
case-review-error-too-many-draws = Vakalar izin verilen en fazla sayı olan beş kez çekildi. Referans listesi hâlâ yanlışsa program ofisiyle iletişime geçin.
case-review-error-stale-draw = Vakalar bu arada yeniden seçildi. Sayfayı yeniden yükleyin.
case-review-error-not-drawn = Bu vaka geçerli seçimde yer almıyor.
case-procedure-type = İşlem türü
case-procedure-ablation = Termal ablasyon
case-procedure-tace = Kemoembolizasyon (TACE)
case-procedure-tare = Radyoembolizasyon (TARE/SIRT)
case-procedure-biopsy = Görüntüleme eşliğinde biyopsi
case-procedure-embolisation = Diğer embolizasyon
case-procedure-drainage = Drenaj
case-procedure-other = Diğer
case-procedure-date = İşlem tarihi
case-tumour-board = Tümör konseyi görüşmesi belgelenmiş
case-consent = Aydınlatılmış onam belgelenmiş
case-complication-grade = Komplikasyonlar (CIRSE derecesi)
case-grade-none = Yok
case-grade = Derece { $grade }
case-follow-up = İzlem belgelenmiş
case-notes = Notlar (ad, doğum tarihi veya kimlik numarası içermemelidir)
case-missing-procedure-type = İşlem türünü seçin.
case-missing-procedure-date = İşlem tarihini girin.
case-missing-tumour-board = Tümör konseyi görüşmesinin belgelenip belgelenmediğini belirtin.
case-missing-consent = Aydınlatılmış onamın belgelenip belgelenmediğini belirtin.
case-missing-complication-grade = Komplikasyon derecesini seçin.
case-missing-follow-up = İzlemin belgelenip belgelenmediğini belirtin.
case-flag-name = Notlar bir kişinin adını içeriyor gibi görünüyor.
case-flag-date-of-birth = Notlar bir doğum tarihi içeriyor gibi görünüyor.
case-flag-national-id = Notlar bir kimlik numarası içeriyor gibi görünüyor.
case-flag-contact = Notlar iletişim bilgileri içeriyor gibi görünüyor.

## Submission (app/src/db/submissions.rs)

submission-heading = Gönderim
submission-submit = Başvuruyu gönder
submission-confirm = Yetkili Temsilci olarak, yanıtların ve kurum içi vaka incelemesinin eksiksiz ve doğru olduğunu onaylıyorum.
submission-only-representative = Başvuruyu yalnızca kurumun Yetkili Temsilcisi gönderebilir.
submission-not-ready = Göndermeden önce tüm temel maddeleri yanıtlayın ve kurum içi vaka incelemesini tamamlayın.
submission-error-not-ready = Başvuru gönderilmeye hazır değil: yanıtlanmamış bir madde var, bir temel madde karşılanmadı ya da gerekli kanıtı yok, veya vaka incelemesi tamamlanmadı.
submission-receipt = { $date } tarihinde { $name } tarafından gönderildi.
submission-hash = İçerik parmak izi (SHA-256): { $hash }
submission-read-only = Başvuru gönderildi ve artık değiştirilemez.
mail-application-submitted-subject = { $facility } kurumunun başvurusu gönderildi
mail-application-submitted-body =
    Sayın { $name },

    { $facility } kurumunun akreditasyon başvurusu gönderildi. Başvurunun yanıtları ve kurum içi vaka incelemesi artık değiştirilemez. İçerik parmak izi (SHA-256):

    { $hash }

    IASIOS ofisi değerlendiricileri atayacaktır. Başvuruyu buradan takip edebilirsiniz:

    { $link }

## Evidence (app/src/evidence.rs, server/src/evidence.rs)

evidence-library-heading = Kanıt belgeleri kitaplığı
evidence-library-intro = Ekibinizin bu kurum için yüklediği dosyalar. Bir dosya birden fazla madde için kanıt belgesi olarak kullanılabilir. Her biri en fazla { $size } olmak üzere PDF, görsel, ofis belgesi ve düz metin dosyaları yüklenebilir; dosya türü adına göre değil, içeriğine göre denetlenir.
evidence-attach = Dosya ekle
evidence-upload = Yükle
evidence-upload-offline = Ağ yok: dosyalar bağlantı geri geldiğinde yüklenebilir. Yazdığınız yanıtlar bu cihazda saklanmaya devam ediyor.
evidence-from-library = Ya da kitaplıktan bir dosya seçin
evidence-link = Bağla
evidence-remove = Kaldır
evidence-none = Henüz dosya yüklenmedi.
evidence-uploaded = Dosya yüklendi.
evidence-not-linked = Hiçbir maddeye bağlı değil
evidence-uploaded-by = { $name }, { $date }
evidence-column-file = Dosya
evidence-column-size = Boyut
evidence-column-uploaded = Yükleme
evidence-column-items = Kanıt olduğu maddeler
evidence-kind-pdf = PDF
evidence-kind-image = Görsel
evidence-kind-document = Belge
evidence-kind-spreadsheet = Elektronik tablo
evidence-kind-presentation = Sunu
evidence-kind-text = Metin
evidence-error-type = Bu dosya türü kabul edilmiyor. Lütfen bir PDF, görsel, ofis belgesi veya düz metin dosyası yükleyin.
evidence-error-too-large = Dosya, yükleme boyutu sınırını aşıyor.
evidence-error-empty = Yüklenecek bir dosya seçin; boş dosyalar kabul edilmez.
evidence-error-no-file = Bu dosya, kurumunuzun kanıt belgeleri kitaplığında bulunmuyor.

## Assessment (app/src/assessment.rs, app/src/db/assessment.rs, pages/assessment, pages/admin/applications.rs, pages/certificates.rs)

application-status-draft = Taslak
application-status-submitted = Gönderildi – değerlendiriciler bekleniyor
application-status-under-assessment = Değerlendirmede
application-status-evidence-requested = Değerlendiriciler kanıt belgesi istedi
application-status-amendments-required = Düzeltme gerekli
application-status-accredited = Akredite
assessment-clock = Değerlendirme süresi: { $days } gün (açık sorular varken durdurulur)
assessment-error-not-assessor = Bu kişi değerlendirici rolüne sahip değil.
assessment-error-already-assigned = Bu değerlendirici bu başvuruya zaten atanmış.
assessment-error-already-declared = Bu görevlendirme için beyan zaten yapıldı.
assessment-error-not-submitted = Başvuru henüz gönderilmedi.
assessment-error-not-under-assessment = Başvuru değerlendirmede değil.
assessment-error-open-queries = Karar vermeden önce tüm açık soruları kapatın.
assessment-error-query-closed = Bu soru kapatıldı.
assessment-error-core-not-met = Akredite kararı için tüm temel maddelerin her değerlendirici tarafından karşılanmış bulunması gerekir.
assessment-error-case-review = Akredite kararı için kurum içi vaka incelemesinin tamamlanmış olması gerekir.
assessment-error-no-items = Düzeltilecek maddeleri belirtin.
assessments-page-title = Değerlendirmeler
assessments-intro = Bir başvuruyu görmeden önce olası çıkar çatışmalarını beyan edin. Beyan edilen bir çıkar çatışması görevlendirmeyi sona erdirir ve ofis başka birini atar.
assessments-none = Size atanmış başvuru yok.
assessments-open = Başvuruyu aç
assessments-back = Tüm değerlendirmeler
workspace-case-forms = Vaka formlarını oku
workspace-back = Değerlendirmeye dön
assignment-status-awaiting-declaration = Çıkar beyanı gerekli
assignment-status-active = Etkin
assignment-status-conflict = Çıkar çatışması beyan edildi
assignment-conflict-explain = Çıkar çatışması beyan ettiniz; ofise bilgi verildi.
declaration-intro = Bu kurumla bir çıkar çatışmanız var mı?
declaration-same-institution = Aynı hastane veya kuruluşta ya da onun adına çalışıyorum.
declaration-same-country = Aynı ülkede çalışıyorum.
declaration-other = Diğer nedenler (yoksa boş bırakın)
declaration-submit = Beyanı gönder
workspace-page-title = Değerlendirme
workspace-answer = Kurumun yanıtı:
workspace-no-answer = Yanıtlanmadı
finding-legend = Bulgu
finding-met = Karşılanıyor
finding-partially-met = Kısmen karşılanıyor
finding-not-met = Karşılanmıyor
finding-not-applicable = Uygulanamaz
finding-comment = Bulguya ilişkin yorum
query-open = Açık soru
query-closed = Kapatılmış soru
query-reply = Yanıtla
query-attach = Kanıt belgeleri kitaplığından dosya ekle
query-attached-file = Eklenen kanıt belgesi
query-send = Gönder
query-close = Soruyu kapat
query-new = Bu madde hakkında kuruma soru sorun
query-question = Soru veya istenen kanıt belgesi
query-ask = Soruyu aç
recommendation-heading = Öneri
recommendation-outcome = Önerilen karar
recommendation-comment = Gerekçe
recommendation-send = Öneriyi gönder
decision-accredited = Akredite
decision-amendments-required = Düzeltme gerekli
decision-heading = Karar
decision-outcome = Karar
decision-items = Düzeltilecek maddeler:
decision-comment = Kuruma iletilecek yorum
decision-record = Kararı kaydet
decision-blocked-core = Her değerlendirici tarafından karşılanmış bulunmayan temel maddeler: { $items }
decision-page-title = Karar yazısı
decision-letter-accredited = Kurum, IASIOS Akredite Merkez olarak akredite edilmiştir.
decision-letter-amendments = Değerlendirmede düzeltilmesi gereken maddeler saptandı. Yalnızca bu maddeler yeniden düzenlemeye açılır; düzeltmeler tamamlandığında başvuruyu Yetkili Temsilci yeniden gönderir.
decision-open-letter = Karar yazısını oku
decision-verify-link = Sertifikayı doğrula
decision-none = Henüz karar verilmedi.
admin-applications-title = Değerlendirmedeki başvurular
admin-applications-none = Henüz gönderilmiş bir başvuru yok.
admin-column-facility = Kurum
admin-column-status = Durum
admin-column-clock = Süre
admin-column-queries = Açık sorular
admin-column-assessors = Değerlendiriciler
admin-assessors-heading = Değerlendiriciler
admin-assign-label = Değerlendirici ata
admin-assign = Ata
admin-findings-heading = Etkin değerlendiricilerin bulguları
admin-findings-active = { $count } etkin değerlendirici
admin-queries-heading = Sorular
verify-page-title = Sertifika doğrulama
verify-state-valid = Geçerli
verify-state-expired = Süresi dolmuş
verify-state-withdrawn = Geri çekilmiş
verify-state-recertification = Geçerli — yeniden belgelendirme değerlendiriliyor
verify-validity = Geçerlilik: { $from } – { $until }
verify-code = Doğrulama kodu { $code }
verify-unknown = Bu doğrulama koduna sahip bir sertifika bulunmuyor.
verify-badge-alt = Güncel durumu gösteren akreditasyon rozeti
directory-page-title = Merkezler dizini
directory-intro = Geçerli sertifikaya sahip Akredite Merkezler ve Mükemmeliyet Merkezleri ile listelenmeyi seçen Kayıtlı Merkezler.
directory-search = Ara
directory-filter-apply = Göster
directory-status = Durum
directory-all = Tümü
directory-country = Ülke
directory-valid-until = Son geçerlilik tarihi
mail-assessor-assigned-subject = Yeni değerlendirme: { $facility }
mail-assessor-assigned-body =
    Sayın { $name },

    { $facility } kurumunun başvurusunu değerlendirmek üzere atandınız. Başvuruyu görmeden önce olası çıkar çatışmalarını buradan beyan edin:

    { $link }
mail-assessor-conflict-subject = { $facility } kurumu için çıkar çatışması beyan edildi
mail-assessor-conflict-body =
    Sayın { $name },

    { $assessor }, { $facility } kurumunun başvurusu için çıkar çatışması beyan etti. Görevlendirme engellendi; lütfen başka bir değerlendirici atayın:

    { $link }
mail-query-opened-subject = Değerlendiriciler, { $facility } kurumunun { $item } maddesi hakkında soru soruyor
mail-query-opened-body =
    Sayın { $name },

    { $facility } kurumunun değerlendiricileri { $item } maddesi hakkında bir soru açtı. Soru yanıtlanıp kapatılana kadar değerlendirme süresi durdurulur. Yanıt vermek, kanıt belgesi eklemek veya maddeyi düzeltmek için buradan devam edin:

    { $link }
mail-decision-made-subject = { $facility } kurumunun başvurusu hakkında karar
mail-decision-made-body =
    Sayın { $name },

    { $facility } kurumunun başvurusu hakkındaki karar kaydedildi. Karar yazısını buradan okuyabilirsiniz:

    { $link }
directory-opt-in = Bu kayıtlı merkezi herkese açık dizinde listele
workspace-preview = Önizleme
admin-overdue-queries = { $count } gecikmiş
admin-workload-heading = Değerlendirici iş yükü
admin-workload = { $name }: değerlendirmede { $count } başvuru
certificate-title = Akreditasyon sertifikası
certificate-scan = Güncel durumu görmek için tarayın:
certificate-download = Sertifika (PDF)
decision-pdf = Karar yazısı (PDF)
snapshot-page-title = Gönderilen başvuru
snapshot-none = Henüz hiçbir şey gönderilmedi.
snapshot-open = Gönderilen başvuruyu oku
snapshot-submitted = Gönderildi
snapshot-submitted-by = { $name } tarafından, { $when }
snapshot-fingerprint = Parmak izi (SHA-256)
snapshot-verified = ✓ kayıtlı başvuruyla eşleşiyor
snapshot-not-verified = ✗ kayıtlı başvuruyla eşleşmiyor — ofise bildirin
snapshot-case-review = İç vaka incelemesi
snapshot-case-review-summary = { $draw }. çekilişin { $cases } vakası (tohum { $seed }; referans listesinin SHA-256 değeri { $pool })
snapshot-unanswered = Yanıtlanmadı
export-column-standard = Standart
export-column-item = Madde
export-column-level = Düzey
export-column-question = Soru
export-column-answer = Yanıt
export-column-evidence = Kanıt dosyaları
export-column-editor = Son değiştiren
export-column-changed = Son değişiklik (UTC)
export-heading = Yanıtları dışa aktar
export-explain = Her madde için bir satır: standardı, düzeyi, yanıtı, kanıt dosyası sayısı ve en son kimin ne zaman değiştirdiği — onay için dolaştırmak üzere.
export-xlsx = Yanıtlar tablo olarak (XLSX)
export-csv = Yanıtlar CSV olarak
assessment-over-target = { $weeks } haftalık hedefin üzerinde
workspace-progress = Kaydedilen bulgular: { $total } maddeden { $done }

## Application manual (the chapters themselves are in manual.ftl)

nav-manual = Kılavuz
manual-page-title = Uygulama kılavuzu
manual-heading = Uygulama kılavuzu
manual-intro = Hizmetinizi akreditasyon yolunda nasıl ilerleteceğiniz: kayıt, anket, kanıt belgeleri, vaka incelemesi, gönderim, değerlendirme ve yeniden belgelendirme.
manual-contents = İçindekiler
manual-search-label = Kılavuzda ara
manual-search-submit = Ara
manual-search-placeholder = örneğin: çevrimdışı, vaka incelemesi, fatura
manual-search-count = { $count ->
   *[other] { $count } sonuç bulundu
}
manual-search-none = Hiçbir şey bulunamadı. Başka bir sözcük deneyin.
manual-print = Yazdırılabilir sürüm (yazdırın veya PDF olarak kaydedin)
manual-print-button = Yazdır veya PDF olarak kaydet
manual-back = Kılavuza dön
manual-back-to-top = İçindekilere dön
manual-help-link = Kılavuzda bu standartla ilgili yardım

## Translator tools

translate-page-title = Çeviriler
translate-intro = Her dilin dosya dosya ne kadar tamamlandığı ve hangi iletiler üzerinde çalışılması gerektiği. Kaynak dil İngilizcedir: İngilizce metin, çevirinin son onaylanmasından sonra değiştiyse çeviri eskimiş sayılır.
translate-source-directory = Metinler { $dir } konumundan okunur: bir .ftl dosyasında yapılan değişiklik sayfa yeniden yüklendikten sonra görünür.
translate-source-embedded = Metinler bu sunucuya gömülüdür. locales/ altındaki dosyaları düzenleyip yeniden derleyin ya da değişiklikleri sayfayı yeniden yükledikten sonra görmek için bir geliştirme derlemesi çalıştırın.
translate-locale = Dil
translate-file = Dosya
translate-progress = Güncel
translate-state = Durum
translate-state-current = Güncel
translate-state-missing = Eksik
translate-state-stale = Eskimiş
translate-state-unconfirmed = Onaylanmamış
translate-open-heading = { $locale } için yapılacaklar
translate-file-heading = { $locale } için { $file }
translate-nothing-open = Burada yapılacak bir şey yok.
translate-confirm-hint = Bir çeviriyi güncelledikten sonra, güncel İngilizce metinle örtüştüğünü kaydedin:
translate-id = İleti
translate-english = İngilizce
translate-target = Çeviri

## Problems found in a standards edition file (administrators' import; place: field: problem)

edition-place-edition = sürüm
edition-place-section = bölüm { $n }
edition-place-standard = standart { $n }
edition-place-item = madde { $key }
edition-place-messages = iletiler
edition-problem-id = yalnızca harf, rakam ve '-' kullanın
edition-problem-section-count = { $expected } bölüm bekleniyordu, { $found } bulundu
edition-problem-number = { $expected } bekleniyordu, { $found } bulundu
edition-problem-no-standards = bir bölümde en az bir standart olmalı
edition-problem-standard-order = burada standart { $expected } bekleniyordu, { $found } bulundu
edition-problem-no-items = bir standartta en az bir madde olmalı
edition-problem-letter = '{ $expected }' bekleniyordu (harfler a, b, c … boşluksuz ilerler), '{ $found }' bulundu
edition-problem-min-max = min { $min }, max { $max } değerinden büyük
edition-problem-max-chars = 1 ile { $max } arasında olmalı
edition-problem-few-options = en az iki seçenek gerekli
edition-problem-duplicate-option = bir seçenek iki kez geçiyor
edition-problem-standard-count = 1 ile { $expected } arası standartlar bekleniyordu, sonuncusu { $found }
edition-problem-unknown-message = locales/en içinde böyle bir ileti yok

## Withdrawal from the programme (facility dashboard)

withdraw-heading = Programdan çekil
withdraw-explain = Kuruluş akreditasyon programından ayrılır: sertifikası hemen geri çekilir ve doğrulama sayfası onu geri çekilmiş olarak gösterir. Gerekçe durum geçmişinde saklanır. Bu işlem burada geri alınamaz.
withdraw-reason = Çekilme gerekçesi
withdraw-confirm = Kuruluşun ve sertifikasının şimdi geri çekileceğini anlıyorum.
withdraw-submit = Kuruluşu geri çek
withdraw-error-reason = Lütfen çekilme için bir gerekçe belirtin.

## Re-certification cycle (questionnaire, comparison)

attention-carried = önceki dönemden aktarıldı — onaylayın veya güncelleyin
attention-evidence-expired = bağlı kanıt belgesinin süresi doldu
evidence-expired = süresi dolmuş
evidence-column-expires = Son geçerlilik tarihi
evidence-error-expiry-date = Son geçerlilik tarihini tarih olarak girin ya da alanı boş bırakın.
evidence-error-expiry-frozen = Bu dosya, değerlendirmedeki gönderilmiş bir başvurunun kanıtıdır; son geçerlilik tarihi karar verilene kadar değiştirilemez.
evidence-error-executable = Program çalıştırabilen dosyalar (betikler, yürütülebilir dosyalar, makro içeren Office dosyaları) kanıt olarak kabul edilmez. Belgeyi PDF olarak kaydedip onu yükleyin.
recert-heading = Yeniden belgelendirme ({ $cycle }. dönem)
recert-carried-note = Önceki dönemden aktarıldı — onaylayın veya güncelleyin.
recert-confirm = Olduğu gibi onayla
recert-all-confirmed = Aktarılan tüm yanıtlar onaylandı veya güncellendi.
recert-carried-count =
    { $count ->
        [one] Aktarılan bir yanıtın hâlâ onaylanması veya güncellenmesi gerekiyor.
       *[other] Aktarılan { $count } yanıtın hâlâ onaylanması veya güncellenmesi gerekiyor.
    }
recert-compare-link = Önceki dönemle karşılaştır
excellence-heading = Mükemmeliyet Merkezi
excellence-gap =
    { $count ->
        [one] Bir genişletilmiş madde henüz karşılandı olarak yanıtlanmadı.
       *[other] { $count } genişletilmiş madde henüz karşılandı olarak yanıtlanmadı.
    }
excellence-gap-none = Tüm genişletilmiş maddeler karşılandı olarak yanıtlandı.
excellence-apply = Bu dönemde Mükemmeliyet Merkezi için başvur
excellence-requested = Kurum, Mükemmeliyet Merkezi için başvuruyor.
excellence-not-requested = Kurum, Mükemmeliyet Merkezi için başvurmuyor.
excellence-rule = Mükemmeliyet Merkezi unvanı, değerlendiriciler tüm temel ve tüm genişletilmiş maddeleri karşılanmış bulduğunda verilir; aksi takdirde, tüm temel maddeler karşılanmışsa kurum dört yıl için yeniden akredite edilir.
excellence-error-first-cycle = Mükemmeliyet Merkezi için yalnızca yeniden belgelendirmede başvurulabilir.
changes-page-title = Önceki dönemden bu yana yapılan değişiklikler
changes-heading = { $cycle }. dönem ile { $previous }. dönemin karşılaştırması
changes-back = Başvuruya dön
changes-summary = Yanıtlanan { $total } maddeden { $changed } tanesi önceki dönemden farklı.
changes-show-unchanged = Değişmeyen maddeleri de göster
changes-column-item = Madde
changes-column-cycle = { $cycle }. dönem
changes-column-status = Değişiklik
changes-unchanged = değişmedi
changes-changed = değişti
changes-added = yeni yanıt
changes-removed = artık yanıt yok

## Annual self-check (facility dashboard, administrators)

self-check-heading = Yıllık öz denetim
self-check-due = Son tarihi { $due } olan öz denetim açık. Hizmetin temel maddeleri hâlâ karşıladığını onaylayın.
self-check-due-representative = Son tarihi { $due } olan öz denetim açık; öz denetimi Yetkili Temsilci tamamlar.
self-check-attested = Son tarihi { $due } olan öz denetim { $date } tarihinde tamamlandı.
self-check-changes = Bildirilen değişiklikler:
self-check-staff = Personel durumu temel maddeleri hâlâ karşılıyor.
self-check-equipment = Ekipman ve tesisler temel maddeleri hâlâ karşılıyor.
self-check-volume = İşlem sayısı hâlâ yılda en az 150.
self-check-note = Neler değişti
self-check-submit = Öz denetimi tamamla
self-check-error-note = Onaylayamadığınız her nokta için neyin değiştiğini belirtin.
self-check-error-none-open = Bu kurum için açık bir öz denetim yok.
self-check-column-due = Son tarih
self-check-status-open = açık
self-check-status-met = tümü onaylandı
self-check-status-changes = değişiklik bildirildi
admin-self-checks-link = Öz denetimler
admin-self-checks-title = Yıllık öz denetimler
admin-self-checks-none = Henüz son tarihi gelmiş bir öz denetim yok.

## Workshops

nav-workshops = Çalıştaylar
admin-workshops-link = Çalıştaylar
admin-workshops-title = Çalıştay planla
workshops-page-title = Çalıştaylar
workshops-intro = Çalıştaylar, ekiplerin akreditasyona ve yeniden belgelendirmeye hazırlanmasına yardımcı olur. Kurum üyeleri kendileri veya meslektaşları için yer ayırtır.
workshops-feed = Takvime abone olun (iCalendar)
workshops-none = Şu anda planlanmış bir çalıştay yok.
workshops-back = Tüm çalıştaylar
workshops-upcoming = Yaklaşan çalıştaylar
workshop-full = Tüm yerler dolu — bekleme listesine katılın
workshop-seats-left =
    { $count ->
        [one] Bir yer kaldı
       *[other] { $count } yer kaldı
    }
workshop-seats-of = { $capacity } yerden { $taken } tanesi dolu, bekleme listesinde { $waiting } kişi var
workshop-language = Dil
workshop-venue = Mekân
workshop-online = Çevrimiçi
workshop-seats = Kontenjan
workshop-ics = Takvime ekle (.ics)
workshop-book = Yer ayırt
workshop-join-waitlist = Bekleme listesine katıl
workshop-for-facility = Kurum adına
workshop-attendee = Katılımcı
workshop-attendee-hint = Kendi e-posta adresiniz ya da bir meslektaşınızınki: katılımcı kurumun üyesi olmalıdır.
workshop-sign-in = Yer ayırtmak için oturum açın
workshop-attendees = Katılımcılar
workshop-your-bookings = Kurumunuzun rezervasyonları
workshop-facility = Kurum
workshop-booked-by = Rezervasyonu yapan
workshop-status = Durum
workshop-waitlist-position = (bekleme listesinde { $position }. sırada)
workshop-cancel = İptal et
workshop-booking-confirmed = yer ayrıldı
workshop-booking-waitlisted = bekleme listesinde
workshop-booking-cancelled = iptal edildi
workshop-field-title = Başlık
workshop-field-description = Açıklama
workshop-field-starts = Başlangıç (yerel saat)
workshop-field-ends = Bitiş (yerel saat)
workshop-field-time-zone = Saat dilimi (örneğin Europe/Vienna)
workshop-field-capacity = Kontenjan
workshop-schedule = Çalıştayı planla
workshop-scheduled = Çalıştay planlandı.
workshop-open = Çalıştayı aç
workshop-error-where = Bir mekân, bir çevrimiçi bağlantı ya da her ikisini belirtin.
workshop-error-url = Çevrimiçi bağlantıyı https:// ile başlayan tam bir adres olarak girin.
workshop-error-time = Bu saat diliminde var olan bir tarih ve saat girin.
workshop-error-ends-before-start = Bitiş, başlangıçtan sonra olmalıdır.
workshop-error-capacity = 1 ile 1000 arasında bir kontenjan girin.
workshop-error-time-zone = Saat dilimini adıyla girin, örneğin Europe/Vienna veya America/New_York.
workshop-error-not-member = Katılımcının bir hesabı olmalı ve kurumun etkin bir üyesi olmalıdır.
workshop-error-started = Çalıştay zaten başladı.
workshop-error-already-booked = Bu kişinin bu çalıştay için zaten bir rezervasyonu var.

## Mail: re-certification, workshops, self-check

mail-recertification-opened-subject = { $facility } kurumunun yeniden belgelendirmesi açıldı
mail-recertification-opened-body =
    Sayın { $name },

    Yeniden belgelendirme faturasını ödediğiniz için teşekkür ederiz. { $facility } kurumunun yeniden belgelendirme başvurusu açıldı ve son dönemin yanıtlarıyla önceden dolduruldu: göndermeden önce her yanıtı onaylayın veya güncelleyin.

    { $link }
mail-workshop-booked-subject = Yeriniz ayrıldı: { $title }
mail-workshop-booked-body =
    Sayın { $name },

    "{ $title }" çalıştayında ({ $when }) bir yeriniz var.

    { $link }
mail-workshop-waitlisted-subject = Bekleme listesinde: { $title }
mail-workshop-waitlisted-body =
    Sayın { $name },

    "{ $title }" çalıştayının ({ $when }) tüm yerleri dolu. Bekleme listesindesiniz; bir yer boşaldığında size yazacağız.

    { $link }
mail-workshop-promoted-subject = Yer sizin: { $title }
mail-workshop-promoted-body =
    Sayın { $name },

    Bir yer boşaldı ve artık sizin: "{ $title }" çalıştayı ({ $when }).

    { $link }
mail-workshop-reminder-subject = Yarın: { $title }
mail-workshop-reminder-body =
    Sayın { $name },

    Hatırlatma: "{ $title }" çalıştayı şu tarihte yapılacak: { $when }.

    { $link }
mail-self-check-due-subject = { $facility } kurumunun yıllık öz denetimi
mail-self-check-due-body =
    Sayın { $name },

    { $facility } kurumunun yıllık öz denetiminin zamanı geldi (son tarih: { $due }). Yetkili Temsilci, kurumun sayfasında personelin, ekipmanın ve işlem sayısının temel maddeleri hâlâ karşıladığını onaylar ya da neyin değiştiğini belirtir.

    { $link }
decision-letter-excellence = Kurum, IASIOS Mükemmeliyet Merkezi olarak akredite edilmiştir.
application-status-not-accredited = Akredite edilmedi
decision-not-accredited = Akredite edilmedi
decision-letter-not-accredited = Değerlendirme, hizmetin programın akreditasyon ölçütlerini henüz karşılamadığını saptadı. Kurum Kayıtlı Merkez olmaya devam eder.
decision-reasons = Madde bazında gerekçeler
decision-reasons-hint = Her satıra bir madde: madde, iki nokta üst üste ve gerekçe; örneğin “3b: tümör konseyi ayda bir toplanıyor”. “Akredite edilmedi” için zorunludur; “Düzeltme gerekli” ile burada adı geçen maddeler de yeniden açılır.
decision-reasons-heading = Madde bazında gerekçeler
decision-reapply-from = { $date } tarihinden itibaren yeni bir başvuru açılabilir.
decision-start-new = Yeni başvuru başlat
decision-error-reasons = Gerekçeler okunamadı: her satıra madde, iki nokta üst üste ve gerekçe olarak bir madde yazın (örn. “3b: …”) ve bu sürümün her maddesini yalnızca bir kez belirtin.
decision-error-no-reasons = “Akredite edilmedi” kararı gerekçelerini belirtir: en az bir madde ve nedenini yazın.
decision-error-not-accredited-recertification = Bir yeniden sertifikalandırma “akredite edilmedi” olarak karara bağlanamaz: sertifikası süresinin sonuna kadar geçerli kalır. Bunun yerine düzeltme isteyin.
application-error-waiting-period = Karardan sonraki bekleme süresi dolduğunda yeni bir başvuru açılabilir; tarih karar yazısında belirtilir.
workshop-online-link-hidden = Bağlantı burada yer ayırtmış kişilere gösterilir.
