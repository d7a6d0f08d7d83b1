/** Azərbaycan dili: yaddaşın və arxa planın xətaları. JSON tipləri (number, string, object…) tərcümə olunmur: faylın sözləridir. */
import type { ErrorCatalog } from './en';

export const azErrors: ErrorCatalog = {
  'error.quota': 'Brauzer daha çox məlumat saxlamaqdan imtina etdi (yaddaş doludur). Heç nə dəyişdirilmədi.',
  'error.internal': 'Crosstally-nin bəyanat yaddaşında nəsə səhv getdi. Heç nə dəyişdirilmədi.',
  'error.page': 'Bu səhifədə nəsə səhv getdi. Heç nə dəyişdirilmədi.',
  'error.noAnswer': 'Crosstally-nin arxa planı cavab vermədi. Səhifəni yenidən yükləməyə çalışın.',
  'error.unreachable': 'Crosstally-nin arxa planı ilə əlaqə qurulmadı. Səhifəni yenidən yükləməyə çalışın.',
  'error.forbidden': 'Sorğulara yalnız Crosstally-nin özü üçün cavab verilir.',
  'error.badRequest': 'Naməlum sorğu növü.',
  'error.pagesOnly': '«{type}» yalnız Crosstally-nin öz səhifələrindən soruşula bilər.',
  'error.malformedRequest': 'Səhv tərtib olunmuş «{type}» sorğusu: {issue}',

  'error.claimNotFound': 'Yaddaşda «{id}» bəyanatı yoxdur.',
  'error.sourceNotFound': 'Yaddaşda «{id}» mənbəyi yoxdur.',
  'error.restoreSourceGone': 'Bəyanatın «{id}» mənbəyi artıq yaddaşda deyil.',
  'error.undoGone': 'Bu silməni artıq geri qaytarmaq olmaz.',
  'error.ledgerFigureGone': 'Bu rəqəm oxu jurnalınızda yoxdur.',
  'error.notSavedDeleted':
    'Saxlanılmadı: bəyanat başqa vərəqdə və ya pəncərədə silindi. Heç nə dəyişdirilmədi.',
  'error.notUndoneDeleted':
    'Geri qaytarılmadı: bəyanat başqa vərəqdə və ya pəncərədə silindi. Heç nə dəyişdirilmədi.',
  'error.notSavedChanged':
    'Saxlanılmadı: «{figure}» bu arada başqa vərəqdə və ya pəncərədə dəyişdirildi. Heç nə dəyişdirilmədi.',
  'error.notUndoneChanged':
    'Geri qaytarılmadı: «{figure}» bu arada başqa vərəqdə və ya pəncərədə dəyişdirildi. Heç nə dəyişdirilmədi.',
  'error.invalidClaim': 'Yanlış bəyanat: {issue}',
  'error.invalidSource': 'Yanlış mənbə: {issue}',
  'error.invalidArticle': 'Yanlış məqalə: {issue}',
  'error.invalidChanges': 'Yanlış dəyişikliklər: {issue}',

  'error.importCancelled': 'İdxal ləğv olundu: yaddaş əvvəlki kimidir.',
  'error.packTooLarge':
    'Bu fayl {size} MB-dır; {limit} MB-a qədər bəyanat paketləri oxunur. Onu daha kiçik paketlərə bölün.',
  'error.uploadTooLarge':
    'Bu fayl {size} MB-dan böyükdür; {limit} MB-a qədər bəyanat paketləri oxunur. Onu daha kiçik paketlərə bölün.',
  'error.notJson': 'Bu fayl JSON deyil, deməli, bəyanat paketi deyil.',
  'error.notJsonAt':
    'Bu fayl JSON deyil, deməli, bəyanat paketi deyil (ilk xəta: sətir {line}, sütun {column}).',
  'error.notAnObject': 'Bu fayl Crosstally bəyanat paketi deyil (JSON obyekti gözlənilirdi).',
  'error.wrongFormat': 'Bu fayl Crosstally bəyanat paketi deyil (format: "{format}" gözlənilirdi).',
  'error.wrongVersion':
    'Bu bəyanat paketinin versiyası {seen}; bu Crosstally {versions} versiyalarını oxuyur.',
  'error.invalidPack': 'Bəyanat paketində {count} yanlış sahə var: {issue}',
  'error.textsMisplaceClaim':
    '{names} mətni bəyanatların dediyi yerdə bir bəyanatı saxlamır; heç nə idxal olunmadı.',
  'error.textsMisplaceClaims':
    '{names} mətni bəyanatların dediyi yerdə {count} bəyanatı saxlamır; heç nə idxal olunmadı.',
  'error.uploadPart': '{count} hissəli yükləmənin {index}-ci hissəsi.',
  'error.uploadIncomplete':
    'Fayl Crosstally-nin yaddaşına tam çatmadı (o, yenidən başlamış ola bilər). Faylı yenidən seçin.',
  'error.indexTooLarge': 'Bu paket indeksi {chars} simvoldur; indeks ən çox {limit} simvol ola bilər.',
  'error.indexNotJson': 'Bu paket indeksi JSON deyil.',
  'error.indexInvalid': 'Paket indeksi yanlışdır: {issue}',
  'error.indexShardTwice': 'Paket indeksi {path} faylını iki dəfə sadalayır.',
  'error.indexClaimCount': 'Paket indeksinə görə {listed} bəyanat var, amma hissələrində {held} bəyanat var.',

  'error.subOtherKey': 'Paket sizin verdiyiniz açarla deyil, başqa açarla ({key}) imzalanıb.',
  'error.subNothingToPreview': 'Server önizləmə üçün heç nə göndərmədi.',
  'error.subAlready': 'Siz artıq bu paketə abunəsiniz.',
  'error.subKeyChangedMeanwhile': 'Siz abunə olarkən paket imza açarını dəyişdi; yenidən cəhd edin.',
  'error.subRemoved': 'Belə abunəlik yoxdur (o, silinib).',
  'error.subNoSuch': 'Belə abunəlik yoxdur.',
  'error.subNoNewKey': 'Qəbul ediləcək yeni açar yoxdur.',
  'error.subNewKey': 'Dərc edən yeni açarla imzalayır. Siz onu qəbul edənə qədər heç nə yenilənmir.',
  'error.subUpToDate': 'Aktualdır: son yenilənmədən bəri heç nə dəyişməyib.',
  'error.subUpdated': 'Yeniləndi; yüklənən dəyişmiş hissələrin sayı: {count}.',
  'error.fetchTimeout': '{url} {seconds} san ərzində cavab vermədi.',
  'error.fetchUnfinished': '{url} yüklənməsi {seconds} san ərzində bitmədi.',
  'error.fetchOffline':
    '{url} ünvanı ilə əlaqə qurulmadı (brauzer oflayndır, server işləmir və ya Crosstally-yə faylı oxumağa icazə vermir).',
  'error.fetchBrokeOff': '{url} yüklənərkən əlaqə kəsildi.',
  'error.fetchRedirect': '{url} başqa sayta ({origin}) yönləndirir; yönləndirməyə əməl edilmədi.',
  'error.fetchNotFound': '{url} ünvanında heç nə yoxdur (HTTP {status}).',
  'error.fetchHttp': '{url} HTTP {status} cavabı verdi.',
  'error.fetchTooLarge': '{url} {size} MB-dan böyükdür; oxunmadı.',
  'error.fetchMissing': '{url} ünvanında heç nə yoxdur.',
  'error.fetchShardMissing': 'Paketin {path} hissəsi serverdə yoxdur.',
  'error.fetchUnreadable': '{url} oxunmaq üçün çox böyükdür.',
  'error.sigMalformedKey':
    'Bu, Crosstally açıq açarı deyil: "{prefix}" və ardınca 43 simvoldan ibarət bir sətir gözlənilir.',
  'error.sigNotPrivateKey': 'Bu, Ed25519 gizli açarı deyil (kty OKP, crv Ed25519 olan JWK gözlənilir).',
  'error.sigPrivateKeyUnreadable': 'Gizli açar faylı Ed25519 açarı kimi oxunmadı.',
  'error.sigKeyFile': '{path} "pack keygen" ilə yazılmış açar faylı deyil.',
  'error.sigNotJson': 'İmza faylı JSON deyil.',
  'error.sigWrongFormat': 'İmza faylı {format} deyil (versiya 1, Ed25519).',
  'error.sigIncomplete': 'İmza faylında publicKey və ya signature yoxdur.',
  'error.sigNotBytes': 'İmza base64url ilə 64 bayt deyil.',
  'error.sigKeyMismatch':
    'Paket verilən dərc edən açarından fərqli açarla imzalanıb: o dərc edəndən gəlməyə bilər.',
  'error.sigBad':
    'İmza faylla uyğun gəlmir: fayl imzalandıqdan sonra dəyişdirilib və ya başqa açarla imzalanıb.',
  'error.sigMissing': 'Paketin yanında imza ({url}) yoxdur: o, etibar etdiyiniz açarla imzalanmayıb.',
  'error.sigShardDigest': '{path} hissəsi paket indeksindəki həş dəyəri ilə uyğun gəlmir.',
  'error.urlNotWeb': 'Bu veb ünvan deyil (https://… gözlənilirdi).',
  'error.urlCredentials': 'İstifadəçi adı və ya parol olan ünvanlar qəbul edilmir.',
  'error.urlNotHttps': 'Paketlər yalnız https ilə yüklənir (http yalnız bu kompüterdən: localhost).',

  'error.issue.text': '{text}',
  'error.issue.andMore': '…və daha {count}',
  'error.issue.invalidType': '{expected} gözlənilirdi, {received} gəldi',
  'error.issue.expectedValue': '{value} gözlənilirdi',
  'error.issue.expectedOneOf': 'bunlardan biri gözlənilirdi: {values}',
  'error.issue.tooLong': 'çox uzundur: sətirdə simvolların sayı {limit} olmalıdır',
  'error.issue.tooShort': 'çox qısadır: sətirdə simvolların sayı {limit} olmalıdır',
  'error.issue.tooManyItems': 'elementlər çoxdur: massivdə onların sayı {limit} olmalıdır',
  'error.issue.tooFewItems': 'elementlər azdır: massivdə onların sayı {limit} olmalıdır',
  'error.issue.tooBig': 'çox böyükdür: {origin} {limit} olmalıdır',
  'error.issue.tooSmall': 'çox kiçikdir: {origin} {limit} olmalıdır',
  'error.issue.pattern': 'yanlış sətir: {pattern} nümunəsinə uyğun olmalıdır',
  'error.issue.unknownKey': 'naməlum açar: {keys}',
  'error.issue.unknownKeys': 'naməlum açarlar: {keys}',
  'error.issue.invalid': 'yanlış dəyər',
  'error.issue.id':
    'identifikator gözlənilirdi: hərf və ya rəqəm, sonra hərflər, rəqəmlər və . _ : # @ / + ~ = % & ? - ("constructor" kimi daxili ad olmamalıdır)',
  'error.issue.isoDate': 'ISO tarixi gözlənilirdi (İİİİ-AA-GG)',
  'error.issue.day': 'İİİİ-AA-GG şəklində gün gözlənilirdi',
  'error.issue.httpUrl': 'http(s) URL gözlənilirdi',
  'error.issue.period':
    'ISO 8601 yazılışında dövr gözlənilirdi: gün (2020-09-27), ay (2016-04), il (2020) və ya ikisi arasında interval (2020-09-27/2020-10-10, 1988/1994)',
  'error.issue.ofClaim': '{reason} (bəyanat "{id}")',
  'error.issue.rangeBackwards': 'interval başlamazdan əvvəl bitir',
  'error.issue.noSourceInPack': 'paketdə "{id}" mənbəyi yoxdur',
  'error.issue.noSourceInStore': 'yaddaşda "{id}" mənbəyi yoxdur',
  'error.issue.offsetsOutsideQuote': 'rəqəmin yeri sitatdan kənara çıxır',
  'error.issue.endBeforeStart': 'son başlanğıcdan əvvəl gəlir',
  'error.issue.duplicateId': 'təkrarlanan identifikator "{id}" (ilk dəfə {list}[{first}] yerində)',
  'error.issue.figureNotInQuote': 'sitatda tapılmadı; rəqəmin sözlərini oradan köçürün',
  'error.issue.alreadyStored':
    'bu göstəricinin bu rəqəmi mənbə üçün artıq saxlanılıb; əvəzində onu redaktə edin',
  'error.issue.figureOutsideText': 'rəqəm mətndən kənara çıxır',
  'error.issue.sentenceMissesFigure': 'cümlədə rəqəm yoxdur',
  'error.issue.claimGone': '"{id}" bəyanatı artıq yaddaşda deyil',
  'error.issue.anchorMoved':
    '"{id}" bəyanatı {start}–{end} mövqeyində {exact} gözləyir; mətndə orada {found} var',
  'error.issue.anchorPrefix':
    '"{id}" bəyanatı: {exact} əvvəlindəki sözlər seçicisinin prefiksi {prefix} deyil',
  'error.issue.anchorSuffix':
    '"{id}" bəyanatı: {exact} sonrasındakı sözlər seçicisinin sufiksi {suffix} deyil',
  'error.issue.inStoredText': '{reason} ("{source}" mənbəyinin saxlanmış mətni)',
  'error.issue.version': '{versions} gözlənilirdi, {seen} gəldi',
  'error.issue.selectionOutside': 'seçim öz kontekstindən kənara çıxır',
  'error.issue.versionPerId': 'hər identifikator üçün bir versiya lazımdır',
  'error.issue.shardFileName': 'indeksin yanında, .json ilə bitən fayl adı gözlənilirdi',
  'error.issue.sha256': 'on altılıq SHA-256 həzmi gözlənilirdi',
};
