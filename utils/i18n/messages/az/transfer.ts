/** What comes in and goes out: import, export, reset, articles, subscriptions, ledger (az). */
import type { CatalogPart } from '../en';
import type { transfer as english } from '../en/transfer';

export const transfer: CatalogPart<typeof english> = {
  'ledger.forgotSite': '{site} saytında oxunan {articles} unuduldu ({claims}).',
  'ledger.forgotAll': 'Oxuduğunuz bütün məqalələr unuduldu ({claims}).',
  'ledger.intro':
    'Jurnal açıq olanda oxuduğunuz münaqişə səhifələrinin rəqəmləri burada, yalnız bu kompüterdə saxlanılır (məxfi pəncərələrdən və istisna etdiyiniz saytlardan heç vaxt); beləliklə, sonrakı səhifələr həmin media orqanlarının onları necə verdiyini göstərir.',
  'ledger.consent': 'Oxuduğum münaqişə səhifələrinin rəqəmlərini saxla',
  'ledger.keepFor': 'Oxunan məqalələri saxla:',
  'ledger.days': { one: '{count} gün', other: '{count} gün' },
  'ledger.forever': 'müddətsiz',
  'ledger.articles': { one: '{count} məqalə', other: '{count} məqalə' },
  'ledger.counts': '{articles} oxunub, {claims}',
  'ledger.neverKept': '; heç vaxt saxlanılmayanlar: {sites}',
  'ledger.site': 'Sayt',
  'ledger.forgetSite': 'Bu saytı unut',
  'ledger.confirmAll':
    'Oxuduğunuz bütün məqalələr və onların rəqəmləri unudulsun? Bunu geri qaytarmaq olmaz.',
  'ledger.forgetAll': 'Oxunan hər şeyi unut',
  'ledger.keepThem': 'Saxla',
  'ledger.forgetAllAsk': 'Oxunan hər şeyi unut…',

  'sub.publishedBy': 'Dərc edən: {publisher}',
  'sub.signed': 'İmzalı; açar {key}',
  'sub.notSigned': 'İmzasız: serveri dəyişə bilən hər kəs onu dəyişə bilər.',
  'sub.lastGood': 'Son uğurlu yeniləmə: {time}.',
  'sub.never': 'Heç vaxt yenilənməyib.',
  'sub.lastChecked': 'Son yoxlama: {time}.',
  'sub.keptPrevious': 'Əvvəlki versiya saxlanıldı: {error}',
  'sub.newKey':
    'Dərc edən indi başqa açarla imzalayır ({key}). Yalnız dərc edən sizə dəyişdiyini bildiribsə qəbul edin.',
  'sub.acceptKey': 'Yeni açarı qəbul et',
  'sub.refresh': 'Yenilə',
  'sub.everyHours': 'Hər {count} saatdan bir',
  'sub.daily': 'Gündəlik',
  'sub.weekly': 'Həftəlik',
  'sub.working': 'İcra olunur…',
  'sub.refreshNow': 'İndi yenilə',
  'sub.removeAndUnsubscribe': 'Bəyanatlarını sil və abunəlikdən çıx',
  'sub.keep': 'Saxla',
  'sub.unsubscribe': 'Abunəlikdən çıx…',
  'sub.intro':
    'Redaksiya və ya fakt yoxlama qrupu öz bəyanatlarını istənilən veb serverdə paket kimi dərc edə bilər. Crosstally yalnız sizin verdiyiniz ünvanı, seçdiyiniz cədvəllə yükləyir və sizin və ya oxuduqlarınız haqqında heç nə göndərmir.',
  'sub.address': 'Paketin ünvanı (https)',
  'sub.publicKey': 'Dərc edənin açıq açarı (məcburi deyil, tövsiyə olunur)',
  'sub.checking': 'Yoxlanılır…',
  'sub.check': 'Paketi yoxla',
  'sub.failed': '{error} Heç nə dəyişdirilmədi.',
  'sub.accessNotGranted': '{error} {origin} ünvanına giriş icazəsi verilmədi; səbəb bu ola bilər.',
  'sub.previewLabel': 'Abunə olmazdan əvvəl paket',
  'sub.preview': '{title}, dərc edən {publisher} — {claims} ({articles}), {size}.',
  'sub.signedBy': 'İmzalayan açar: {key}.',
  'sub.previewUnsigned':
    'İmzasız: Crosstally onu kiminsə yolda və ya serverdə dəyişib-dəyişmədiyini bilə bilməz.',
  'sub.subscribing': 'Abunə olunur…',
  'sub.subscribe': 'Abunə ol',
  'sub.none': 'Hələ abunəlik yoxdur.',
  'sub.subscribed': '“{title}” paketinə abunə olundu; əlavə edildi: {claims}.',
  'sub.scheduleSaved': 'Yeniləmə cədvəli saxlanıldı.',
  'sub.unsubscribed': '“{title}” abunəliyindən çıxıldı; silindi: {claims}.',
  'sub.unsubscribedKept':
    '“{title}” abunəliyindən çıxıldı; silindi: {claims}; sizin dəyişdirdiyiniz saxlanıldı: {kept}.',

  'reset.title': 'İlkin dəstə sıfırla',
  'reset.intro':
    'Crosstally ilə gələn bəyanatları yeni quraşdırmadakı kimi qaytarır: onlara etdiyiniz düzəlişlər və silmələr ləğv olunur, aşağıda saxlanılmayan bəyanatlar silinir.',
  'reset.keep': 'Saxla',
  'reset.keepUser': 'Əlavə etdiyiniz bəyanatlar ({count})',
  'reset.keepImport': 'İdxal etdiyiniz bəyanatlar ({count})',
  'reset.exportFirst': 'Əvvəlcə hər şeyi ixrac et',
  'reset.reset': 'İlkin dəstə sıfırla…',
  'reset.confirmTitle': 'Baza sıfırlansın?',
  'reset.confirm':
    'İlkin dəstlə əvəz olunacaq: {lost}; sizinkilərdən saxlanılacaq: {kept}. Bunu geri qaytarmaq olmaz; lazım ola bilərsə, əvvəlcə ixrac edin.',
  'reset.now': 'İndi sıfırla',
  'reset.seedClaims': { one: 'ilkin dəstdən {count} bəyanat', other: 'ilkin dəstdən {count} bəyanat' },
  'reset.done': 'Bazada yenidən ilkin dəst var (yazılan: {written}).',
  'reset.doneKept': 'Bazada yenidən ilkin dəst var (yazılan: {written}; sizinkilərdən saxlanılan: {kept}).',
  'reset.notice': 'İlkin dəstə sıfırlandı.',

  'export.preparing': 'Fayl hazırlanır…',
  'export.all': 'Bazadakı hər şey',
  'export.allCount': 'Bazadakı hər şey ({claims})',
  'export.query': 'Filtrlərin göstərdiyi bəyanatlar',
  'export.queryCount': 'Filtrlərin göstərdiyi bəyanatlar ({claims})',
  'export.noFilter': '{label}: heç bir filtr qoyulmayıb',
  'export.ids': 'Seçilmiş bəyanatlar ({claims})',
  'export.title': 'İxrac',
  'export.intro':
    'Bəyanat paketi (JSON) istənilən Crosstally-yə idxal olunur; CSV cədvəl proqramında açılır; ClaimReview və Web Annotations (JSON-LD) fakt yoxlama və annotasiya alətləri üçündür. Fayllar bu kompüterdə yaradılır; heç nə heç yerə göndərilmir.',
  'export.what': 'Nəyin ixrac olunacağı',
  'export.json': 'Bəyanat paketini endir (JSON)',
  'export.csv': 'CSV endir',
  'export.claimReview': 'ClaimReview endir (JSON-LD)',
  'export.annotations': 'Web Annotations endir (JSON-LD)',

  'importSummary.heading': '«{file}» idxal olunsa nə dəyişər',
  'importSummary.madeBy': 'Yaradan: {tool}.',
  'importSummary.caption': 'İdxalın edəcəyi dəyişikliklər',
  'importSummary.kind': 'Qeyd növü',
  'importSummary.added': 'Əlavə olunan',
  'importSummary.updated': 'Yenilənən',
  'importSummary.unchanged': 'Dəyişməyən',
  'importSummary.conflicting': 'Sizinkilərlə ziddiyyətdə olan',
  'importSummary.texts': 'Məqalə mətnləri',
  'importSummary.keptTexts': {
    one: 'Paketdəki {count} daxili məqalə mətni Crosstally-nin öz mətnindən fərqlənir və olduğu kimi qalacaq: daxili mətnlər heç vaxt əvəz olunmur.',
    other:
      'Paketdəki {count} daxili məqalə mətni Crosstally-nin öz mətnindən fərqlənir və olduğu kimi qalacaq: daxili mətnlər heç vaxt əvəz olunmur.',
  },
  'importSummary.conflicts': {
    one: 'Sizin olduğu halda paketin dəyişəcəyi {count} bəyanat',
    other: 'Sizin olduğu halda paketin dəyişəcəyi {count} bəyanat',
  },
  'importSummary.reason.edited': 'siz redaktə etmisiniz',
  'importSummary.reason.deleted': 'siz silmisiniz',
  'importSummary.reason.user': 'özünüz əlavə etmisiniz',

  'import.title': 'Bəyanat paketini idxal et',
  'import.fileLegend': 'Bəyanat paketi faylı',
  'import.chooseFile': 'Bəyanat paketi faylı (.json) seçin və ya buraya atın',
  'import.reading': '«{file}» oxunur…',
  'import.starting': '«{file}» idxal olunur…',
  'import.progress': {
    one: '«{file}» idxal olunur: {done}/{count} qeyd',
    other: '«{file}» idxal olunur: {done}/{count} qeyd',
  },
  'import.cancelling': '«{file}» ləğv olunur: baza əvvəlki vəziyyətinə qaytarılır…',
  'import.meanwhile': 'Bu arada açdığınız səhifələr işarələrini ilk alır.',
  'import.cancelImport': 'İdxalı ləğv et',
  'import.cancelled': '«{file}» idxalı ləğv olundu: heç nə dəyişmədi.',
  'import.nothingImported': '«{file}» faylından heç nə idxal olunmadı.',
  'import.issues': 'Fayldakı problemlər, hər biri yeri ilə',
  'import.done':
    '«{file}» idxal olundu: {summary}; dəyişməyən: {unchanged}; sizinkilərdən saxlanılan: {kept}, əvəz olunan: {replaced}.',
  'import.addedUpdated': 'əlavə olunan: {added}, yenilənən: {updated}',
  'import.addedReplaced': 'əlavə olunan: {added}, əvəz olunan: {replaced}',
  'import.texts': { one: '{count} məqalə mətni', other: '{count} məqalə mətni' },
  'import.conflict': 'Paket sizin redaktə etdiyiniz, sildiyiniz və ya əlavə etdiyiniz bəyanatı dəyişdikdə',
  'import.keepMine': 'Mənimkini saxla',
  'import.takeTheirs': 'Paketinkini götür',
  'import.import': 'İdxal et',

  'article.intro':
    'Gəldiyiniz vərəqdəki məqaləni götürün, məqalənin mətnini yapışdırın və ya saxlanılmış səhifəni açın; Crosstally onun rəqəmlərini burada, oflayn tapır, siz isə saxlamazdan əvvəl hər birini yoxlayırsınız.',
  'article.text': 'Məqalənin mətni',
  'article.textEmpty': 'Məqalənin mətni: əvvəlcə məqalənin mətnini yapışdırın.',
  'article.textTooLong': 'Məqalənin mətni: 2 milyon simvoldan uzundur; yalnız məqalənin özünü yapışdırın.',
  'article.file': 'Və ya saxlanılmış səhifəni açın (.html, .txt)',
  'article.find': 'Rəqəmləri tap',
  'article.noneFound': 'Rəqəm tapılmadı',
  'article.found': {
    one: '{count} rəqəm tapıldı: hər birini yoxlayın',
    other: '{count} rəqəm tapıldı: hər birini yoxlayın',
  },
  'article.noneFoundText':
    'Mühərrik bu mətndə tanıdığı rəqəm tapmadı. Məqaləni yenə də mənbə kimi saxlaya bilərsiniz.',
  'article.whereFrom': 'Məqalə haradandır',
  'article.save': { one: 'Məqaləni və {count} rəqəmi saxla', other: 'Məqaləni və {count} rəqəmi saxla' },
  'article.saved': {
    one: '«{source}» {count} rəqəmlə saxlanıldı.',
    other: '«{source}» {count} rəqəmlə saxlanıldı.',
  },
  'article.readMarked': 'Rəqəmləri işarələnmiş halda oxuyun',
  'article.or': 'və ya',
  'article.showClaims': 'bəyanatlarını göstərin',

  'review.legend': 'Rəqəm {number}: «{figure}»',
  'review.corrected': 'düzəldilib',
  'review.include': 'Bu rəqəmi saxla',
  'review.noMetric': 'Rəqəm {number}, göstərici: rəqəmin nəyi saydığını seçin.',
  'review.badValue': 'Rəqəm {number}, dəyər: 0 və ya daha böyük ədəd daxil edin.',
  'review.noValue': 'Rəqəm {number}, dəyər: ədədi daxil edin və ya bu rəqəmi saxlamayın.',
  'review.badClaimant': 'Rəqəm {number}, bəyanat sahibi: siyahıdan birini seçin.',

  'tabArticle.how':
    'Vərəqin məqaləsini birbaşa ondan götürmək üçün həmin vərəqi açın, brauzerin alətlər panelində Crosstally düyməsinə basın və «{button}» seçin: onda bu bölmə onun məqaləsindən istifadə etməyi təklif edəcək. Və ya orada məqalənin mətnini seçin (Ctrl+A, Ctrl+C) və aşağıya yapışdırın.',
  'tabArticle.use': 'Gəldiyiniz vərəqdəki məqalədən istifadə et',
  'tabArticle.reading': 'Həmin vərəqdəki məqalə oxunur…',
  'tabArticle.took': '«{title}» vərəqdən götürüldü.',
  'tabArticle.tookArticle': 'Məqalə vərəqdən götürüldü.',
  'tabArticle.unreachable':
    'Crosstally həmin vərəqdəki səhifəyə çata bilmədi. Səhifə bağlanmış və ya başqa ünvana keçmiş ola bilər, Crosstally-nin işləmədiyi səhifə ola bilər (yalnız http və https səhifələri) və ya Crosstally quraşdırılmazdan, yaxud yenilənməzdən əvvəl açılmış ola bilər. Məqalənin səhifəsini yenidən yükləyib bir daha cəhd edin və ya onun mətnini aşağıya yapışdırın.',
  'tabArticle.stopped':
    'Həmin vərəqdəki səhifənin artıq Crosstally ilə əlaqəsi yoxdur (genişlənmə yeniləndi və ya yenidən yükləndi). Məqalənin səhifəsini yenidən yükləyib bir daha cəhd edin və ya onun mətnini aşağıya yapışdırın.',
  'tabArticle.failed':
    'Crosstally həmin vərəqdəki məqaləni oxuya bilmədi. Səhifəni yenidən yükləyib bir daha cəhd edin və ya onun mətnini aşağıya yapışdırın.',
  'tabArticle.empty':
    'Həmin vərəqdəki səhifədə Crosstally-nin oxuya biləcəyi məqalə mətni yoxdur. Yüklənməsi bitənə qədər gözləyib bir daha cəhd edin və ya mətni aşağıya yapışdırın.',
  'tabArticle.tooLong':
    'Həmin vərəqdəki məqalə 2 milyon simvoldan uzundur, yəni Crosstally-nin saxladığından çoxdur. Orada lazım olan hissəni seçin, kopyalayın və aşağıya yapışdırın.',

  'import.notice': '«{file}» idxal edildi: {summary}.',

  'packFile.tooLarge':
    'Bu faylın ölçüsü {size}; ən çoxu {limit} (açılmış halda) olan bəyanat paketləri oxunur. Onu daha kiçik paketlərə bölün.',
  'packFile.tooLargeUnpacked':
    'Bu fayl açılmış halda {limit} həddini aşır; ən çoxu {limit} (açılmış halda) olan bəyanat paketləri oxunur. Onu daha kiçik paketlərə bölün.',
  'packFile.badGzip': 'Bu fayl gzip ilə sıxılmış kimi görünür, amma açıla bilmədi (ola bilsin, yarımçıqdır).',
  'packFile.unreadable': 'Bu fayl oxuna bilmədi.',
};
