## Shell
app-name = Accredit-IO
app-tagline = Girişimsel onkoloji için akreditasyon
nav-skip-to-content = Ana içeriğe geç
nav-primary-label = Ana gezinme
nav-home = Ana sayfa
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

## Sign-in
error-too-many-attempts = Çok fazla deneme yapıldı. 15 dakika bekleyip yeniden deneyin.
nav-sign-in = Oturum aç
nav-sign-out = Oturumu kapat
nav-signed-in-as = { $name } olarak oturum açıldı
sign-in-page-title = Oturum aç
sign-in-heading = Accredit-IO'da oturum açın
sign-in-email = E-posta adresi
sign-in-password = Parola
sign-in-submit = Oturum aç
sign-in-error-credentials = E-posta adresi veya parola hatalı.
sign-in-welcome = Hoş geldiniz, { $name }.
