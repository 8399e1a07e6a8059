# Accredit-IO standards texts: demonstration edition demo-2026 (standards/demo-2026.toml).
# Our own wording of plausible interventional-oncology quality items, not the licensed standards.
# English is the source language and the fallback.

edition-demo-2026-title = Tanıtım sürümü 2026 (lisanslı standartlar değildir)

## Section 1

std-section-1-title = Organizasyon ve altyapı

### Standard 1

std-1-title = Hizmetin organizasyonu ve yönetişimi
std-1-intro = Bu standart, girişimsel onkoloji hizmetinin hastane içinde nasıl yönetildiğini, organize edildiğini ve yönetişiminin nasıl sağlandığını ele alır.

std-1a-text = Hizmetin, girişimsel onkoloji için adı belirlenmiş bir klinik sorumlusu var mı?
std-1a-guidance = Girişimsel onkoloji hizmetinden tek bir hekim sorumluysa ve bu görev belgelenmişse evet yanıtını verin. Girişimsel onkolojiye ilişkin sorumlulukları yazılı olarak belirlenmişse, başka bir hizmetle paylaşılan bir sorumlu da kabul edilebilir.
std-1a-evidence-1 = Girişimsel onkoloji hizmetinin organizasyon şeması
std-1a-evidence-2 = Klinik sorumlunun görev tanımı veya atama yazısı

std-1b-text = Hizmet, son 12 ayda kaç terapötik girişimsel onkoloji işlemi gerçekleştirdi?
std-1b-guidance = Yalnızca terapötik işlemleri sayın (örneğin ablasyon, kemoembolizasyon, radyoembolizasyon ve tümöre yönelik diğer tedaviler); yalnızca tanı amaçlı biyopsileri ve port yerleştirme işlemlerini dahil etmeyin. Yanıt tarihinizden önceki 12 ayı esas alın.
std-1b-evidence-1 = Son 12 aya ait işlem kaydının özeti (anonimleştirilmiş)

std-1c-text = Girişimsel onkoloji hizmeti, tanımlı raporlama hatlarıyla hastanenin organizasyon yapısında resmî olarak tanınıyor mu?
std-1c-guidance = Hizmet, hastanenin organizasyon şemasında veya klinik sorumlunun kime bağlı olduğunu gösteren eşdeğer bir belgede yer almalıdır. Resmî olmayan düzenlemeleri açıklamada belirtin.
std-1c-evidence-1 = Girişimsel onkoloji hizmetinin konumunu gösteren hastane organizasyon şeması

std-1d-text = Girişimsel onkoloji hizmeti esas olarak hangi bölüm bünyesinde yapılandırılmıştır?
std-1d-guidance = Girişimsel onkoloji hizmetinin bütçesini ve hiyerarşik yönetimini üstlenen bölümü seçin. Sorumluluk paylaşılıyorsa klinik sorumlunun bağlı olduğu bölümü seçin.
std-1d-option-radiology = Radyoloji veya girişimsel radyoloji
std-1d-option-oncology = Onkoloji veya kanser merkezi
std-1d-option-surgery = Cerrahi
std-1d-option-independent = Bağımsız girişimsel onkoloji birimi
std-1d-option-other = Diğer

std-1e-text = Hizmetin sunduğu her girişimsel onkoloji işlemi için yazılı standart işletim prosedürleri var mı?
std-1e-guidance = Sunulan her işlem türü için endikasyonları, kontrendikasyonları, hazırlığı, tekniği ve işlem sonrası bakımı kapsayan güncel, yazılı bir standart işletim prosedürü (SOP) bulunmalıdır. SOP'si olmayan işlem türlerini açıklamada listeleyin.
std-1e-evidence-1 = Ablasyon için yazılı SOP
std-1e-evidence-2 = Gözden geçirme tarihleriyle birlikte güncel SOP'lerin dizini

std-1f-text = Hizmetin SOP'leri ve politikaları sürüm kontrolüne tabi mi ve üç yılı aşmayan tanımlı aralıklarla gözden geçiriliyor mu?
std-1f-guidance = Belgelerin nasıl tarihlendirildiğini, sürümlendirildiğini ve onaylandığını, gözden geçirilmelerinden kimin sorumlu olduğunu gösterin. Gözden geçirme süresi geçmiş belgelerin gerekçesi açıklanmalıdır.
std-1f-evidence-1 = Doküman kontrol kaydı veya politika listesi

std-1g-text = Hizmetin, hastaların tedavi öncesinde ve sonrasında bir girişimsel onkolog tarafından görüldüğü özel poliklinikleri var mı?
std-1g-guidance = Poliklinikler, bir girişimsel onkoloğun katılması koşuluyla yalnızca girişimsel onkoloji hizmeti tarafından veya diğer uzmanlık dallarıyla ortaklaşa yürütülebilir. Polikliniklerin hangi sıklıkla yapıldığını belirtin.
std-1g-evidence-1 = Temsili bir aya ait poliklinik çizelgesi

std-1h-text = Hizmetin sunduğu girişimsel onkoloji işlemlerinin kapsamını ve önümüzdeki üç yıl için planlanan gelişmeleri açıklayın.
std-1h-guidance = Kısa bir genel bakış yeterlidir: başlıca işlem türleri, tedavi edilen tümör türleri ve planlanan yeni teknikler, ekipman veya personel.
std-1h-evidence-1 = Hizmet geliştirme planı veya en son yıllık rapor

### Standard 2

std-2-title = Tesisler ve ekipman
std-2-intro = Bu standart, girişimsel onkoloji işlemleri için kullanılabilen odaları, görüntüleme ekipmanını ve teknik desteği ele alır.

std-2a-text = Girişimsel onkoloji hizmeti, işlemlerin kılavuzluğu ve planlanması için hangi görüntüleme yöntemlerini kullanabilmektedir?
std-2a-guidance = Girişimsel onkoloji ekibinin, kendi odalarında veya başka bir bölümle yapılan anlaşma çerçevesinde, işlemleri için kullanabildiği tüm yöntemleri seçin.
std-2a-evidence-1 = Kurulum yılıyla birlikte görüntüleme ekipmanı listesi
std-2a-option-ct = BT
std-2a-option-mri = MR
std-2a-option-ultrasound = Ultrasonografi
std-2a-option-angiography = Floroskopi veya anjiyografi
std-2a-option-cone-beam-ct = Konik ışınlı BT
std-2a-option-pet-ct = PET-BT

std-2b-text = Hizmetin, hasta monitörizasyonu ve resüsitasyon ekipmanıyla donatılmış, girişimsel onkolojiye uygun işlem odalarına güvence altında erişimi var mı?
std-2b-guidance = Girişimsel onkoloji işlem listeleri planlanmış ve korunmuşsa odalar başka hizmetlerle paylaşılabilir. Resüsitasyon ekipmanı belgelenmiş bir takvime göre kontrol edilmelidir.
std-2b-evidence-1 = İşlem odalarının tanımı veya kat planı
std-2b-evidence-2 = Son aya ait resüsitasyon ekipmanı kontrol listesi

std-2c-text = Girişimsel onkoloji işlemlerinde kullanılan ana görüntüleme ekipmanının belgelenmiş son kalite güvence kontrolü hangi tarihte yapıldı?
std-2c-guidance = Medikal fizik birimi veya üreticinin servis mühendisi tarafından yapılan en son kontrolün tarihini girin. Birden fazla sistem kullanılıyorsa en sık kullanılan sistemin tarihini girin.
std-2c-evidence-1 = En son ekipman kalite güvence veya servis raporu

### Standard 3

std-3-title = Personel ve yetkilendirme
std-3-intro = Bu standart, girişimsel onkoloji hizmeti sunan personelin sayısını, eğitimini ve yetkilendirmesini ele alır.

std-3a-text = Girişimsel onkoloji işlemleri yapan tüm hekimler, yaptıkları işlemler için eğitimli ve yetkilendirilmiş mi?
std-3a-guidance = Yetkilendirme, girişimsel radyolojide tanınmış bir yeterlik belgesi, bunun ulusal bir eşdeğeri veya belgelenmiş bir yerel süreç yoluyla sağlanabilir. Hâlâ gözetim altında eğitim almakta olan hekimleri açıklamada belirtin.
std-3a-evidence-1 = Girişimsel onkoloji hekimlerinin yetkilendirme kayıtları
std-3a-evidence-2 = Girişimsel onkoloji hekimlerinin kısa özgeçmişleri

std-3b-text = Hizmette şu anda kaç hekim girişimsel onkoloji işlemlerini bağımsız olarak gerçekleştiriyor?
std-3b-guidance = İşlemleri gözetim olmadan yapan hekimleri sayın; eğitimdeki hekimleri saymayın.

std-3c-text = Girişimsel onkoloji işlemleri, girişimsel çalışma konusunda eğitimli hemşireler ve radyoloji teknisyenleri tarafından destekleniyor ve gerektiğinde anestezi desteği sağlanabiliyor mu?
std-3c-guidance = Bir işlem için olağan ekibi ve anestezi veya sedasyon desteğinin nasıl istendiğini açıklayın. Belgelenmiş olması koşuluyla eğitim kurum içinde verilebilir.
std-3c-evidence-1 = Temsili bir aya ait personel çalışma çizelgesi
std-3c-evidence-2 = Girişimsel onkoloji hemşirelerinin ve radyoloji teknisyenlerinin eğitim kayıtları

std-3d-text = Hastane, girişimsel onkoloji işlemlerinin komplikasyonlarını yönetmek için günün 24 saati girişimsel radyoloji hizmeti sağlıyor mu?
std-3d-guidance = Hasta nakline ilişkin düzenlemeler yazılı olarak kararlaştırılmışsa bu hizmet, komşu bir hastaneyle paylaşılan bir nöbet çizelgesiyle sağlanabilir.
std-3d-evidence-1 = Girişimsel radyoloji nöbet çizelgesi

### Standard 4

std-4-title = Multidisipliner tümör konseyi
std-4-intro = Bu standart, girişimsel onkoloji tedavi kararlarının multidisipliner bir ekip içinde nasıl alındığını ele alır.

std-4a-text = Son 12 ayda, sevkin alınmasından tümör konseyinde görüşülmesine kadar geçen gün sayısının ortancası neydi?
std-4a-guidance = Sevk kaydınızı veya tümör konseyi kayıtlarını kullanarak takvim günlerini sayın. Kesin bir ortanca değer yoksa en iyi tahmininizi verin.
std-4a-evidence-1 = Sevkten tümör konseyine kadar geçen sürelerin denetimi

std-4b-text = Girişimsel onkoloji tedavisine aday hastaların görüşüldüğü her tümör konseyinde bir girişimsel onkolog daimi üye midir?
std-4b-guidance = Üyelik, tümör konseyinin görev ve çalışma esaslarında belirtilmelidir. Girişimsel onkolog bulunmadığında yerine kimin katılacağının nasıl düzenlendiğini açıklayın.
std-4b-evidence-1 = Üyelerini listeleyen tümör konseyi görev ve çalışma esasları
std-4b-evidence-2 = Son altı aya ait katılım kayıtları

std-4c-text = Elektif girişimsel onkoloji tedavisi düşünülen tüm hastalar işlemden önce tümör konseyinde görüşülüyor mu?
std-4c-guidance = Acil işlemler sonradan görüşülebilir. Diğer istisnaları ve bunların nasıl belgelendiğini açıklayın.
std-4c-evidence-1 = Son üç aya ait tümör konseyi tutanakları (anonimleştirilmiş)

std-4d-text = Tümör konseyi önerileri hasta dosyasına kaydediliyor ve sevk eden hekime iletiliyor mu?
std-4d-guidance = Önerinin nereye kaydedildiğini ve sevk eden hekimin nasıl bilgilendirildiğini açıklayın; örneğin yazıyla veya elektronik kayıt aracılığıyla.
std-4d-evidence-1 = Anonimleştirilmiş tümör konseyi önerilerinden örnekler

std-4e-text = Girişimsel onkoloji hastalarını görüşen tümör konseyi hangi sıklıkla toplanıyor?
std-4e-guidance = Girişimsel onkoloji hastaları birden fazla tümör konseyinde görüşülüyorsa, en çok girişimsel onkoloji sevkini görüşen konsey için yanıt verin.
std-4e-option-weekly = Haftalık
std-4e-option-fortnightly = İki haftada bir
std-4e-option-monthly = Aylık
std-4e-option-less-often = Daha seyrek veya gerektiğinde

## Section 2

std-section-2-title = Klinik süreç ve hasta güvenliği

### Standard 5

std-5-title = Sevk ve işlem öncesi değerlendirme
std-5-intro = Bu standart, hastaların hizmete nasıl sevk edildiğini ve tedavi öncesinde nasıl değerlendirildiğini ele alır.

std-5a-text = Girişimsel onkoloji işlemleri için sevk formu veya elektronik istem gibi belgelenmiş bir sevk yolu var mı?
std-5a-guidance = Sevk yolu, ilgili görüntüleme ve laboratuvar sonuçları dahil olmak üzere sevk eden hekimin hangi bilgileri sağlaması gerektiğini açıkça belirtmelidir.
std-5a-evidence-1 = Sevk formu veya elektronik istem şablonu

std-5b-text = Sevk eden hekimlere, sunulan işlemler ve sevk kriterleri hakkında yazılı bilgi veriliyor mu?
std-5b-guidance = Bu bilgi bir broşür, bir intranet sayfası veya hastanenin sevk kılavuzunun bir bölümü olabilir.
std-5b-evidence-1 = Sevk eden hekimler için bilgilendirme

std-5c-text = İşlem öncesi görüntülemenin nasıl incelendiğini ve planlama için yeterince güncel olmasını nasıl sağladığınızı açıklayın.
std-5c-guidance = Görüntülemeyi kimin incelediğini, görüntüleme ile işlem arasında kabul ettiğiniz en uzun süreyi ve görüntüleme güncelliğini yitirdiğinde ne yapıldığını belirtin.

std-5d-text = Her hasta, işlemden önce girişimsel onkoloji ekibinin bir üyesi tarafından performans durumu, laboratuvar sonuçları, kullandığı ilaçlar ve alerjiler dahil olmak üzere klinik olarak değerlendiriliyor mu?
std-5d-guidance = Değerlendirme poliklinikte, serviste veya belgelenmiş bir ön değerlendirme telefon görüşmesiyle yapılabilir. Antikoagülan ve antiplatelet ilaçlara özellikle dikkat edilmelidir.
std-5d-evidence-1 = İşlem öncesi değerlendirme kontrol listesi
std-5d-evidence-2 = Doldurulmuş ve anonimleştirilmiş üç değerlendirme

### Standard 6

std-6-title = Aydınlatılmış onam ve hasta bilgilendirmesi
std-6-intro = Bu standart, hastaların tedavileri hakkında nasıl bilgilendirildiğini ve onamlarının nasıl alındığını ele alır.

std-6a-text = Her elektif girişimsel onkoloji işlemi için, işlem hakkında yeterli bilgiye sahip bir klinisyen tarafından yazılı aydınlatılmış onam alınıyor mu?
std-6a-guidance = Onamı kimin ve ne zaman aldığını açıklayın. Onam normalde işlem gününden önce ya da hastanın düşünmesine yetecek kadar süre tanınarak alınmalıdır.
std-6a-evidence-1 = İşleme özgü onam formları

std-6b-text = Onam görüşmesi beklenen yararları, sık görülen ve ciddi riskleri ve alternatif tedavileri kapsıyor mu?
std-6b-guidance = Onam formu veya görüşme kaydı, risklerin ve alternatiflerin açıklandığını göstermelidir.
std-6b-evidence-1 = Doldurulmuş ve anonimleştirilmiş onam formu

std-6c-text = Hastalara işlemlerinden önce, sade bir dille yazılmış, işleme özgü yazılı bilgi veriliyor mu?
std-6c-guidance = Bilgiler işlemi, hazırlığı, beklenen iyileşme sürecini ve sorular için kiminle iletişime geçileceğini açıklamalıdır.
std-6c-evidence-1 = Başlıca işlemler için hasta bilgilendirme broşürleri

std-6d-text = İhtiyacı olan hastalar için tercüman veya erişilebilir formatlarda bilgi sağlanabiliyor mu?
std-6d-guidance = Tercümanın nasıl ayarlandığını ve görme, işitme veya öğrenme güçlüğü olan hastalar için nelerin sağlandığını açıklayın.
std-6d-evidence-1 = Tercümanlık ve erişilebilir bilgiye ilişkin hastane politikası

std-6e-text = Girişimsel onkoloji işlemlerine ilişkin hasta bilgileri hangi formatlarda sunulmaktadır?
std-6e-guidance = Sunulan işlemlerden en az biri için şu anda kullanılan tüm formatları seçin.
std-6e-option-leaflet = Basılı broşür
std-6e-option-website = Hastane web sitesi veya hasta portalı
std-6e-option-video = Video
std-6e-option-translated = Başka dillere çeviriler
std-6e-option-easy-read = Kolay okunur sürüm

### Standard 7

std-7-title = İşlem planlaması ve işlem çevresi bakım
std-7-intro = Bu standart, işlemlerin nasıl planlandığını ve hastalara işlemden hemen önce, işlem sırasında ve hemen sonra nasıl bakım verildiğini ele alır.

std-7a-text = Her girişimsel onkoloji işlemi için bir işlem güvenliği kontrol listesi doldurulup belgeleniyor mu?
std-7a-guidance = Tanınmış bir cerrahi güvenlik kontrol listesinden uyarlanmış bir kontrol listesi uygundur. Listenin doldurulduğunun nasıl denetlendiğini açıklayın.
std-7a-evidence-1 = Güvenlik kontrol listesinin boş bir örneği
std-7a-evidence-2 = En son kontrol listesi uyum denetiminin sonucu

std-7b-text = Sedasyon ve analjezi, işlem çevresi antikoagülasyon ve antibiyotik profilaksisi için yazılı protokoller var mı?
std-7b-guidance = Girişimsel onkoloji işlemlerini kapsıyorsa protokoller hastane genelinde geçerli protokoller olabilir. Eksik protokol varsa hangileri olduğunu belirtin.
std-7b-evidence-1 = Sedasyon ve analjezi protokolü
std-7b-evidence-2 = İşlem çevresi antikoagülasyon kılavuzu

std-7c-text = Tedavinin nasıl planlandığını ve işlem sonunda teknik sonucun nasıl doğrulandığını açıklayın; örneğin ablasyon sınırı veya embolizasyon son noktası.
std-7c-guidance = Kullanılan planlama veya görüntü füzyonu yazılımlarını, işlem sonunda yapılan kontrastlı görüntülemeyi ve sonucun işlem raporuna nasıl kaydedildiğini belirtin.
std-7c-evidence-1 = Örnek işlem raporu (anonimleştirilmiş)

### Standard 8

std-8-title = Radyasyondan korunma ve güvenlik
std-8-intro = Bu standart, girişimsel onkoloji işlemleri sırasında hastaların ve personelin iyonlaştırıcı radyasyondan nasıl korunduğunu ele alır.

std-8a-text = Girişimsel onkoloji hizmeti, adı belirlenmiş bir medikal fizik uzmanı veya radyasyondan korunma danışmanı tarafından destekleniyor mu?
std-8a-guidance = Uzman hastane kadrosunda veya sözleşmeli olabilir; doz denetimlerinde, ekipman kabul testlerinde ve protokollerin optimizasyonunda görev almalıdır.
std-8a-evidence-1 = Medikal fizik uzmanının atama yazısı veya hizmet sözleşmesi

std-8b-text = Floroskopi ve BT kılavuzluğunda yapılan her işlemde hastanın aldığı radyasyon dozu kaydediliyor mu?
std-8b-guidance = Doz, bir doz yönetim sistemi tarafından otomatik olarak veya işlem raporuna elle kaydedilebilir.
std-8b-evidence-1 = Son işlemlere ait doz kaydından alıntı (anonimleştirilmiş)

std-8c-text = Hizmet, başlıca işlemleri için yerel tanısal referans düzeyleri belirledi ve son 12 ayda dozlarını bunlarla karşılaştırdı mı?
std-8c-guidance = Hangi işlemlerin kapsandığını ve dozlar referans düzeylerin üzerindeyse hangi önlemlerin alındığını açıklayın.
std-8c-evidence-1 = En son doz denetimi raporu

std-8d-text = İşlem odasındaki tüm personel kişisel dozimetre ve koruyucu ekipman kullanıyor mu ve aldıkları dozlar değerlendiriliyor mu?
std-8d-guidance = Varsa göz merceği izlemi dahil dozimetri düzenlemelerini ve sonuçları kimin değerlendirdiğini açıklayın.
std-8d-evidence-1 = Son bir yıla ait personel dozimetri sonuçlarının özeti
std-8d-evidence-2 = Muayene tarihleriyle birlikte koruyucu ekipman envanteri

std-8e-text = Radyasyon dozu belirlenmiş bir eşiği aşan hastaların izlenmesi için belgelenmiş bir süreç var mı?
std-8e-guidance = Süreç, eşik değerini, hastanın nasıl bilgilendirildiğini ve olası cilt hasarının nasıl kontrol edildiğini belirtmelidir.
std-8e-evidence-1 = Yüksek doz alan hastaların izlenmesine ilişkin prosedür

std-8f-text = Hizmet radyoembolizasyon uyguluyorsa, radyoaktif mikrokürelerin hazırlanması, taşınması ve uygulanması için nükleer tıp ile mutabık kalınmış yazılı bir protokol var mı?
std-8f-guidance = Hizmet radyoembolizasyon uygulamıyorsa hayır yanıtını verin ve bunu açıklamada belirtin.
std-8f-evidence-1 = Nükleer tıp ile ortak radyoembolizasyon protokolü

### Standard 9

std-9-title = Hemşirelik ve servis bakımı
std-9-intro = Bu standart, girişimsel onkoloji hastalarının işlemlerinden önce ve sonra aldıkları hemşirelik ve servis bakımını ele alır.

std-9a-text = Hizmetin, girişimsel onkoloji hastaları için günübirlik veya yataklı tedavi yataklarına güvenilir erişimi var mı?
std-9a-guidance = Girişimsel onkoloji hastaları için yatakların kullanılabilirliği konusunda bir anlaşma varsa yataklar ortak bir serviste olabilir.
std-9a-evidence-1 = Yatak tahsis anlaşması veya servis düzenlemeleri

std-9b-text = Servis hemşireleri, giriş yeri bakımı ve postembolizasyon sendromunun tanınması gibi girişimsel onkolojiye özgü işlem sonrası bakım konusunda eğitimli mi?
std-9b-guidance = Eğitim, girişimsel onkoloji ekibi veya servisin kendi eğitim sorumluları tarafından verilebilir; eğitimin nasıl kaydedildiğini açıklayın.
std-9b-evidence-1 = Girişimsel onkoloji işlem sonrası bakımına ilişkin hemşirelik eğitim kayıtları

std-9c-text = Hastaların taburcu olduktan sonra endişeleri için arayabilecekleri, hemşireler tarafından yürütülen bir telefon hattı gibi belirlenmiş bir iletişim noktası var mı?
std-9c-guidance = İletişim bilgisi, mesai saatleri dışında ne yapılması gerektiğine ilişkin önerilerle birlikte taburculukta hastaya yazılı olarak verilmelidir.
std-9c-evidence-1 = İletişim bilgilerini içeren taburculuk bilgilendirmesi

## Section 3

std-section-3-title = Sonuçlar, kalite ve eğitim

### Standard 10

std-10-title = İzlem ve sonuçların değerlendirilmesi
std-10-intro = Bu standart, hastaların tedavi sonrasında nasıl izlendiğini ve sonuçların nasıl ölçüldüğünü ele alır.

std-10a-text = Son 12 ayda tedavi edilen hastaların yüzde kaçının işlemden sonraki 30 gün içinde belgelenmiş bir klinik izlemi oldu?
std-10a-guidance = İzlem bir poliklinik kontrolü, telefonla görüşme veya hasta dosyasının belgelenmiş bir incelemesi olabilir. En yakın tam sayıya yuvarlayın.
std-10a-evidence-1 = 30 günlük izlem denetimi

std-10b-text = Hizmet, tedavi sonrası görüntülemeyi değerlendirmek için esas olarak hangi yanıt kriterlerini kullanıyor?
std-10b-guidance = Hastaların çoğunda kullanılan kriterleri seçin. Farklı tümör türleri için farklı kriterler kullanılıyorsa en sık kullanılanı seçin.
std-10b-option-mrecist = mRECIST
std-10b-option-recist = RECIST 1.1
std-10b-option-easl = EASL kriterleri
std-10b-option-li-rads = LI-RADS tedavi yanıtı
std-10b-option-other = Diğer

std-10c-text = Her işlem türü için tanımlanmış bir izlem görüntüleme takvimi var mı ve sonuçlar girişimsel onkoloji ekibi tarafından değerlendiriliyor mu?
std-10c-guidance = Takvim, izlem görüntülemesinin zamanlamasını ve yöntemini belirtmelidir. Rezidüel veya nüks hastalık gösteren sonuçlar üzerine nasıl işlem yapıldığını açıklayın.
std-10c-evidence-1 = Yazılı izlem protokolü

std-10d-text = Lokal tümör kontrolü ve sağkalım gibi sonuçlar en az iki yılda bir analiz edilip raporlanıyor mu?
std-10d-guidance = Analiz kurum içinde yapılabilir. Raporun kime sunulduğunu ve sonuçların yayımlanmış serilerle karşılaştırılıp karşılaştırılmadığını belirtin.
std-10d-evidence-1 = En son sonuç raporu

### Standard 11

std-11-title = Komplikasyonların yönetimi ve bildirimi
std-11-intro = Bu standart, komplikasyonların nasıl kaydedildiğini, derecelendirildiğini ve yönetildiğini ve bunlardan nasıl ders çıkarıldığını ele alır.

std-11a-text = Girişimsel onkoloji işlemlerinin tüm komplikasyonları prospektif olarak kaydedilip tanınmış bir sınıflandırmaya göre derecelendiriliyor mu?
std-11a-guidance = Kayıt, taburculuk sonrasında saptanan komplikasyonları da içermelidir. Hastalar başka bir kuruma yeniden yatırıldığında komplikasyonların nasıl kayda alındığını açıklayın.
std-11a-evidence-1 = Komplikasyon kaydından alıntı (anonimleştirilmiş)

std-11b-text = Hizmet, komplikasyonları derecelendirmek için hangi sınıflandırma sistemlerini kullanıyor?
std-11b-guidance = Yalnızca belirli işlemler için kullanılanlar dahil, kullanımdaki tüm sistemleri seçin.
std-11b-option-cirse = CIRSE sınıflandırması
std-11b-option-ctcae = CTCAE
std-11b-option-sir = SIR sınıflandırması
std-11b-option-other = Diğer

std-11c-text = Komplikasyonlar düzenli bir morbidite ve mortalite toplantısında görüşülüyor ve çıkarılan dersler belgeleniyor mu?
std-11c-guidance = Girişimsel onkoloji vakaları görüşüldüğü sürece bu toplantı, radyoloji veya onkoloji bölümünün geneliyle ortak bir toplantı olabilir.
std-11c-evidence-1 = Son iki morbidite ve mortalite toplantısının tutanakları (anonimleştirilmiş)

### Standard 12

std-12-title = Kalite iyileştirme, denetim ve veriler
std-12-intro = Bu standart, hizmetin nasıl veri topladığını ve sunduğu bakımı iyileştirmek için denetimi nasıl kullandığını ele alır.

std-12a-text = Hizmet, tüm girişimsel onkoloji işlemlerinin endikasyonunu, tekniğini, komplikasyonlarını ve sonuçlarını kaydeden prospektif bir veri tabanı veya kayıt sistemi tutuyor mu?
std-12a-guidance = Veri tabanı yerel olabilir veya ulusal ya da uluslararası bir kayıt sisteminin parçası olabilir. Verileri kimin girdiğini ve eksiksizliğin nasıl kontrol edildiğini açıklayın.
std-12a-evidence-1 = Veri tabanına kaydedilen alanların listesi

std-12b-text = Hizmet her yıl, eylem planı ve yeniden denetim içeren en az bir klinik denetim döngüsünü tamamlıyor mu?
std-12b-guidance = Girişimsel onkolojiyle ilgili herhangi bir konu kabul edilebilir; örneğin komplikasyon oranları, onam veya izlem. Son bir yılda hangi denetimlerin tamamlandığını belirtin.
std-12b-evidence-1 = Eylem planıyla birlikte en son denetim raporu

std-12c-text = Girişimsel onkoloji verilerinin sunulduğu son bölüm denetim toplantısı hangi tarihte yapıldı?
std-12c-guidance = Tutanakların onaylandığı tarihi değil, toplantının yapıldığı tarihi girin.
std-12c-evidence-1 = Toplantı gündemi veya tutanağı

std-12d-text = Son iki yılda bir denetim, olay incelemesi veya hasta geri bildirimi sonucunda yapılan bir değişikliği ve bu değişikliğin etkisini açıklayın.
std-12d-guidance = Değişikliğe neyin yol açtığını, ne yapıldığını ve etkisinin nasıl ölçüldüğünü açıklayın.

### Standard 13

std-13-title = Sürekli eğitim, uzmanlık eğitimi ve araştırma
std-13-intro = Bu standart, hizmetin bilgisini nasıl güncel tuttuğunu ve eğitime ve araştırmaya nasıl katkıda bulunduğunu ele alır.

std-13a-text = Girişimsel onkoloji ekibinin üyeleri girişimsel onkoloji alanında sürekli tıp eğitimine katılıyor mu?
std-13a-guidance = Kursları, kongreleri ve çevrim içi eğitimleri dahil edin. Her hekim için son iki yılın özeti yeterlidir.
std-13a-evidence-1 = Son iki yıla ait sürekli eğitim etkinliklerinin özeti

std-13b-text = Hizmet, yapılandırılmış bir program aracılığıyla asistanlara veya yan dal/fellowship eğitimi alan hekimlere girişimsel onkoloji eğitimi veriyor mu?
std-13b-guidance = Programı, süresini ve eğitim alanların nasıl gözetildiğini ve değerlendirildiğini açıklayın.
std-13b-evidence-1 = Eğitim programının ana hatları

std-13c-text = Hizmet, girişimsel onkoloji alanında klinik araştırmalara katılıyor veya kayıt sistemlerine veri sağlıyor mu?
std-13c-guidance = Devam eden çalışmaları veya kayıt sistemlerini ve son üç yıldaki yayınları listeleyin.
std-13c-evidence-1 = Son üç yıla ait çalışmaların, kayıt sistemlerinin ve yayınların listesi

## Units

std-unit-procedures = işlem
std-unit-physicians = hekim
std-unit-days = gün
std-unit-percent = %
