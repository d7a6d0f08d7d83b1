/** What comes in and goes out: import, export, reset, articles, subscriptions, ledger (it). */
import type { CatalogPart } from '../en';
import type { transfer as english } from '../en/transfer';

export const transfer: CatalogPart<typeof english> = {
  'ledger.forgotSite': 'Dimenticati: {articles} letti su {site} ({claims}).',
  'ledger.forgotAll': 'Tutti gli articoli letti sono stati dimenticati ({claims}).',
  'ledger.intro':
    'Con il registro attivo, le cifre delle pagine sul conflitto che leggi sono conservate qui, solo su questo computer (mai da finestre private o siti esclusi), così le pagine successive mostrano come le hanno riportate quelle testate.',
  'ledger.consent': 'Conserva le cifre delle pagine sul conflitto che leggo',
  'ledger.keepFor': 'Conserva gli articoli letti per',
  'ledger.days': { one: '{count} giorno', many: '{count} giorni', other: '{count} giorni' },
  'ledger.forever': 'sempre',
  'ledger.articles': { one: '{count} articolo', many: '{count} articoli', other: '{count} articoli' },
  'ledger.counts': '{articles} letti, {claims}',
  'ledger.neverKept': '; mai conservati: {sites}',
  'ledger.site': 'Sito',
  'ledger.forgetSite': 'Dimentica questo sito',
  'ledger.confirmAll':
    'Dimenticare tutti gli articoli letti e le loro cifre? L’operazione non si può annullare.',
  'ledger.forgetAll': 'Dimentica tutto ciò che hai letto',
  'ledger.keepThem': 'Conservali',
  'ledger.forgetAllAsk': 'Dimentica tutto ciò che hai letto…',

  'sub.publishedBy': 'Pubblicato da {publisher}',
  'sub.signed': 'Firmato; chiave {key}',
  'sub.notSigned': 'Non firmato: chiunque possa modificare l’host può modificarlo.',
  'sub.lastGood': 'Ultimo aggiornamento riuscito: {time}.',
  'sub.never': 'Mai aggiornato.',
  'sub.lastChecked': 'Ultimo controllo: {time}.',
  'sub.keptPrevious': 'Mantenuta la versione precedente: {error}',
  'sub.newKey':
    'L’editore ora firma con una chiave diversa ({key}). Accettala solo se l’editore ti ha detto che è cambiata.',
  'sub.acceptKey': 'Accetta la nuova chiave',
  'sub.refresh': 'Aggiorna',
  'sub.everyHours': 'Ogni {count} ore',
  'sub.daily': 'Ogni giorno',
  'sub.weekly': 'Ogni settimana',
  'sub.working': 'In corso…',
  'sub.refreshNow': 'Aggiorna ora',
  'sub.removeAndUnsubscribe': 'Rimuovi le sue dichiarazioni e annulla l’iscrizione',
  'sub.keep': 'Mantieni',
  'sub.unsubscribe': 'Annulla l’iscrizione…',
  'sub.intro':
    'Una redazione o un gruppo di fact-checking può pubblicare le proprie dichiarazioni come pacchetto su qualsiasi host web. Crosstally scarica solo l’indirizzo che indichi, con la frequenza che scegli, e non invia nulla su di te o sulle tue letture.',
  'sub.address': 'Indirizzo del pacchetto (https)',
  'sub.publicKey': 'Chiave pubblica dell’editore (facoltativa, consigliata)',
  'sub.checking': 'Verifica…',
  'sub.check': 'Verifica il pacchetto',
  'sub.failed': '{error} Nulla è stato modificato.',
  'sub.accessNotGranted': '{error} L’accesso a {origin} non è stato concesso; forse è questo il motivo.',
  'sub.previewLabel': 'Il pacchetto prima dell’iscrizione',
  'sub.preview': '{title}, pubblicato da {publisher}: {claims} da {articles}, {size}.',
  'sub.signedBy': 'Firmato da {key}.',
  'sub.previewUnsigned':
    'Non firmato: Crosstally non può sapere se qualcuno lo ha modificato lungo il percorso o sull’host.',
  'sub.subscribing': 'Iscrizione…',
  'sub.subscribe': 'Iscriviti',
  'sub.none': 'Ancora nessuna iscrizione.',
  'sub.subscribed': 'Iscrizione a «{title}»: aggiunte {claims}.',
  'sub.scheduleSaved': 'Frequenza di aggiornamento salvata.',
  'sub.unsubscribed': 'Iscrizione a «{title}» annullata: rimosse {claims}.',
  'sub.unsubscribedKept':
    'Iscrizione a «{title}» annullata: rimosse {claims}; mantenute {kept} che hai modificato.',

  'reset.title': 'Ripristina il set iniziale',
  'reset.intro':
    'Rimette le dichiarazioni fornite con Crosstally, come dopo una nuova installazione: le tue modifiche e le tue eliminazioni vengono annullate, e le dichiarazioni non mantenute qui sotto vengono rimosse.',
  'reset.keep': 'Mantieni',
  'reset.keepUser': 'Le dichiarazioni che hai aggiunto ({count})',
  'reset.keepImport': 'Le dichiarazioni che hai importato ({count})',
  'reset.exportFirst': 'Prima esporta tutto',
  'reset.reset': 'Ripristina il set iniziale…',
  'reset.confirmTitle': 'Ripristinare l’archivio?',
  'reset.confirm':
    'Sostituite dal set iniziale: {lost}; delle tue mantenute: {kept}. Non si può annullare; esporta prima se potresti volerle indietro.',
  'reset.now': 'Ripristina ora',
  'reset.seedClaims': {
    one: '{count} dichiarazione del set iniziale',
    many: '{count} dichiarazioni del set iniziale',
    other: '{count} dichiarazioni del set iniziale',
  },
  'reset.done': 'L’archivio contiene di nuovo il set iniziale ({written} scritte).',
  'reset.doneKept':
    'L’archivio contiene di nuovo il set iniziale ({written} scritte; delle tue mantenute: {kept}).',
  'reset.notice': 'Ripristinato il set iniziale.',

  'export.preparing': 'Preparazione del file…',
  'export.all': 'Tutto l’archivio',
  'export.allCount': 'Tutto l’archivio ({claims})',
  'export.query': 'Le dichiarazioni mostrate dai filtri',
  'export.queryCount': 'Le dichiarazioni mostrate dai filtri ({claims})',
  'export.noFilter': '{label}: nessun filtro impostato',
  'export.ids': 'Le dichiarazioni selezionate ({claims})',
  'export.title': 'Esporta',
  'export.intro':
    'Un pacchetto di dichiarazioni (JSON) si importa in qualsiasi Crosstally; il CSV si apre in un foglio di calcolo; ClaimReview e Web Annotations (JSON-LD) servono agli strumenti di fact-checking e di annotazione. I file vengono creati su questo computer; nulla viene inviato altrove.',
  'export.what': 'Cosa esportare',
  'export.json': 'Scarica il pacchetto di dichiarazioni (JSON)',
  'export.csv': 'Scarica il CSV',
  'export.claimReview': 'Scarica ClaimReview (JSON-LD)',
  'export.annotations': 'Scarica Web Annotations (JSON-LD)',

  'importSummary.heading': 'Cosa cambierebbe l’importazione di «{file}»',
  'importSummary.madeBy': 'Creato da {tool}.',
  'importSummary.caption': 'Modifiche che l’importazione farebbe',
  'importSummary.kind': 'Tipo di record',
  'importSummary.added': 'Aggiunti',
  'importSummary.updated': 'Aggiornati',
  'importSummary.unchanged': 'Invariati',
  'importSummary.conflicting': 'In conflitto con i tuoi',
  'importSummary.texts': 'Testi di articoli',
  'importSummary.keptTexts': {
    one: '{count} testo di articolo incluso differisce nel pacchetto e resterà com’è: i testi inclusi in Crosstally non vengono mai sostituiti.',
    many: '{count} testi di articoli inclusi differiscono nel pacchetto e resteranno come sono: i testi inclusi in Crosstally non vengono mai sostituiti.',
    other:
      '{count} testi di articoli inclusi differiscono nel pacchetto e resteranno come sono: i testi inclusi in Crosstally non vengono mai sostituiti.',
  },
  'importSummary.conflicts': {
    one: '{count} dichiarazione che il pacchetto cambierebbe benché sia tua',
    many: '{count} dichiarazioni che il pacchetto cambierebbe benché siano tue',
    other: '{count} dichiarazioni che il pacchetto cambierebbe benché siano tue',
  },
  'importSummary.reason.edited': 'l’hai modificata',
  'importSummary.reason.deleted': 'l’hai eliminata',
  'importSummary.reason.user': 'l’hai aggiunta tu',

  'import.title': 'Importa un pacchetto di dichiarazioni',
  'import.fileLegend': 'File del pacchetto di dichiarazioni',
  'import.chooseFile': 'Scegli un file di pacchetto di dichiarazioni (.json) o trascinalo qui',
  'import.reading': 'Lettura di «{file}»…',
  'import.starting': 'Importazione di «{file}»…',
  'import.progress': {
    one: 'Importazione di «{file}»: {done} di {count} record',
    many: 'Importazione di «{file}»: {done} di {count} record',
    other: 'Importazione di «{file}»: {done} di {count} record',
  },
  'import.cancelling': 'Annullamento di «{file}»: ripristino dell’archivio com’era…',
  'import.meanwhile': 'Le pagine che apri nel frattempo ricevono per prime le loro evidenziazioni.',
  'import.cancelImport': 'Annulla l’importazione',
  'import.cancelled': 'Importazione di «{file}» annullata: non è stato modificato nulla.',
  'import.nothingImported': 'Nulla è stato importato da «{file}».',
  'import.issues': 'Problemi nel file, ciascuno con la sua posizione',
  'import.done':
    '«{file}» importato: {summary}; invariate: {unchanged}; delle tue: {kept} mantenute, {replaced} sostituite.',
  'import.addedUpdated': 'aggiunti: {added}, aggiornati: {updated}',
  'import.addedReplaced': 'aggiunti: {added}, sostituiti: {replaced}',
  'import.texts': {
    one: '{count} testo di articolo',
    many: '{count} testi di articoli',
    other: '{count} testi di articoli',
  },
  'import.conflict': 'Quando il pacchetto cambia una dichiarazione che hai modificato, eliminato o aggiunto',
  'import.keepMine': 'Tieni la mia',
  'import.takeTheirs': 'Prendi quella del pacchetto',
  'import.import': 'Importa',

  'article.intro':
    'Prendi l’articolo della scheda da cui arrivi, incolla il testo di un articolo o apri una pagina salvata; Crosstally ne trova le cifre qui, offline, e tu controlli ciascuna prima di salvare.',
  'article.text': 'Testo dell’articolo',
  'article.textEmpty': 'Testo dell’articolo: incolla prima il testo dell’articolo.',
  'article.textTooLong': 'Testo dell’articolo: supera i 2 milioni di caratteri; incolla solo l’articolo.',
  'article.file': 'Oppure apri una pagina salvata (.html, .txt)',
  'article.find': 'Trova le cifre',
  'article.noneFound': 'Nessuna cifra trovata',
  'article.found': {
    one: '{count} cifra trovata: controllala',
    many: '{count} di cifre trovate: controlla ciascuna',
    other: '{count} cifre trovate: controlla ciascuna',
  },
  'article.noneFoundText':
    'Il motore non ha trovato in questo testo cifre che conosce. Puoi comunque salvare l’articolo come fonte.',
  'article.whereFrom': 'Da dove viene l’articolo',
  'article.save': {
    one: 'Salva l’articolo e {count} cifra',
    many: 'Salva l’articolo e {count} di cifre',
    other: 'Salva l’articolo e {count} cifre',
  },
  'article.saved': {
    one: '«{source}» salvato con {count} cifra.',
    many: '«{source}» salvato con {count} di cifre.',
    other: '«{source}» salvato con {count} cifre.',
  },
  'article.readMarked': 'Leggilo con le cifre evidenziate',
  'article.or': 'oppure',
  'article.showClaims': 'mostra le sue dichiarazioni',

  'review.legend': 'Cifra {number}: «{figure}»',
  'review.corrected': 'corretta',
  'review.include': 'Salva questa cifra',
  'review.noMetric': 'Cifra {number}, indicatore: scegli che cosa conta la cifra.',
  'review.badValue': 'Cifra {number}, valore: inserisci un numero pari o superiore a 0.',
  'review.noValue': 'Cifra {number}, valore: inserisci il numero oppure escludi la cifra.',
  'review.badClaimant': 'Cifra {number}, dichiarante: scegline uno dall’elenco.',

  'tabArticle.how':
    'Per prendere l’articolo direttamente da una scheda, mostra quella scheda, fai clic sul pulsante di Crosstally nella barra degli strumenti del browser e scegli «{button}»: questa sezione proporrà allora di usarne l’articolo. Oppure seleziona lì il testo dell’articolo (Ctrl+A, Ctrl+C) e incollalo qui sotto.',
  'tabArticle.use': 'Usa l’articolo della scheda da cui arrivi',
  'tabArticle.reading': 'Lettura dell’articolo in quella scheda…',
  'tabArticle.took': '«{title}» preso dalla scheda.',
  'tabArticle.tookArticle': 'Articolo preso dalla scheda.',
  'tabArticle.unreachable':
    'Crosstally non è riuscito a raggiungere la pagina in quella scheda. Forse è stata chiusa o è passata a un altro indirizzo, è una pagina su cui Crosstally non funziona (solo pagine http e https), oppure era aperta da prima che Crosstally fosse installato o aggiornato. Ricarica la pagina dell’articolo e riprova, oppure incollane il testo qui sotto.',
  'tabArticle.stopped':
    'La pagina in quella scheda non è più collegata a Crosstally (l’estensione è stata aggiornata o ricaricata). Ricarica la pagina dell’articolo e riprova, oppure incollane il testo qui sotto.',
  'tabArticle.failed':
    'Crosstally non è riuscito a leggere l’articolo in quella scheda. Ricarica la pagina e riprova, oppure incollane il testo qui sotto.',
  'tabArticle.empty':
    'La pagina in quella scheda non ha un testo di articolo che Crosstally possa leggere. Attendi che finisca di caricarsi e riprova, oppure incolla il testo qui sotto.',
  'tabArticle.tooLong':
    'L’articolo in quella scheda supera i 2 milioni di caratteri, più di quanto Crosstally conservi. Seleziona lì la parte che ti serve, copiala e incollala qui sotto.',

  'import.notice': '«{file}» importato: {summary}.',

  'packFile.tooLarge':
    'Questo file è di {size}; si leggono pacchetti di dichiarazioni fino a {limit} (decompressi). Dividilo in pacchetti più piccoli.',
  'packFile.tooLargeUnpacked':
    'Decompresso, questo file supera {limit}; si leggono pacchetti di dichiarazioni fino a {limit} (decompressi). Dividilo in pacchetti più piccoli.',
  'packFile.badGzip':
    'Questo file sembra compresso con gzip ma non è stato possibile decomprimerlo (potrebbe essere troncato).',
  'packFile.unreadable': 'Non è stato possibile leggere questo file.',
};
