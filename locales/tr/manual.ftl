# Accredit-IO uygulama kılavuzu: konu başına bir bölüm, her biri için üç ileti (başlık, özet, gövde).
# Kaynak dil ve yedek dil İngilizcedir; çevirmenler en/manual.ftl dosyasını esas alır.

manual-overview = Accredit-IO'ya hoş geldiniz
manual-overview-summary = Akreditasyon programının ne olduğu, üç aşaması ve bu kılavuzun nasıl düzenlendiği.
manual-overview-body =
    Accredit-IO, girişimsel onkoloji hizmetlerinin akreditasyon programını yürütür. Ekibiniz Kalite Güvence Standartlarına ilişkin bir anketi yanıtlar, kendi vakalarından rastgele seçilen bir örneklemi gözden geçirir ve başvuruyu gönderir; değerlendiriciler aynı başvuruyu aynı uygulamada inceler ve kararı program ofisi verir.

    ## Üç aşama

    - Kayıtlı Merkez: kurum kaydedilmiş ve etkinleştirilmiş, kayıt faturası da ödenmiştir.
    - Akredite Merkez: değerlendiriciler tüm temel maddeleri karşılanmış bulmuş ve kurum içi vaka incelemesi tamamlanmıştır. Dört yıl geçerlidir.
    - Mükemmeliyet Merkezi: yeniden belgelendirmede tüm temel ve tüm genişletilmiş maddeler karşılanmıştır. Dört yıl geçerlidir.

    ## Kısaca izlenecek yol

    - Kurumu kaydedin ve etkinleştirin, ardından meslektaşlarınızı kurum koduyla kuruma dahil edin.
    - Kayıt faturasını ödeyin ve başvuruyu açın.
    - Anketi yanıtlayın, kanıt belgelerini bağlayın ve rastgele seçilen 30 vakayı gözden geçirin.
    - Yetkili Temsilci başvuruyu gönderir; değerlendiriciler başvuruyu inceler ve soru sorabilir.
    - Ofis karar verir; akredite olan hizmet doğrulanabilir bir sertifika alır.

    ## Diller

    Arayüz, standartlar, e-postalar ve bu kılavuz dokuz dilde sunulur: İngilizce, Almanca, Fransızca, İspanyolca, İtalyanca, Portekizce, Türkçe, Basitleştirilmiş Çince ve Arapça (sağdan sola). Dili istediğiniz zaman sayfa başlığındaki dil seçiciden değiştirebilirsiniz.

manual-registering = Kurum kaydı ve kuruma katılma
manual-registering-summary = Hizmetinizi nasıl kaydedeceğiniz, nasıl etkinleştireceğiniz ve meslektaşlarınızı kurum koduyla nasıl dahil edeceğiniz.
manual-registering-body =
    ## Başlamadan önce

    Yılda en az 150 terapötik girişimsel onkoloji işlemi yapıyor olmanız ve bölüm başkanınızın veya başhekimin onayı (ad, e-posta adresi ve son iki yıl içinde bir tarih) gerekir. Yetkili Temsilcinin, irtibat kişisinin ve isteğe bağlı olarak yedek irtibat kişisinin kim olacağına karar verin.

    ## Kayıt

    Kurum kaydı seçeneğini seçin ve formu doldurun: kurum, uygunluk, hesabınız ve kurum rolleri. Bir rolü kendiniz üstlenmek için ilgili alanı boş bırakın. Ana hesap sahibi siz olursunuz. Kurum zaten kayıtlıysa bunun yerine kuruma katılmanız istenir.

    ## Etkinleştirme

    Size 72 saat geçerli bir bağlantı ve kurum kodunuzu e-postayla göndeririz. Bağlantıyı açın ve Şimdi etkinleştir düğmesine basın. Kurumun durumu Kaydedildi – etkinleştirme bekleniyor iken Etkinleştirildi – kayıt ödemesi bekleniyor olarak değişir, kayıt faturası düzenlenir ve belirttiğiniz kişiler kodu içeren bir davet alır. Bağlantının süresi dolduysa veya kaybolduysa oturum açma sayfasında “Bağlantının süresi mi doldu, kayboldu mu? Yeni bağlantı iste” seçeneğini seçip adresinizi girin: yeni bağlantı eskisinin yerini alır. Program ofisi de bağlantıyı yeniden gönderebilir veya kurumu sizin adınıza etkinleştirebilir. 30 gün içinde etkinleştirilmeyen bir kayıt silinir; adı ve adresi yeniden kullanılabilir hâle gelir.

    ## Kurum koduyla katılma

    Meslektaşlarınız Bir kuruma katılmak için hesap oluşturun seçeneğini seçer, e-posta adreslerini doğrular, oturum açar, Kuruma katıl sayfasını açar ve kodu girer (on harf ve rakam, örneğin ABCDE-23456). Ana hesap sahibi Katılma istekleri altında Onayla veya Reddet düğmesine basana kadar istek Onay bekliyor olarak görünür. Bir role atanmış olup bu e-posta adresiyle katılan kişi hemen üye olur.

    ## Hesabınız

    Çok sayıda hatalı parola girişinden sonra 15 dakika bekleyin. Parola sıfırlama bağlantısı bir saat geçerlidir. Bir hesap birden fazla kuruma ait olabilir; bu kurumlar Kurumlarım altında listelenir.

manual-roles = Roller ve yetkiler
manual-roles-summary = Kurumda ve programda kimin ne yaptığı ve kurum rollerine kişilerin nasıl atandığı.
manual-roles-body =
    ## Kurum rolleri

    - Ana hesap sahibi: üyeleri onaylar ve çıkarır, kurum rollerine kişileri atar ve bir Kayıtlı Merkezin dizinde listelenip listelenmeyeceğine karar verir. Çıkarılamaz.
    - Yetkili Temsilci: başvurudan resmî olarak sorumludur ve başvuruyu gönderebilecek tek kişidir. Bir yönetici bile sizin yerinize başvuruyu gönderemez.
    - İrtibat kişisi ve yedek irtibat kişisi: programın yazışmalarını alır.
    - Üye: soruları yanıtlar, kanıt belgelerini bağlar, vaka incelemesini doldurur ve değerlendiricilerin sorularına yanıt verir.

    ## Rollere kişi atama

    Kurum sayfasında, Kurum rolleri altında ana hesap sahibi bir rolün yanındaki Ata düğmesine basar ve bir meslektaşını ya da bir e-posta adresini girer. Her rolün tek bir sahibi vardır; boş bir rol atanmadı olarak, e-posta adresiyle atanan bir kişi ise katılana kadar davet edildi olarak görünür. Mevcut Yetkili Temsilciyi çıkarmadan önce yeni bir Yetkili Temsilci atayın.

    ## Program rolleri

    Değerlendiriciler yalnızca kendilerine atanan başvuruları görür. Yöneticiler program ofisini yürütür: kayıtlar, faturalar, standart sürümleri, görevlendirmeler, kararlar ve çalıştaylar. Çevirmenler dilleri güncel tutar. Her değişiklik, sonradan yapılan müdahaleleri görünür kılan bir denetim kaydında saklanır.

manual-invoices = Faturalar ve ödeme
manual-invoices-summary = Hangi faturaları aldığınız, bunları nasıl ödeyeceğiniz ve ödendikten sonra ne olduğu.
manual-invoices-body =
    ## Neler faturalandırılır

    - Etkinleştirmede: kayıt ücreti ile ilk yıllık ücret.
    - Her kayıt yıl dönümünde: yıllık ücret.
    - Akreditasyonunuzun bitiminden altı ay önce: yeniden belgelendirme ücreti.

    ## Görüntüleme ve ödeme

    Kurum sayfasında Faturalar listelenir; Görüntüle bir faturayı Yazdır ve PDF indir seçenekleriyle birlikte açar. Toplam tutarı son ödeme tarihine kadar (genellikle 30 gün) ödeme referansını belirterek havale edin. Ödemenizi ofis kaydeder ya da ödeme hizmeti sağlayıcısı onaylar. Faturalar ve hatırlatmalar irtibat kişisine, irtibat kişisi yoksa ana hesap sahibine e-postayla gönderilir.

    ## Durum ve düzeltmeler

    Bir faturanın durumu Açık, Ödendi, Vadesi geçmiş, İptal edildi veya Alacak dekontu olabilir; Kalan borç, ödenmesi gereken tutarı gösterir. Hatırlatmalar son ödeme tarihinde ve 14 gün sonra gönderilir. Faturalar hiçbir zaman silinmez: hatalı bir fatura iptal edilir ve alacak dekontu düzenlenir.

    ## Kayıtlı Merkez olma

    Kayıt faturası tamamen ödendiğinde kurum Kayıtlı Merkez olur ve kurum sayfasında ilgili mühür görünür. Başvuruyu göndermek için bir son tarih yoktur; bu nedenle hazırlığınızı kendi hızınızda yapabilirsiniz.

manual-questionnaire = Anketi yanıtlama
manual-questionnaire-summary = İstediğiniz sırayla yanıtlama, otomatik kaydetmenin işleyişi, çevrimdışı çalışma ve bir meslektaşla yaşanan çakışmayı çözme.
manual-questionnaire-body =
    ## Başvuruyu açma

    Kayıtlı Merkez olarak kurum sayfasında Başvuruya git düğmesine basın. Başvuru, açtığınız gün geçerli olan standart sürümünü tüm döngü boyunca kullanır. Maddeler bölüm ve standarda göre gruplandırılmıştır ve Temel madde veya Genişletilmiş madde olarak işaretlenmiştir.

    ## Maddeler ve yönergeler

    Her maddenin bir Yönerge bölümü ve bir Kanıt belgeleri listesi vardır. Yanıtlar açıklamalı evet ya da hayır, sayı, tarih, metin ya da tek veya çoklu seçim biçimindedir. Hayır olarak yanıtlanan bir temel madde için açıklama gerekir; tarihler ileri bir tarih olamaz.

    ## İstediğiniz sırayla, birlikte çalışarak

    Soruları istediğiniz sırayla yanıtlayın. Meslektaşlarınız aynı anda çalışabilir; kaydettikleri yanıtlar birkaç saniye içinde sizin ekranınızda da görünür.

    ## Kaydetme nasıl işler

    Kaydet düğmesi yoktur. Yazdıklarınız yaklaşık bir saniyelik bir duraklamadan sonra kaydedilir; bir seçeneği seçtiğinizde ya da bir alandan çıktığınızda kayıt hemen yapılır. Her madde kendi durumunu gösterir:

    - Kaydediliyor…: sunucuya gönderiliyor.
    - Kaydedildi: sunucuya ulaştı.
    - Çevrimdışı — bu cihaza kaydedildi: bu tarayıcıda tutuluyor ve daha sonra otomatik olarak gönderilecek.
    - Başka biri tarafından değiştirildi: bir çakışma var; aşağıya bakın.

    ## Çevrimdışı çalışma

    Ağ kesilirse çalışmaya devam edin. Yanıtlar bu cihazda kalır, sayfa yeniden yüklense de kaybolmaz ve yeniden bağlandığınızda sırayla gönderilir; sayfa kaç yanıtın beklediğini gösterir. Bekleyen yanıtlar varken oturumu kapatmayın: oturumu kapatmak bu yanıtları cihazdan siler. Oturumunuz sona ermişse maddede Bu cihazda tutuldu: göndermek için yeniden oturum açın uyarısı görünür.

    ## Çakışmalar

    Siz bir maddeyi yükledikten sonra bir meslektaşınız aynı madde için farklı bir yanıt kaydettiyse onun yanıtını görürsünüz ve Yanıtımı koru ya da Diğer yanıtı kullan seçeneklerinden birini seçersiniz. Hiçbir yanıtın üzerine habersizce yazılmaz.

manual-section-1 = Bölüm 1: Organizasyon ve altyapı
manual-section-1-summary = Standart 1-4: yönetişim, tesisler ve ekipman, personel ve tümör konseyi.
manual-section-1-body =
    Bu kurulum bir tanıtım sürümüyle birlikte gelir: kendi ifadelerimizle yazılmış örnek maddeler içerir, lisanslı standartlar değildir. Lisanslı sürümde ifadeler değişir, ancak çalışma biçimi değişmez. Bölüm 1'de 20 madde vardır; bunların 11'i temel maddedir.

    ## Standart 1: Hizmetin organizasyonu ve yönetişimi

    1a, 1c, 1e, 1f ve 1g temel maddeleri adı belirlenmiş bir klinik sorumlu, hastane yapısı içinde tanımlı bir yer, her işlem için standart işletim prosedürleri (SOP), belgelerin en az üç yılda bir gözden geçirilmesi ve tedavi öncesi ve sonrası poliklinikler ister. Genellikle bir organizasyon şeması, sorumlunun görevlendirme yazısı, gözden geçirme tarihlerini içeren bir SOP dizini ve bir poliklinik çizelgesi yeterlidir. Açıklaması yapılmamış, gözden geçirme tarihi geçmiş SOP'lar sık rastlanan bir bulgudur.

    ## Standart 2: Tesisler ve ekipman

    2b temel maddesi, belirli bir takvime göre kontrol edilen izleme ve resüsitasyon ekipmanına sahip, kullanımı güvence altına alınmış işlem odaları ister; bir oda tanımı ve yakın tarihli bir kontrol listesi yararlı olur. Girişimsel onkoloji işlem listeleri korunduğu sürece ortak kullanılan odalar da kabul edilir. 2a maddesinde yalnızca gerçekten kullanabildiğiniz görüntüleme yöntemlerini işaretleyin.

    ## Standart 3: Personel ve yetkilendirme

    3a ve 3c temel maddeleri, yetkilendirilmiş girişimsel onkoloji hekimlerini ve anestezi desteğiyle çalışan eğitimli hemşire ve radyoloji teknisyenlerini kapsar. Yetkilendirme kayıtları, kısa özgeçmişler, çalışma çizelgeleri ve eğitim kayıtları olağan kanıt belgeleridir. 3b maddesinde yalnızca bağımsız çalışan hekimleri sayın ve asistanları açıklama alanında belirtin.

    ## Standart 4: Multidisipliner tümör konseyi

    4b, 4c ve 4d temel maddeleri şunları ister: konseyde bir girişimsel onkoloğun yer alması, her elektif girişimsel onkoloji hastasının işlemden önce görüşülmesi ve önerinin hasta dosyasına ve sevk eden hekime ulaşması. Görev tanımı, katılım listeleri ve toplantı tutanakları güçlü kanıt belgeleridir. Tutanakları yüklemeden önce anonimleştirin.

manual-section-2 = Bölüm 2: Klinik süreç ve hasta güvenliği
manual-section-2-summary = Standart 5-9: değerlendirme, onam, işlem çevresi bakım, radyasyondan korunma ve servis bakımı.
manual-section-2-body =
    Bunlar da kendi ifadelerimizle yazılmış tanıtım maddeleridir, lisanslı standartlar değildir. Bölüm 2'de 21 madde vardır; bunların 12'si temel maddedir.

    ## Standart 5: Sevk ve işlem öncesi değerlendirme

    5d temel maddesi, her hastanın işlemden önce girişimsel onkoloji ekibi tarafından performans durumu, laboratuvar sonuçları, kullandığı ilaçlar ve alerjileri de dahil olmak üzere değerlendirilmesini ister. Bunu en iyi, kontrol listeniz ve doldurulmuş, anonimleştirilmiş üç değerlendirme gösterir. Antikoagülan ve antitrombosit ilaçlara özellikle dikkat edin.

    ## Standart 6: Aydınlatılmış onam ve hasta bilgilendirmesi

    6a-6d temel maddeleri şunları ister: konuya hâkim bir klinisyen tarafından alınan yazılı onam, yararların, risklerin ve alternatiflerin görüşülmesi, her işlem için sade bir dille hazırlanmış bilgilendirme ve gerektiğinde tercüman ya da erişilebilir formatlar. Onam formlarını, bilgilendirme broşürlerini ve tercümanlık politikasını yükleyin. Alternatiflere yer vermeyen genel formlar sık rastlanan bir bulgudur.

    ## Standart 7: İşlem planlaması ve işlem çevresi bakım

    7a ve 7b temel maddeleri her işlem için bir güvenlik kontrol listesi ile sedasyon, antikoagülasyon ve antibiyotik profilaksisi protokolleri ister. Kontrol listesinin kullanımına ilişkin en son denetiminizi ekleyin. Bir protokol eksikse Evet yanıtı vermek yerine bunu belirtin.

    ## Standart 8: Radyasyondan korunma ve güvenlik

    8a-8e temel maddeleri şunları ister: bir medikal fizik uzmanı, görüntüleme eşliğinde yapılan her işlemde hasta dozunun kaydı, son 12 ay içinde denetlenmiş yerel referans düzeyleri, personel dozimetrisi ve koruyucu ekipman ile yüksek doza maruz kalan hastaların izlemi. Güncelliğini yitirmiş bir doz denetimi en sık görülen eksikliktir. Radyoembolizasyon yapmıyorsanız 8f maddesini Hayır olarak yanıtlayın ve bunu belirtin.

    ## Standart 9: Hemşirelik ve servis bakımı

    Bu standartta temel madde yoktur, ancak üç maddenin üçü de Mükemmeliyet Merkezi için dikkate alınır: yataklar, girişimsel onkoloji sonrası bakım konusunda eğitimli servis hemşireleri ve taburculuk sonrasında ulaşılabilecek, adı belirtilmiş bir kişi. Bu kişiyi gösteren taburculuk bilgilendirmesi basit bir kanıt belgesidir.

manual-section-3 = Bölüm 3: Sonuçlar, kalite ve eğitim
manual-section-3-summary = Standart 10-13: izlem, komplikasyonlar, kalite iyileştirme ile eğitim ve araştırma.
manual-section-3-body =
    Bu da kendi ifadelerimizle yazılmış bir tanıtım sürümüdür, lisanslı standartlar değildir. Bölüm 3'te 14 madde vardır; bunların 4'ü temel maddedir.

    ## Standart 10: İzlem ve sonuçların değerlendirilmesi

    10c temel maddesi, işlem türüne göre hazırlanmış ve girişimsel onkoloji ekibi tarafından gözden geçirilen bir izlem görüntüleme takvimi ister; yazılı protokolünüz temel kanıt belgesidir. Rezidüel veya nüks hastalık saptandığında nasıl hareket edildiğini açıklayın.

    ## Standart 11: Komplikasyonların yönetimi ve bildirimi

    11a temel maddesi, taburculuk sonrasında ortaya çıkanlar da dahil olmak üzere tüm komplikasyonların prospektif olarak kaydedilmesini ve kabul görmüş bir sınıflamaya göre derecelendirilmesini ister. Anonimleştirilmiş bir kayıt dökümü yükleyin. Derecelerin vaka incelemenizle tutarlı olmasına dikkat edin.

    ## Standart 12: Kalite iyileştirme, denetim ve veriler

    12a ve 12b temel maddeleri prospektif bir işlem veri tabanı ve yılda en az bir tam denetim döngüsü ister. Veri tabanının alan listesini ve eylem planıyla birlikte en son denetiminizi yükleyin. Ardından yeniden denetim yapılmayan bir denetim döngüyü tamamlamaz.

    ## Standart 13: Sürekli eğitim, uzmanlık eğitimi ve araştırma

    Bu standartta temel madde yoktur. Son yıllardaki sürekli eğitim, asistan eğitimi ve araştırma çalışmalarını özetleyin; bunlar Mükemmeliyet Merkezi için önemlidir.

manual-evidence = Kanıt belgeleri kitaplığı
manual-evidence-summary = Bir belgeyi bir kez yükleyin, istediğiniz sayıda maddeye bağlayın ve hasta verisi içermemesini sağlayın.
manual-evidence-body =
    ## Her kurum için bir kitaplık

    Yüklenen her dosya kurumun kanıt belgeleri kitaplığına eklenir; kitaplık her dosyayı kimin, ne zaman yüklediğini ve dosyanın hangi maddeleri desteklediğini gösterir. Bir dosya birden fazla maddeyi destekleyebilir.

    ## Dosya ekleme

    Bir maddenin altında Dosya ekle ve Yükle seçeneklerini kullanın ya da kitaplıktan bir dosya seçip Bağla düğmesine basın. Kaldır, dosyayı yalnızca o maddeden kaldırır.

    ## Kabul edilen dosyalar

    PDF, görsel, ofis belgesi ve düz metin dosyaları, gösterilen sınıra kadar (varsayılan olarak 20 MB) kabul edilir. Dosya türü adına göre değil, içeriğine göre denetlenir.

    ## İyi uygulamalar

    Güncel ve tarihli belgeler kullanın; yüklemeden önce adları, doğum tarihlerini ve hasta dosya numaralarını çıkarın. Başvurunun gönderilebilmesi için her temel maddenin gerekli kanıt belgelerinin bağlanmış olması gerekir; genişletilmiş bir maddede ise eksik kanıt belgeleri işaretlenir ancak gönderimi engellemez. Değerlendiriciler daha sonra ek belge isteyebilir.

manual-readiness = İlgi bekleyen maddeler özeti ve ilerleme
manual-readiness-summary = İlgi bekleyen maddeler özetini ve ilerleme tablosunu okuma ve başvuruyu göndermeye ne zaman hazır olduğunuzu anlama.
manual-readiness-body =
    ## Hâlâ ilgi bekleyen maddeler

    - Henüz yanıtlanmadı: her maddenin yanıtlanması gerekir; genişletilmiş bir madde, açıklaması yazılarak Hayır (henüz karşılanmadı) olarak yanıtlanabilir.
    - Başvuru gönderilmeden önce temel maddenin karşılanması gerekir: Hayır olarak yanıtlanan bir temel madde.
    - Yanıtın düzeltilmesi gerekiyor: yanıt kaydedildi, ancak denetimden geçmiyor (örneğin 100'ü aşan bir yüzde); yanıtlanmamış sayılır.
    - Gerekli kanıt belgeleri henüz yüklenmedi: bu durum bir temel madde için gönderimi engeller, genişletilmiş bir madde için ise yalnızca bir hatırlatmadır.

    ## İlerleme

    Sayaçlar yanıtlanan temel ve genişletilmiş maddeleri gösterir (tanıtım sürümünde 27 ve 28); Bölüm ve standarda göre ilerleme tablosu bunları ayrıntılı olarak gösterir, böylece işi ekip içinde paylaştırabilirsiniz.

    ## Göndermeye hazır

    Tüm maddeler yanıtlandığında, her temel madde karşılanmış olarak yanıtlanıp gerekli kanıt belgeleri bağlandığında ve vaka incelemesi tamamlandığında başvurunuz gönderilmeye hazırdır. Panel, başvurunun gönderilmesini hâlâ neyin engellediğini, her birini ilgili maddeye giden bir bağlantıyla birlikte tam olarak listeler; Yetkili Temsilci başvuruyu gönderdiğinde sunucu aynı denetimi uygular. Genişletilmiş maddelere verilen yanıtlar bir temel maddedeki eksikliği hiçbir zaman telafi etmez.

manual-case-review = Kurum içi vaka incelemesi
manual-case-review-summary = Takma adlandırılmış vaka listenizden 30 vakanın nasıl seçildiği ve her vaka formunun nasıl doldurulacağı.
manual-case-review-body =
    ## Referans listesi

    Son 12 aydaki tüm girişimsel onkoloji vakalarının takma adlandırılmış referanslarını her satıra bir tane gelecek şekilde ya da bir CSV dosyasının ilk sütununda listeleyin. Her biri en fazla 40 karakterden oluşan en az 30 farklı referans gerekir. Hiçbir zaman ad, doğum tarihi veya hasta dosya numarası kullanmayın: bu tür referanslar satır numarası belirtilerek reddedilir.

    ## Vakaların seçilmesi

    Rastgele 30 vaka seç düğmesine basın. Tohum değeri, liste parmak izi, tarih ve seçimi yapan kişi kaydedilir; böylece seçim tekrarlanabilir ve doğrulanabilir. Yeniden seç için değerlendiricilerin de görebileceği bir gerekçe belirtilmelidir.

    ## Vaka formu

    Her vaka için işlem türünü ve tarihini, tümör konseyi görüşmesinin, onamın ve izlemin belgelenip belgelenmediğini, komplikasyon derecesini (CIRSE 1-6 veya yok) ve notları kaydedin. Sayfa, 30 vakadan kaçının tamamlandığını gösterir. Form çevrimdışı saklanmaz: Kaydedilmedi uyarısı görürseniz yeniden bağlandığınızda tekrar deneyin. “Bir önceki vakayla aynı”, değerler tekrarlandığında üstteki vakanın yanıtlarını (notları hariç) kopyalar; ardından farklı olanı değiştirin.

    ## Kimlik bilgisi uyarıları

    Ad, doğum tarihi, kimlik numarası veya iletişim bilgileri içeriyor gibi görünen notlar işaretlenir ve notlar yeniden yazılana kadar vaka Yapılacak durumunda kalır. Gerçekte ne olduysa onu kaydedin: inceleme, uygulamanızı yansıtmalıdır.

manual-submission = Başvurunun gönderilmesi
manual-submission-summary = Başvuruyu kimin gönderdiği, nelerin denetlenip dondurulduğu ve alındı belgenizin ne anlama geldiği.
manual-submission-body =
    ## Kim gönderir

    Yalnızca Yetkili Temsilci. Yetkili Temsilci onay kutusunu işaretler ve Başvuruyu gönder düğmesine basar; sunucu, başvurunun hazır olup olmadığını yeniden denetler.

    ## Göndermeden önce

    - Tüm maddeler yanıtlanmıştır; her temel madde karşılanmış ve gerekli kanıt belgeleri bağlanmıştır.
    - Vaka incelemesi tamamlanmıştır.
    - Hiçbir meslektaşınızda hâlâ Çevrimdışı — bu cihaza kaydedildi durumu görünmemektedir.

    ## Neler dondurulur

    Yanıtlar, bağlı kanıt belgeleri ve vaka incelemesi, SHA-256 içerik parmak izine sahip tek bir anlık görüntüde dondurulur. Durum Gönderildi – değerlendiriciler bekleniyor olarak değişir.

    ## Alındı belgeniz

    Sayfa, başvuruyu kimin ve ne zaman gönderdiğini ve ekibe e-postayla da iletilen parmak izini gösterir. Bunu saklayın: tam olarak neyi gönderdiğinizi tanımlar.

manual-assessment = Değerlendirme
manual-assessment-summary = Değerlendiricilerin nasıl inceleme yaptığı, soruların nasıl işlediği ve kanıt belgesi istendiğinde sürenin neden durduğu.
manual-assessment-body =
    ## Görevlendirme

    Değerlendiricileri ofis atar. Her değerlendirici önce çıkar çatışmalarını beyan eder; çıkar çatışması görevlendirmeyi sona erdirir. İlk değerlendirici etkin hâle geldiğinde durum Değerlendirmede olarak değişir ve süre işlemeye başlar.

    ## Bulgular

    Değerlendirmeler altında her değerlendirici tüm yanıtları, bunların kanıt belgelerini ve vaka incelemesini inceler; her biri için bir yorumla birlikte Karşılanıyor, Kısmen karşılanıyor, Karşılanmıyor veya Uygulanamaz kaydeder. Temel maddelerde Uygulanamaz hiçbir zaman karşılanmış sayılmaz. Değerlendiriciler bağımsız olarak çalışır, ardından bir öneri gönderir.

    ## Sorular

    Değerlendirici bir madde hakkında soru sorabilir. Durum Değerlendiriciler kanıt belgesi istedi olarak değişir, ekibe e-posta gönderilir ve madde yeniden düzenlemeye açılır. Yanıt verin, bir dosya ekleyin veya maddeyi düzeltin; ardından değerlendirici soruyu kapatır.

    ## Süre

    Açık bir soru olduğu sürece süre durdurulur. Ofis, genellikle 12 hafta olan bir hedef süreye göre çalışır; bu nedenle sorulara zamanında yanıt verin.

manual-decision = Karar, sertifika ve doğrulama
manual-decision-summary = Kararın nasıl verildiği ve sertifikanızın, rozetinizin ve dizin kaydınızın nasıl işlediği.
manual-decision-body =
    ## Karar

    Tüm sorular kapatıldığında ofis karar verir. Akredite kararı için tüm temel maddelerin her değerlendirici tarafından karşılanmış bulunması ve vaka incelemesinin tamamlanmış olması gerekir. Aksi durumda Düzeltme gerekli kararı düzeltilecek maddeleri belirtir; karar yazısını başvuru sayfasında veya PDF olarak okuyabilirsiniz.

    ## Düzeltmeler

    Yalnızca belirtilen maddeler yeniden düzenlemeye açılır. Bu maddeleri düzeltin; ardından Yetkili Temsilci başvuruyu yeniden gönderir ve aynı değerlendiriciler incelemeye devam eder.

    ## Sertifika ve doğrulama

    Akredite Merkeze dört yıl geçerli bir sertifika verilir; sertifikadaki QR kod, Geçerli, Süresi dolmuş veya Geri çekilmiş durumunu gösteren herkese açık bir doğrulama sayfasına yönlendirir. Web sitelerine yerleştirilebilen bir rozet de aynı güncel durumu gösterir.

    ## Dizin

    Geçerli sertifikaya sahip Akredite Merkezler ve Mükemmeliyet Merkezleri dizinde otomatik olarak listelenir. Bir Kayıtlı Merkez ise yalnızca ana hesap sahibi Bu kayıtlı merkezi herkese açık dizinde listele seçeneğini işaretlerse listelenir.

manual-recertification = Yeniden belgelendirme ve Mükemmeliyet Merkezi
manual-recertification-summary = Yeniden belgelendirme faturası, önceden doldurulmuş başvuru, olası sonuçlar ve akreditasyonun süresi dolduğunda ne olduğu.
manual-recertification-body =
    ## Zaman çizelgesi

    Döngüler arasında her yıl, akreditasyonunuzun yıl dönümünde Yetkili Temsilci kurum sayfasında kısa bir öz denetimi tamamlar: personelin, ekipmanın ve işlem sayısının temel maddeleri hâlâ karşıladığını onaylar ya da neyin değiştiğini belirtir. Dört yıllık akreditasyonunuzun bitiminden altı ay önce yeniden belgelendirme faturasını alırsınız. Fatura ödendiğinde, güncel standart sürümüne dayanan bir yeniden belgelendirme başvurusu açılır.

    ## Önceden doldurulmuş başvuru

    Başvuru, akredite olduğunuz son döngüdeki yanıtlarla önceden doldurulur. Aktarılan her yanıt “Önceki dönemden aktarıldı — onaylayın veya güncelleyin” olarak işaretlenir ve siz onu olduğu gibi onaylayana veya değiştirene kadar yanıtlanmamış sayılır. Kanıt belgeleri kitaplığında kayıtlı son geçerlilik tarihi geçmiş olan kanıt belgeleri işaretlenir. “Önceki dönemle karşılaştır”, madde madde neyin değiştiğini gösterir; değerlendiriciler de aynı karşılaştırmayı görür.

    ## Sonuçlar

    - Yeniden belgelendirmede Mükemmeliyet Merkezi için başvurabilirsiniz; özet, kaç genişletilmiş maddenin hâlâ yanıtlanmamış olduğunu gösterir.
    - Başvuru yapılmış, tüm temel ve tüm genişletilmiş maddeler karşılanıyor: dört yıl için Mükemmeliyet Merkezi.
    - Tüm temel maddeler karşılanıyor: dört yıl için yeniden Akredite Merkez.
    - Bir temel madde karşılanmıyor: belirtilen maddelerde düzeltme gerekli.

    ## Süre bitimi

    Süre bitiminden önce gönderilen bir yeniden belgelendirme başvurusu değerlendirmedeyken akreditasyon geçerliliğini korur. Aksi halde akreditasyonun süresi dolar ve bu durum doğrulama sayfasında, rozette ve dizinde gösterilir. Geri çekilen bir sertifika Geri çekilmiş olarak görünür.

manual-workshops = Çalıştaylar
manual-workshops-summary = Çalıştay bulma, yer ayırtma ve iptal etme ile bekleme listesinin işleyişi.
manual-workshops-body =
    ## Çalıştaylar

    Ofis, her biri belirtilen bir dilde ve sınırlı kontenjanla çevrimiçi veya yüz yüze çalıştaylar düzenler. Takvim herkese açıktır ve saatler çalıştayın kendi saat diliminde gösterilir.

    ## Yer ayırtma ve bekleme listesi

    Oturum açmış kurum üyeleri kendileri veya aynı kurumdan bir meslektaşları için yer ayırtabilir. Kontenjan doluysa bekleme listesine katılın; bir yer boşaldığında listede ilk sırada bekleyen kişi bu yeri alır ve kendisine bir e-posta gönderilir. Yeri olan herkese bir gün önce bir hatırlatma gönderilir.

    ## İptal ve takviminiz

    Katılamayacaksanız erkenden iptal edin; böylece bekleyen biri yerinizi alabilir. Bir çalıştayı iCalendar (.ics) dosyası olarak indirin veya tüm çalıştayların takvim akışına abone olun.

manual-faq = Sıkça sorulan sorular
manual-faq-summary = Ekiplerin ve değerlendiricilerin en sık sorduğu sorulara kısa yanıtlar.
manual-faq-body =
    ## Soruları sırayla yanıtlamak zorunda mıyız?

    Hayır. İstediğiniz sırayla yanıtlayın; ilgi bekleyen maddeler özeti nelerin kaldığını gösterir.

    ## Göndermeden önce tüm kanıt belgelerinin yüklenmesi gerekir mi?

    Temel maddeler için evet: başvurunun gönderilebilmesi için her temel maddenin gerekli kanıt belgeleri bağlanmış olmalıdır. Genişletilmiş maddelerde ise eksik kanıt belgeleri işaretlenir ancak gönderimi engellemez; belgeleri değerlendiriciler için hazır bulundurun.

    ## Ağ kesilirse ne olur?

    Yanıtlar Çevrimdışı — bu cihaza kaydedildi olarak işaretlenip cihazınızda kalır ve yeniden bağlandığınızda gönderilir. Yanıtlar gönderilmeden oturumu kapatmayın.

    ## Başvuruyu kim gönderebilir?

    Yalnızca Yetkili Temsilci; hiçbir zaman bir yönetici değil. Ana hesap sahibi başka bir Yetkili Temsilci atayabilir.

    ## 30 vakayı yeniden seçebilir miyiz?

    Evet, bir gerekçe belirterek; gerekçe kayda geçer ve değerlendiriciler tarafından görülebilir.

    ## Değerlendirme ne kadar sürer?

    Hedef, işleyen süre olarak yaklaşık 12 haftadır; açık bir soru olduğu sürece süre durur.

    ## Başkaları durumumuzu nasıl kontrol edebilir?

    Sertifikadaki QR koddan, rozetinizden veya dizinden ulaşılan doğrulama sayfası aracılığıyla.

    ## Bu resmî standart sürümü mü?

    Hayır. Bu, kendi ifadelerimizle yazılmış bir tanıtım sürümüdür; lisanslı sürüm ayrıca içe aktarılır.

manual-glossary = Sözlük
manual-glossary-summary = Accredit-IO'da kullanılan girişimsel onkoloji ve program terimleri.
manual-glossary-body =
    - Ablasyon: bir tümörün, görüntüleme eşliğinde yerleştirilen bir prob aracılığıyla ısı, soğuk veya başka bir enerji türüyle yok edilmesi.
    - Akredite Merkez (Accredited Centre): tüm temel maddeleri karşıladığı saptanan kurum; dört yıl geçerlidir.
    - Yetkili Temsilci (Authorised Representative): başvurudan resmî olarak sorumlu olan ve başvuruyu gönderebilecek tek kişi.
    - Vaka referansı (takma adlandırılmış): bir vakayı kurum içinde tanımlayan, ad, doğum tarihi veya hasta dosya numarası içermeyen kod.
    - Mükemmeliyet Merkezi (Centre of Excellence): yeniden belgelendirmede tüm temel ve genişletilmiş maddeleri karşılayarak ulaşılan en yüksek statü.
    - Kemoembolizasyon (TACE): bir tümörü besleyen arterlere embolik partiküllerle birlikte enjekte edilen kemoterapi.
    - CIRSE komplikasyon sınıflaması: girişimsel işlemlerin komplikasyonları için en hafif olan 1. dereceden ölümü ifade eden 6. dereceye kadar uzanan bir ölçek.
    - Sürenin durması: açık bir sorunun değerlendirme süresini durdurduğu zaman dilimi.
    - İçerik parmak izi: gönderim sırasında dondurulan anlık görüntünün SHA-256 değeri.
    - Temel madde (core item): akreditasyon için karşılanması zorunlu olan madde.
    - Kayıtlı Merkez (Enrolled Centre): kayıt faturası ödenmiş, kayıtlı bir kurum.
    - Kanıt belgeleri kitaplığı: kurumun belge arşivi; her belge birden fazla maddeye bağlanabilir.
    - Genişletilmiş madde (extended item): yalnızca Mükemmeliyet Merkezi için gerekli olan madde.
    - Bulgu: bir değerlendiricinin tek bir maddeye ilişkin yargısı.
    - Kurum içi vaka incelemesi: vaka listenizden rastgele seçilen 30 vakanın incelenmesi.
    - Soru: bir değerlendiricinin tek bir madde hakkında sorduğu ve kapatılana kadar maddeyi yeniden düzenlemeye açan soru.
    - Radyoembolizasyon (TARE veya SIRT): bir karaciğer tümörünü besleyen arterlere verilen radyoaktif mikroküreler.
    - Standart sürümü: bölümleri, standartları ve harflerle numaralandırılmış maddeleri içeren, standartların sabit bir sürümü.
    - Tümör konseyi (MDT): her hastanın tedavisine ortak karar verilen multidisipliner toplantı.
