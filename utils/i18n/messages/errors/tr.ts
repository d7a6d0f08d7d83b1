/** Türkçe: depolamanın ve arka planın hataları. JSON türleri (number, string, object…) çevrilmez: dosyanın sözcükleridir. */
import type { ErrorCatalog } from './en';

export const trErrors: ErrorCatalog = {
  'error.quota': 'Tarayıcı daha fazla veri saklamayı reddetti (depolama dolu). Hiçbir şey değiştirilmedi.',
  'error.internal': 'Crosstally’nin beyan deposunda bir sorun oluştu. Hiçbir şey değiştirilmedi.',
  'error.page': 'Bu sayfada bir sorun oluştu. Hiçbir şey değiştirilmedi.',
  'error.noAnswer': 'Crosstally’nin arka planı yanıt vermedi. Sayfayı yeniden yüklemeyi deneyin.',
  'error.unreachable': 'Crosstally’nin arka planına ulaşılamadı. Sayfayı yeniden yüklemeyi deneyin.',
  'error.forbidden': 'İsteklere yalnızca Crosstally’nin kendisi için yanıt verilir.',
  'error.badRequest': 'Bilinmeyen istek türü.',
  'error.pagesOnly': '“{type}” yalnızca Crosstally’nin kendi sayfalarından istenebilir.',
  'error.malformedRequest': 'Hatalı “{type}” isteği: {issue}',

  'error.claimNotFound': 'Depoda “{id}” beyanı yok.',
  'error.sourceNotFound': 'Depoda “{id}” kaynağı yok.',
  'error.restoreSourceGone': 'Beyanın “{id}” kaynağı artık depoda değil.',
  'error.undoGone': 'Bu silme artık geri alınamaz.',
  'error.ledgerFigureGone': 'Bu rakam okuma kaydınızda yok.',
  'error.notSavedDeleted':
    'Kaydedilmedi: beyan başka bir sekmede veya pencerede silindi. Hiçbir şey değiştirilmedi.',
  'error.notUndoneDeleted':
    'Geri alınmadı: beyan başka bir sekmede veya pencerede silindi. Hiçbir şey değiştirilmedi.',
  'error.notSavedChanged':
    'Kaydedilmedi: “{figure}” bu arada başka bir sekmede veya pencerede değiştirildi. Hiçbir şey değiştirilmedi.',
  'error.notUndoneChanged':
    'Geri alınmadı: “{figure}” bu arada başka bir sekmede veya pencerede değiştirildi. Hiçbir şey değiştirilmedi.',
  'error.invalidClaim': 'Geçersiz beyan: {issue}',
  'error.invalidSource': 'Geçersiz kaynak: {issue}',
  'error.invalidArticle': 'Geçersiz makale: {issue}',
  'error.invalidChanges': 'Geçersiz değişiklikler: {issue}',

  'error.importCancelled': 'İçe aktarma iptal edildi: depo önceki hâlinde.',
  'error.packTooLarge':
    'Bu dosya {size} MB; en çok {limit} MB’lık beyan paketleri okunur. Dosyayı daha küçük paketlere bölün.',
  'error.uploadTooLarge':
    'Bu dosya {size} MB’tan büyük; en çok {limit} MB’lık beyan paketleri okunur. Dosyayı daha küçük paketlere bölün.',
  'error.notJson': 'Bu dosya JSON değil, dolayısıyla bir beyan paketi değil.',
  'error.notJsonAt':
    'Bu dosya JSON değil, dolayısıyla bir beyan paketi değil (ilk hata: satır {line}, sütun {column}).',
  'error.notAnObject': 'Bu dosya bir Crosstally beyan paketi değil (JSON nesnesi bekleniyordu).',
  'error.wrongFormat': 'Bu dosya bir Crosstally beyan paketi değil (format: "{format}" bekleniyordu).',
  'error.wrongVersion': 'Bu beyan paketinin sürümü {seen}; bu Crosstally {versions} sürümlerini okur.',
  'error.invalidPack': 'Beyan paketinde {count} geçersiz alan var: {issue}',
  'error.textsMisplaceClaim':
    '{names} metni, beyanların söylediği yerde bir beyanı içermiyor; hiçbir şey içe aktarılmadı.',
  'error.textsMisplaceClaims':
    '{names} metni, beyanların söylediği yerde {count} beyanı içermiyor; hiçbir şey içe aktarılmadı.',
  'error.uploadPart': '{count} parçalı bir yüklemenin {index}. parçası.',
  'error.uploadIncomplete':
    'Dosya Crosstally’nin deposuna tam olarak ulaşmadı (yeniden başlamış olabilir). Dosyayı yeniden seçin.',
  'error.indexTooLarge': 'Bu paket dizini {chars} karakter; bir dizin en çok {limit} karakter olabilir.',
  'error.indexNotJson': 'Bu paket dizini JSON değil.',
  'error.indexInvalid': 'Paket dizini geçersiz: {issue}',
  'error.indexShardTwice': 'Paket dizini {path} dosyasını iki kez listeliyor.',
  'error.indexClaimCount': 'Paket dizini {listed} beyan diyor, ama parçalarında {held} beyan var.',

  'error.subOtherKey': 'Paket, verdiğiniz anahtardan farklı bir anahtarla ({key}) imzalanmış.',
  'error.subNothingToPreview': 'Sunucu önizlenecek bir şey göndermedi.',
  'error.subAlready': 'Bu pakete zaten abonesiniz.',
  'error.subKeyChangedMeanwhile': 'Siz abone olurken paket imza anahtarını değiştirdi; yeniden deneyin.',
  'error.subRemoved': 'Böyle bir abonelik yok (kaldırıldı).',
  'error.subNoSuch': 'Böyle bir abonelik yok.',
  'error.subNoNewKey': 'Kabul edilecek yeni bir anahtar yok.',
  'error.subNewKey': 'Yayımcı yeni bir anahtarla imzalıyor. Siz kabul edene kadar hiçbir şey güncellenmez.',
  'error.subUpToDate': 'Güncel: son güncellemeden bu yana hiçbir şey değişmedi.',
  'error.subUpdated': 'Güncellendi; alınan değişmiş parça sayısı: {count}.',
  'error.fetchTimeout': '{url} {seconds} sn içinde yanıt vermedi.',
  'error.fetchUnfinished': '{url} indirmesi {seconds} sn içinde bitmedi.',
  'error.fetchOffline':
    '{url} adresine ulaşılamadı (tarayıcı çevrimdışı, sunucu çalışmıyor ya da Crosstally’nin dosyayı okumasına izin vermiyor).',
  'error.fetchBrokeOff': '{url} indirilirken bağlantı kesildi.',
  'error.fetchRedirect': '{url} başka bir siteye ({origin}) yönlendiriyor; yönlendirme izlenmedi.',
  'error.fetchNotFound': '{url} adresinde bir şey yok (HTTP {status}).',
  'error.fetchHttp': '{url} HTTP {status} yanıtı verdi.',
  'error.fetchTooLarge': '{url} {size} MB’tan büyük; okunmadı.',
  'error.fetchMissing': '{url} adresinde bir şey yok.',
  'error.fetchShardMissing': 'Paketin {path} parçası sunucuda yok.',
  'error.fetchUnreadable': '{url} okunamayacak kadar büyük.',
  'error.sigMalformedKey':
    'Bu bir Crosstally açık anahtarı değil: "{prefix}" ile başlayıp 43 karakterle süren tek bir satır bekleniyor.',
  'error.sigNotPrivateKey':
    'Bu bir Ed25519 özel anahtarı değil (kty OKP, crv Ed25519 olan bir JWK bekleniyor).',
  'error.sigPrivateKeyUnreadable': 'Özel anahtar dosyası bir Ed25519 anahtarı olarak okunamadı.',
  'error.sigKeyFile': '{path}, "pack keygen" ile yazılmış bir anahtar dosyası değil.',
  'error.sigNotJson': 'İmza dosyası JSON değil.',
  'error.sigWrongFormat': 'İmza dosyası bir {format} değil (sürüm 1, Ed25519).',
  'error.sigIncomplete': 'İmza dosyasında publicKey ya da signature eksik.',
  'error.sigNotBytes': 'İmza, base64url ile 64 bayt değil.',
  'error.sigKeyMismatch':
    'Paket, verilen yayımcı anahtarından farklı bir anahtarla imzalanmış: o yayımcıdan gelmiyor olabilir.',
  'error.sigBad':
    'İmza dosyayla uyuşmuyor: dosya imzalandıktan sonra değiştirilmiş ya da başka bir anahtarla imzalanmış.',
  'error.sigMissing': 'Paketin yanında imza ({url}) yok: güvendiğiniz anahtarla imzalanmamış.',
  'error.sigShardDigest': '{path} parçası, paket dizinindeki özetiyle uyuşmuyor.',
  'error.urlNotWeb': 'Bu bir web adresi değil (https://… bekleniyordu).',
  'error.urlCredentials': 'Kullanıcı adı veya parola içeren adresler kabul edilmez.',
  'error.urlNotHttps': 'Paketler yalnızca https ile alınır (http yalnızca bu bilgisayardan: localhost).',

  'error.issue.text': '{text}',
  'error.issue.andMore': '…ve {count} tane daha',
  'error.issue.invalidType': '{expected} bekleniyordu, {received} geldi',
  'error.issue.expectedValue': '{value} bekleniyordu',
  'error.issue.expectedOneOf': 'şunlardan biri bekleniyordu: {values}',
  'error.issue.tooLong': 'çok uzun: dizgenin karakter sayısı {limit} olmalı',
  'error.issue.tooShort': 'çok kısa: dizgenin karakter sayısı {limit} olmalı',
  'error.issue.tooManyItems': 'çok fazla öğe: dizideki öğe sayısı {limit} olmalı',
  'error.issue.tooFewItems': 'çok az öğe: dizideki öğe sayısı {limit} olmalı',
  'error.issue.tooBig': 'çok büyük: {origin} {limit} olmalı',
  'error.issue.tooSmall': 'çok küçük: {origin} {limit} olmalı',
  'error.issue.pattern': 'geçersiz dizge: {pattern} kalıbına uymalı',
  'error.issue.unknownKey': 'tanınmayan anahtar: {keys}',
  'error.issue.unknownKeys': 'tanınmayan anahtarlar: {keys}',
  'error.issue.invalid': 'geçersiz değer',
  'error.issue.id':
    'kimlik bekleniyordu: bir harf veya rakam, ardından harfler, rakamlar ve . _ : # @ / + ~ = % & ? - ("constructor" gibi yerleşik bir ad olmamalı)',
  'error.issue.isoDate': 'ISO tarihi bekleniyordu (YYYY-AA-GG)',
  'error.issue.day': 'YYYY-AA-GG biçiminde bir gün bekleniyordu',
  'error.issue.httpUrl': 'http(s) URL’si bekleniyordu',
  'error.issue.period':
    'ISO 8601 gösteriminde bir dönem bekleniyordu: bir gün (2020-09-27), bir ay (2016-04), bir yıl (2020) ya da ikisi arasında bir aralık (2020-09-27/2020-10-10, 1988/1994)',
  'error.issue.ofClaim': '{reason} (beyan "{id}")',
  'error.issue.rangeBackwards': 'aralık başlamadan bitiyor',
  'error.issue.noSourceInPack': 'pakette "{id}" kaynağı yok',
  'error.issue.noSourceInStore': 'depoda "{id}" kaynağı yok',
  'error.issue.offsetsOutsideQuote': 'rakamın konumu alıntının dışında kalıyor',
  'error.issue.endBeforeStart': 'son, baştan önce geliyor',
  'error.issue.duplicateId': 'yinelenen kimlik "{id}" (ilk kez {list}[{first}] içinde)',
  'error.issue.figureNotInQuote': 'alıntıda bulunamadı; rakamın sözcüklerini alıntıdan kopyalayın',
  'error.issue.alreadyStored':
    'bu göstergenin bu rakamı kaynak için zaten kayıtlı; onun yerine onu düzenleyin',
  'error.issue.figureOutsideText': 'rakam metnin dışında kalıyor',
  'error.issue.sentenceMissesFigure': 'cümle rakamı içermiyor',
  'error.issue.claimGone': '"{id}" beyanı artık depoda değil',
  'error.issue.anchorMoved':
    '"{id}" beyanı {start}–{end} konumunda {exact} bekliyor; metinde orada {found} var',
  'error.issue.anchorPrefix': '"{id}" beyanı: {exact} öncesindeki sözcükler seçicisinin öneki {prefix} değil',
  'error.issue.anchorSuffix':
    '"{id}" beyanı: {exact} sonrasındaki sözcükler seçicisinin soneki {suffix} değil',
  'error.issue.inStoredText': '{reason} ("{source}" kaynağının kayıtlı metni)',
  'error.issue.version': '{versions} bekleniyordu, {seen} geldi',
  'error.issue.selectionOutside': 'seçim kendi bağlamının dışında kalıyor',
  'error.issue.versionPerId': 'her kimlik için bir sürüm gerekir',
  'error.issue.shardFileName': 'dizinin yanında, .json ile biten bir dosya adı bekleniyordu',
  'error.issue.sha256': 'onaltılık bir SHA-256 özeti bekleniyordu',
};
