/** What comes in and goes out: import, export, reset, articles, subscriptions, ledger (hy). */
import type { CatalogPart } from '../en';
import type { transfer as english } from '../en/transfer';

export const transfer: CatalogPart<typeof english> = {
  'ledger.forgotSite': 'Մոռացվեց {site} կայքում կարդացած {articles} ({claims})։',
  'ledger.forgotAll': 'Ձեր կարդացած բոլոր հոդվածները մոռացվեցին ({claims})։',
  'ledger.intro':
    'Երբ մատյանը միացված է, ձեր կարդացած հակամարտության էջերի թվերը պահվում են այստեղ՝ միայն այս համակարգչում (երբեք գաղտնի պատուհաններից կամ ձեր բացառած կայքերից), որպեսզի հաջորդ էջերը ցույց տան, թե ինչպես են դրանք հաղորդել այդ լրատվամիջոցները։',
  'ledger.consent': 'Պահել իմ կարդացած հակամարտության էջերի թվերը',
  'ledger.keepFor': 'Պահել կարդացած հոդվածները',
  'ledger.days': { one: '{count} օր', other: '{count} օր' },
  'ledger.forever': 'միշտ',
  'ledger.articles': { one: '{count} հոդված', other: '{count} հոդված' },
  'ledger.counts': 'Կարդացված է {articles}, {claims}',
  'ledger.neverKept': '; երբեք չեն պահվում՝ {sites}',
  'ledger.site': 'Կայք',
  'ledger.forgetSite': 'Մոռանալ այս կայքը',
  'ledger.confirmAll': 'Մոռանա՞լ ձեր կարդացած բոլոր հոդվածները և դրանց թվերը։ Սա հնարավոր չէ հետարկել։',
  'ledger.forgetAll': 'Մոռանալ ամբողջ կարդացածը',
  'ledger.keepThem': 'Պահել',
  'ledger.forgetAllAsk': 'Մոռանալ ամբողջ կարդացածը…',

  'sub.publishedBy': 'Հրապարակող՝ {publisher}',
  'sub.signed': 'Ստորագրված է․ բանալի՝ {key}',
  'sub.notSigned': 'Ստորագրված չէ․ այն կարող է փոխել յուրաքանչյուր ոք, ով կարող է փոխել սերվերը։',
  'sub.lastGood': 'Վերջին հաջող թարմացում՝ {time}։',
  'sub.never': 'Երբեք չի թարմացվել։',
  'sub.lastChecked': 'Վերջին ստուգում՝ {time}։',
  'sub.keptPrevious': 'Պահվեց նախորդ տարբերակը՝ {error}',
  'sub.newKey':
    'Հրապարակողն այժմ ստորագրում է այլ բանալիով ({key})։ Ընդունեք այն միայն, եթե հրապարակողը ձեզ ասել է, որ այն փոխվել է։',
  'sub.acceptKey': 'Ընդունել նոր բանալին',
  'sub.refresh': 'Թարմացնել',
  'sub.everyHours': '{count} ժամը մեկ',
  'sub.daily': 'Ամեն օր',
  'sub.weekly': 'Ամեն շաբաթ',
  'sub.working': 'Կատարվում է…',
  'sub.refreshNow': 'Թարմացնել հիմա',
  'sub.removeAndUnsubscribe': 'Հեռացնել նրա պնդումները և դադարեցնել բաժանորդագրությունը',
  'sub.keep': 'Պահել',
  'sub.unsubscribe': 'Դադարեցնել բաժանորդագրությունը…',
  'sub.intro':
    'Խմբագրությունը կամ փաստերի ստուգման խումբը կարող է իր պնդումները հրապարակել որպես փաթեթ ցանկացած վեբ սերվերում։ Crosstally-ն բեռնում է միայն ձեր տված հասցեն՝ ձեր ընտրած ժամանակացույցով, և ոչինչ չի ուղարկում ձեր կամ ձեր ընթերցածի մասին։',
  'sub.address': 'Փաթեթի հասցեն (https)',
  'sub.publicKey': 'Հրապարակողի բաց բանալին (պարտադիր չէ, խորհուրդ է տրվում)',
  'sub.checking': 'Ստուգվում է…',
  'sub.check': 'Ստուգել փաթեթը',
  'sub.failed': '{error} Ոչինչ չի փոխվել։',
  'sub.accessNotGranted': '{error} {origin}-ին հասանելիություն չի տրվել, գուցե դա է պատճառը։',
  'sub.previewLabel': 'Փաթեթը բաժանորդագրվելուց առաջ',
  'sub.preview': '{title}, հրապարակող՝ {publisher}. {claims} ({articles}), {size}։',
  'sub.signedBy': 'Ստորագրված է {key} բանալիով։',
  'sub.previewUnsigned':
    'Ստորագրված չէ․ Crosstally-ն չի կարող իմանալ՝ արդյոք որևէ մեկը այն փոխել է ճանապարհին կամ սերվերում։',
  'sub.subscribing': 'Բաժանորդագրվում է…',
  'sub.subscribe': 'Բաժանորդագրվել',
  'sub.none': 'Բաժանորդագրություններ դեռ չկան։',
  'sub.subscribed': 'Բաժանորդագրվեցիք «{title}»-ին. ավելացվեց՝ {claims}։',
  'sub.scheduleSaved': 'Թարմացման ժամանակացույցը պահպանվեց։',
  'sub.unsubscribed': '«{title}»-ի բաժանորդագրությունը դադարեցվեց. հեռացվեց՝ {claims}։',
  'sub.unsubscribedKept':
    '«{title}»-ի բաժանորդագրությունը դադարեցվեց. հեռացվեց՝ {claims}, պահվեց ձեր խմբագրածներից՝ {kept}։',

  'reset.title': 'Վերակայել սկզբնական հավաքածուին',
  'reset.intro':
    'Վերադարձնում է Crosstally-ի հետ եկող պնդումները, ինչպես նոր տեղադրումից հետո․ դրանց ձեր խմբագրումներն ու ջնջումները չեղարկվում են, իսկ ներքևում չպահված պնդումները հեռացվում են։',
  'reset.keep': 'Պահել',
  'reset.keepUser': 'Ձեր ավելացրած պնդումները ({count})',
  'reset.keepImport': 'Ձեր ներմուծած պնդումները ({count})',
  'reset.exportFirst': 'Նախ արտահանել ամեն ինչ',
  'reset.reset': 'Վերակայել սկզբնական հավաքածուին…',
  'reset.confirmTitle': 'Վերակայե՞լ պահոցը',
  'reset.confirm':
    'Սկզբնական հավաքածուով կփոխարինվի՝ {lost}, ձերից կպահվի՝ {kept}։ Սա հնարավոր չէ հետարկել․ նախ արտահանեք, եթե դրանք կարող են պետք գալ։',
  'reset.now': 'Վերակայել հիմա',
  'reset.seedClaims': {
    one: '{count} պնդում սկզբնական հավաքածուից',
    other: '{count} պնդում սկզբնական հավաքածուից',
  },
  'reset.done': 'Պահոցում կրկին սկզբնական հավաքածուն է (գրանցված՝ {written})։',
  'reset.doneKept': 'Պահոցում կրկին սկզբնական հավաքածուն է (գրանցված՝ {written}, ձերից պահված՝ {kept})։',
  'reset.notice': 'Վերակայվեց սկզբնական հավաքածուին։',

  'export.preparing': 'Ֆայլը պատրաստվում է…',
  'export.all': 'Պահոցում եղած ամեն ինչ',
  'export.allCount': 'Պահոցում եղած ամեն ինչ ({claims})',
  'export.query': 'Ֆիլտրերի ցույց տված պնդումները',
  'export.queryCount': 'Ֆիլտրերի ցույց տված պնդումները ({claims})',
  'export.noFilter': '{label}՝ ոչ մի ֆիլտր սահմանված չէ',
  'export.ids': 'Ընտրված պնդումները ({claims})',
  'export.title': 'Արտահանում',
  'export.intro':
    'Պնդումների փաթեթը (JSON) ներմուծվում է ցանկացած Crosstally, CSV-ն բացվում է աղյուսակային ծրագրում, ClaimReview-ն ու Web Annotations-ը (JSON-LD) փաստերի ստուգման և ծանոթագրման գործիքների համար են։ Ֆայլերը ստեղծվում են այս համակարգչում, ոչինչ ոչ մի տեղ չի ուղարկվում։',
  'export.what': 'Ինչ արտահանել',
  'export.json': 'Ներբեռնել պնդումների փաթեթը (JSON)',
  'export.csv': 'Ներբեռնել CSV',
  'export.claimReview': 'Ներբեռնել ClaimReview (JSON-LD)',
  'export.annotations': 'Ներբեռնել Web Annotations (JSON-LD)',

  'importSummary.heading': 'Ինչ կփոխի «{file}»-ի ներմուծումը',
  'importSummary.madeBy': 'Ստեղծվել է {tool}-ով։',
  'importSummary.caption': 'Փոփոխությունները, որ կանի ներմուծումը',
  'importSummary.kind': 'Գրառման տեսակ',
  'importSummary.added': 'Ավելացված',
  'importSummary.updated': 'Թարմացված',
  'importSummary.unchanged': 'Անփոփոխ',
  'importSummary.conflicting': 'Հակասում է ձերին',
  'importSummary.texts': 'Հոդվածների տեքստեր',
  'importSummary.keptTexts': {
    one: 'Փաթեթում {count} ներկառուցված հոդվածի տեքստ տարբերվում է Crosstally-ինից և կմնա ինչպես կա․ ներկառուցված տեքստերը երբեք չեն փոխարինվում։',
    other:
      'Փաթեթում {count} ներկառուցված հոդվածի տեքստ տարբերվում է Crosstally-ինից և կմնա ինչպես կա․ ներկառուցված տեքստերը երբեք չեն փոխարինվում։',
  },
  'importSummary.conflicts': {
    one: '{count} պնդում, որը փաթեթը կփոխեր, թեև այն ձերն է',
    other: '{count} պնդում, որը փաթեթը կփոխեր, թեև այն ձերն է',
  },
  'importSummary.reason.edited': 'դուք այն խմբագրել եք',
  'importSummary.reason.deleted': 'դուք այն ջնջել եք',
  'importSummary.reason.user': 'դուք այն ինքներդ եք ավելացրել',

  'import.title': 'Ներմուծել պնդումների փաթեթ',
  'import.fileLegend': 'Պնդումների փաթեթի ֆայլ',
  'import.chooseFile': 'Ընտրեք պնդումների փաթեթի ֆայլ (.json) կամ քաշեք այն այստեղ',
  'import.reading': '«{file}»-ը կարդացվում է…',
  'import.starting': '«{file}»-ը ներմուծվում է…',
  'import.progress': {
    one: '«{file}»-ը ներմուծվում է՝ {done}/{count} գրառում',
    other: '«{file}»-ը ներմուծվում է՝ {done}/{count} գրառում',
  },
  'import.cancelling': '«{file}»-ի ներմուծումը չեղարկվում է՝ պահոցը վերադարձվում է նախկին վիճակին…',
  'import.meanwhile': 'Այդ ընթացքում բացված էջերը նշումներն ստանում են առաջինը։',
  'import.cancelImport': 'Չեղարկել ներմուծումը',
  'import.cancelled': '«{file}»-ի ներմուծումը չեղարկվեց՝ ոչինչ չի փոխվել։',
  'import.nothingImported': '«{file}»-ից ոչինչ չի ներմուծվել։',
  'import.issues': 'Ֆայլի խնդիրները՝ յուրաքանչյուրն իր տեղով',
  'import.done':
    '«{file}»-ը ներմուծվեց՝ {summary}․ անփոփոխ՝ {unchanged}․ ձերից պահպանված՝ {kept}, փոխարինված՝ {replaced}։',
  'import.addedUpdated': 'ավելացված՝ {added}, թարմացված՝ {updated}',
  'import.addedReplaced': 'ավելացված՝ {added}, փոխարինված՝ {replaced}',
  'import.texts': { one: '{count} հոդվածի տեքստ', other: '{count} հոդվածի տեքստ' },
  'import.conflict': 'Երբ փաթեթը փոխում է ձեր խմբագրած, ջնջած կամ ավելացրած պնդումը',
  'import.keepMine': 'Պահել իմը',
  'import.takeTheirs': 'Վերցնել փաթեթինը',
  'import.import': 'Ներմուծել',

  'article.intro':
    'Վերցրեք այն ներդիրի հոդվածը, որտեղից եկել եք, տեղադրեք հոդվածի տեքստը կամ բացեք պահպանված էջ․ Crosstally-ն հենց այստեղ՝ առանց ցանցի, կգտնի դրա թվերը, իսկ դուք կստուգեք յուրաքանչյուրը պահպանելուց առաջ։',
  'article.text': 'Հոդվածի տեքստը',
  'article.textEmpty': 'Հոդվածի տեքստը՝ նախ տեղադրեք հոդվածի տեքստը։',
  'article.textTooLong': 'Հոդվածի տեքստը՝ այն 2 միլիոն նիշից երկար է․ տեղադրեք միայն հոդվածը։',
  'article.file': 'Կամ բացեք պահպանված էջ (.html, .txt)',
  'article.find': 'Գտնել թվերը',
  'article.noneFound': 'Թվեր չեն գտնվել',
  'article.found': {
    one: 'Գտնվել է {count} թիվ․ ստուգեք յուրաքանչյուրը',
    other: 'Գտնվել է {count} թիվ․ ստուգեք յուրաքանչյուրը',
  },
  'article.noneFoundText':
    'Շարժիչը այս տեքստում իրեն ծանոթ թվեր չգտավ։ Հոդվածը միևնույն է կարող եք պահպանել որպես աղբյուր։',
  'article.whereFrom': 'Որտեղից է հոդվածը',
  'article.save': { one: 'Պահպանել հոդվածը և {count} թիվը', other: 'Պահպանել հոդվածը և {count} թիվը' },
  'article.saved': {
    one: '«{source}»-ը պահպանվեց {count} թվով։',
    other: '«{source}»-ը պահպանվեց {count} թվով։',
  },
  'article.readMarked': 'Կարդացեք այն՝ նշված թվերով',
  'article.or': 'կամ',
  'article.showClaims': 'ցույց տվեք դրա պնդումները',

  'review.legend': 'Թիվ {number}՝ «{figure}»',
  'review.corrected': 'ուղղված է',
  'review.include': 'Պահպանել այս թիվը',
  'review.noMetric': 'Թիվ {number}, ցուցանիշ՝ ընտրեք, թե ինչ է հաշվում թիվը։',
  'review.badValue': 'Թիվ {number}, արժեք՝ մուտքագրեք 0 կամ ավելի մեծ թիվ։',
  'review.noValue': 'Թիվ {number}, արժեք՝ մուտքագրեք թիվը կամ մի պահպանեք այս թիվը։',
  'review.badClaimant': 'Թիվ {number}, հայտարարող՝ ընտրեք ցանկից։',

  'tabArticle.how':
    'Ներդիրի հոդվածը անմիջապես դրանից վերցնելու համար բացեք այդ ներդիրը, սեղմեք Crosstally-ի կոճակը դիտարկիչի գործիքագոտում և ընտրեք «{button}»․ այդ դեպքում այս բաժինը կառաջարկի օգտագործել դրա հոդվածը։ Կամ այնտեղ ընտրեք հոդվածի տեքստը (Ctrl+A, Ctrl+C) և տեղադրեք այն ստորև։',
  'tabArticle.use': 'Օգտագործել այն ներդիրի հոդվածը, որտեղից եկել եք',
  'tabArticle.reading': 'Այդ ներդիրի հոդվածը կարդացվում է…',
  'tabArticle.took': '«{title}»-ը վերցվեց ներդիրից։',
  'tabArticle.tookArticle': 'Հոդվածը վերցվեց ներդիրից։',
  'tabArticle.unreachable':
    'Crosstally-ն չկարողացավ կապվել այդ ներդիրի էջի հետ։ Հնարավոր է՝ այն փակվել է կամ անցել այլ հասցեի, այն էջ է, որտեղ Crosstally-ն չի աշխատում (միայն http և https էջեր), կամ բացված է եղել Crosstally-ի տեղադրումից կամ թարմացումից առաջ։ Վերաբեռնեք հոդվածի էջը և նորից փորձեք, կամ տեղադրեք դրա տեքստը ստորև։',
  'tabArticle.stopped':
    'Այդ ներդիրի էջն այլևս կապված չէ Crosstally-ի հետ (ընդլայնումը թարմացվել կամ վերաբեռնվել է)։ Վերաբեռնեք հոդվածի էջը և նորից փորձեք, կամ տեղադրեք դրա տեքստը ստորև։',
  'tabArticle.failed':
    'Crosstally-ն չկարողացավ կարդալ այդ ներդիրի հոդվածը։ Վերաբեռնեք էջը և նորից փորձեք, կամ տեղադրեք դրա տեքստը ստորև։',
  'tabArticle.empty':
    'Այդ ներդիրի էջում չկա հոդվածի տեքստ, որը Crosstally-ն կարող է կարդալ։ Սպասեք, մինչև այն բեռնվի, և նորից փորձեք, կամ տեղադրեք տեքստը ստորև։',
  'tabArticle.tooLong':
    'Այդ ներդիրի հոդվածը 2 միլիոն նիշից երկար է, ավելին, քան պահում է Crosstally-ն։ Այնտեղ ընտրեք ձեզ պետք մասը, պատճենեք այն և տեղադրեք ստորև։',

  'import.notice': '«{file}»-ը ներմուծվեց՝ {summary}։',

  'packFile.tooLarge':
    'Այս ֆայլի չափը {size} է․ կարդացվում են մինչև {limit} (բացված վիճակում) պնդումների փաթեթներ։ Բաժանեք այն ավելի փոքր փաթեթների։',
  'packFile.tooLargeUnpacked':
    'Բացված վիճակում այս ֆայլը {limit}-ից մեծ է․ կարդացվում են մինչև {limit} (բացված վիճակում) պնդումների փաթեթներ։ Բաժանեք այն ավելի փոքր փաթեթների։',
  'packFile.badGzip':
    'Այս ֆայլը կարծես gzip-ով սեղմված է, բայց հնարավոր չեղավ բացել այն (գուցե այն կիսատ է)։',
  'packFile.unreadable': 'Այս ֆայլը հնարավոր չեղավ կարդալ։',
};
