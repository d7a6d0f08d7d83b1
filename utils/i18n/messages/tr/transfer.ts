/** What comes in and goes out: import, export, reset, articles, subscriptions, ledger (tr). */
import type { CatalogPart } from '../en';
import type { transfer as english } from '../en/transfer';

export const transfer: CatalogPart<typeof english> = {
  'ledger.forgotSite': '{site} sitesinde okunan {articles} unutuldu ({claims}).',
  'ledger.forgotAll': 'Okuduğunuz tüm makaleler unutuldu ({claims}).',
  'ledger.intro':
    'Kayıt açıkken okuduğunuz çatışma sayfalarının rakamları burada, yalnızca bu bilgisayarda saklanır (gizli pencerelerden ve hariç tuttuğunuz sitelerden asla); böylece sonraki sayfalar bu yayın organlarının onları nasıl aktardığını gösterir.',
  'ledger.consent': 'Okuduğum çatışma sayfalarının rakamlarını sakla',
  'ledger.keepFor': 'Okunan makaleleri sakla:',
  'ledger.days': { one: '{count} gün', other: '{count} gün' },
  'ledger.forever': 'süresiz',
  'ledger.articles': { one: '{count} makale', other: '{count} makale' },
  'ledger.counts': '{articles} okundu, {claims}',
  'ledger.neverKept': '; hiç saklanmayanlar: {sites}',
  'ledger.site': 'Site',
  'ledger.forgetSite': 'Bu siteyi unut',
  'ledger.confirmAll': 'Okuduğunuz tüm makaleler ve rakamları unutulsun mu? Bu geri alınamaz.',
  'ledger.forgetAll': 'Okunan her şeyi unut',
  'ledger.keepThem': 'Sakla',
  'ledger.forgetAllAsk': 'Okunan her şeyi unut…',

  'sub.publishedBy': 'Yayımlayan: {publisher}',
  'sub.signed': 'İmzalı; anahtar {key}',
  'sub.notSigned': 'İmzasız: sunucuyu değiştirebilen herkes bunu değiştirebilir.',
  'sub.lastGood': 'Son başarılı güncelleme: {time}.',
  'sub.never': 'Hiç güncellenmedi.',
  'sub.lastChecked': 'Son denetim: {time}.',
  'sub.keptPrevious': 'Önceki sürüm korundu: {error}',
  'sub.newKey':
    'Yayımcı artık farklı bir anahtarla imzalıyor ({key}). Yalnızca yayımcı size değiştiğini söylediyse kabul edin.',
  'sub.acceptKey': 'Yeni anahtarı kabul et',
  'sub.refresh': 'Yenile',
  'sub.everyHours': '{count} saatte bir',
  'sub.daily': 'Günlük',
  'sub.weekly': 'Haftalık',
  'sub.working': 'İşleniyor…',
  'sub.refreshNow': 'Şimdi yenile',
  'sub.removeAndUnsubscribe': 'Beyanlarını kaldır ve aboneliği bitir',
  'sub.keep': 'Kalsın',
  'sub.unsubscribe': 'Aboneliği bitir…',
  'sub.intro':
    'Bir haber masası ya da yazı işleri, beyanlarını herhangi bir web sunucusunda paket olarak yayımlayabilir. Crosstally yalnızca verdiğiniz adresi, seçtiğiniz zamanlamayla indirir ve sizin ya da okumalarınız hakkında hiçbir şey göndermez.',
  'sub.address': 'Paket adresi (https)',
  'sub.publicKey': 'Yayımlayanın açık anahtarı (isteğe bağlı, önerilir)',
  'sub.checking': 'Denetleniyor…',
  'sub.check': 'Paketi denetle',
  'sub.failed': '{error} Hiçbir şey değiştirilmedi.',
  'sub.accessNotGranted': '{error} {origin} için erişim izni verilmedi; sebep bu olabilir.',
  'sub.previewLabel': 'Abone olmadan önce paket',
  'sub.preview': '{title}, yayımlayan {publisher} — {claims} ({articles}), {size}.',
  'sub.signedBy': 'İmzalayan anahtar: {key}.',
  'sub.previewUnsigned':
    'İmzasız: Crosstally, birinin onu yolda ya da sunucuda değiştirip değiştirmediğini anlayamaz.',
  'sub.subscribing': 'Abone olunuyor…',
  'sub.subscribe': 'Abone ol',
  'sub.none': 'Henüz abonelik yok.',
  'sub.subscribed': '“{title}” paketine abone olundu; eklenen: {claims}.',
  'sub.scheduleSaved': 'Yenileme zamanlaması kaydedildi.',
  'sub.unsubscribed': '“{title}” aboneliği bitirildi; kaldırılan: {claims}.',
  'sub.unsubscribedKept':
    '“{title}” aboneliği bitirildi; kaldırılan: {claims}; düzenlediğiniz için tutulan: {kept}.',

  'reset.title': 'Başlangıç verisine sıfırla',
  'reset.intro':
    'Crosstally ile gelen beyanları, yeni kurulumdaki gibi geri getirir: bunlarda yaptığınız düzenlemeler ve silmeler geri alınır, aşağıda korunmayan beyanlar kaldırılır.',
  'reset.keep': 'Koru',
  'reset.keepUser': 'Eklediğiniz beyanlar ({count})',
  'reset.keepImport': 'İçe aktardığınız beyanlar ({count})',
  'reset.exportFirst': 'Önce her şeyi dışa aktar',
  'reset.reset': 'Başlangıç verisine sıfırla…',
  'reset.confirmTitle': 'Depo sıfırlansın mı?',
  'reset.confirm':
    'Başlangıç verisiyle değiştirilecek: {lost}; sizinkilerden korunacak: {kept}. Bu geri alınamaz; geri isteyebilirseniz önce dışa aktarın.',
  'reset.now': 'Şimdi sıfırla',
  'reset.seedClaims': { one: '{count} başlangıç beyanı', other: '{count} başlangıç beyanı' },
  'reset.done': 'Depoda yeniden başlangıç verisi var (yazılan: {written}).',
  'reset.doneKept':
    'Depoda yeniden başlangıç verisi var (yazılan: {written}; sizinkilerden korunan: {kept}).',
  'reset.notice': 'Başlangıç verisine sıfırlandı.',

  'export.preparing': 'Dosya hazırlanıyor…',
  'export.all': 'Depodaki her şey',
  'export.allCount': 'Depodaki her şey ({claims})',
  'export.query': 'Filtrelerin gösterdiği beyanlar',
  'export.queryCount': 'Filtrelerin gösterdiği beyanlar ({claims})',
  'export.noFilter': '{label}: hiçbir filtre ayarlı değil',
  'export.ids': 'Seçilen beyanlar ({claims})',
  'export.title': 'Dışa aktar',
  'export.intro':
    'Beyan paketi (JSON) her Crosstally’ye içe aktarılabilir; CSV bir hesap tablosunda açılır; ClaimReview ve Web Annotations (JSON-LD) doğruluk kontrolü ve açıklama araçları içindir. Dosyalar bu bilgisayarda oluşturulur; hiçbir yere bir şey gönderilmez.',
  'export.what': 'Neyin dışa aktarılacağı',
  'export.json': 'Beyan paketini indir (JSON)',
  'export.csv': 'CSV indir',
  'export.claimReview': 'ClaimReview indir (JSON-LD)',
  'export.annotations': 'Web Annotations indir (JSON-LD)',

  'importSummary.heading': '“{file}” içe aktarılırsa ne değişir',
  'importSummary.madeBy': 'Oluşturan: {tool}.',
  'importSummary.caption': 'İçe aktarmanın yapacağı değişiklikler',
  'importSummary.kind': 'Kayıt türü',
  'importSummary.added': 'Eklenen',
  'importSummary.updated': 'Güncellenen',
  'importSummary.unchanged': 'Değişmeyen',
  'importSummary.conflicting': 'Sizinkilerle çakışan',
  'importSummary.texts': 'Makale metinleri',
  'importSummary.keptTexts': {
    one: 'Paketteki {count} yerleşik makale metni Crosstally’ninkinden farklı ve olduğu gibi bırakılacak: yerleşik metinler asla değiştirilmez.',
    other:
      'Paketteki {count} yerleşik makale metni Crosstally’ninkinden farklı ve olduğu gibi bırakılacak: yerleşik metinler asla değiştirilmez.',
  },
  'importSummary.conflicts': {
    one: 'Sizin olduğu hâlde paketin değiştireceği {count} beyan',
    other: 'Sizin olduğu hâlde paketin değiştireceği {count} beyan',
  },
  'importSummary.reason.edited': 'siz düzenlediniz',
  'importSummary.reason.deleted': 'siz sildiniz',
  'importSummary.reason.user': 'kendiniz eklediniz',

  'import.title': 'Beyan paketi içe aktar',
  'import.fileLegend': 'Beyan paketi dosyası',
  'import.chooseFile': 'Bir beyan paketi dosyası (.json) seçin ya da buraya bırakın',
  'import.reading': '“{file}” okunuyor…',
  'import.starting': '“{file}” içe aktarılıyor…',
  'import.progress': {
    one: '“{file}” içe aktarılıyor: {done}/{count} kayıt',
    other: '“{file}” içe aktarılıyor: {done}/{count} kayıt',
  },
  'import.cancelling': '“{file}” iptal ediliyor: depo eski hâline getiriliyor…',
  'import.meanwhile': 'Bu sırada açtığınız sayfalar işaretlerini önce alır.',
  'import.cancelImport': 'İçe aktarmayı iptal et',
  'import.cancelled': '“{file}” içe aktarması iptal edildi: hiçbir şey değişmedi.',
  'import.nothingImported': '“{file}” dosyasından hiçbir şey içe aktarılmadı.',
  'import.issues': 'Dosyadaki sorunlar, her biri yeriyle birlikte',
  'import.done':
    '“{file}” içe aktarıldı: {summary}; değişmeyen: {unchanged}; sizinkilerden korunan: {kept}, değiştirilen: {replaced}.',
  'import.addedUpdated': 'eklenen: {added}, güncellenen: {updated}',
  'import.addedReplaced': 'eklenen: {added}, değiştirilen: {replaced}',
  'import.texts': { one: '{count} makale metni', other: '{count} makale metni' },
  'import.conflict': 'Paket, düzenlediğiniz, sildiğiniz veya eklediğiniz bir beyanı değiştirdiğinde',
  'import.keepMine': 'Benimkini koru',
  'import.takeTheirs': 'Paketinkini al',
  'import.import': 'İçe aktar',

  'article.intro':
    'Geldiğiniz sekmedeki makaleyi alın, bir makalenin metnini yapıştırın ya da kaydedilmiş bir sayfayı açın; Crosstally rakamlarını burada, çevrimdışı bulur, siz de kaydetmeden önce her birini kontrol edersiniz.',
  'article.text': 'Makale metni',
  'article.textEmpty': 'Makale metni: önce makalenin metnini yapıştırın.',
  'article.textTooLong': 'Makale metni: 2 milyon karakterden uzun; yalnızca makalenin kendisini yapıştırın.',
  'article.file': 'Ya da kaydedilmiş bir sayfa açın (.html, .txt)',
  'article.find': 'Rakamları bul',
  'article.noneFound': 'Rakam bulunamadı',
  'article.found': {
    one: '{count} rakam bulundu: her birini kontrol edin',
    other: '{count} rakam bulundu: her birini kontrol edin',
  },
  'article.noneFoundText':
    'Motor bu metinde tanıdığı bir rakam bulamadı. Makaleyi yine de kaynak olarak kaydedebilirsiniz.',
  'article.whereFrom': 'Makalenin kaynağı',
  'article.save': { one: 'Makaleyi ve {count} rakamı kaydet', other: 'Makaleyi ve {count} rakamı kaydet' },
  'article.saved': {
    one: '“{source}” {count} rakamla kaydedildi.',
    other: '“{source}” {count} rakamla kaydedildi.',
  },
  'article.readMarked': 'Rakamları işaretlenmiş olarak okuyun',
  'article.or': 'veya',
  'article.showClaims': 'beyanlarını gösterin',

  'review.legend': 'Rakam {number}: “{figure}”',
  'review.corrected': 'düzeltildi',
  'review.include': 'Bu rakamı kaydet',
  'review.noMetric': 'Rakam {number}, gösterge: rakamın neyi saydığını seçin.',
  'review.badValue': 'Rakam {number}, değer: 0 veya daha büyük bir sayı girin.',
  'review.noValue': 'Rakam {number}, değer: sayıyı girin ya da bu rakamı dışarıda bırakın.',
  'review.badClaimant': 'Rakam {number}, beyan sahibi: listeden birini seçin.',

  'tabArticle.how':
    'Bir sekmenin makalesini doğrudan almak için o sekmeyi açın, tarayıcının araç çubuğundaki Crosstally düğmesine tıklayın ve “{button}” seçeneğini seçin: bu bölüm o zaman makalesini kullanmayı önerir. Ya da orada makalenin metnini seçin (Ctrl+A, Ctrl+C) ve aşağıya yapıştırın.',
  'tabArticle.use': 'Geldiğiniz sekmedeki makaleyi kullan',
  'tabArticle.reading': 'O sekmedeki makale okunuyor…',
  'tabArticle.took': '“{title}” sekmeden alındı.',
  'tabArticle.tookArticle': 'Makale sekmeden alındı.',
  'tabArticle.unreachable':
    'Crosstally o sekmedeki sayfaya ulaşamadı. Sayfa kapatılmış ya da başka bir adrese geçmiş, Crosstally’nin çalışmadığı bir sayfa (yalnızca http ve https sayfaları) olabilir ya da Crosstally kurulmadan veya güncellenmeden önce açılmış olabilir. Makalenin sayfasını yeniden yükleyip tekrar deneyin ya da metnini aşağıya yapıştırın.',
  'tabArticle.stopped':
    'O sekmedeki sayfanın Crosstally ile bağlantısı kalmadı (uzantı güncellendi veya yeniden yüklendi). Makalenin sayfasını yeniden yükleyip tekrar deneyin ya da metnini aşağıya yapıştırın.',
  'tabArticle.failed':
    'Crosstally o sekmedeki makaleyi okuyamadı. Sayfayı yeniden yükleyip tekrar deneyin ya da metnini aşağıya yapıştırın.',
  'tabArticle.empty':
    'O sekmedeki sayfada Crosstally’nin okuyabileceği bir makale metni yok. Yüklenmesi bitene kadar bekleyip tekrar deneyin ya da metni aşağıya yapıştırın.',
  'tabArticle.tooLong':
    'O sekmedeki makale 2 milyon karakterden uzun, yani Crosstally’nin sakladığından fazla. Orada istediğiniz bölümü seçin, kopyalayın ve aşağıya yapıştırın.',

  'import.notice': '“{file}” içe aktarıldı: {summary}.',

  'packFile.tooLarge':
    'Bu dosya {size} boyutunda; en fazla {limit} (açılmış hâlde) büyüklüğündeki beyan paketleri okunur. Dosyayı daha küçük paketlere bölün.',
  'packFile.tooLargeUnpacked':
    'Bu dosya açıldığında {limit} boyutunu aşıyor; en fazla {limit} (açılmış hâlde) büyüklüğündeki beyan paketleri okunur. Dosyayı daha küçük paketlere bölün.',
  'packFile.badGzip': 'Bu dosya gzip ile sıkıştırılmış görünüyor ama açılamadı (eksik kalmış olabilir).',
  'packFile.unreadable': 'Bu dosya okunamadı.',
};
