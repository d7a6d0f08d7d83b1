/** Italiano: errori dell’archivio e dello sfondo. I tipi JSON (number, string, object…) restano: sono parole del file. */
import type { ErrorCatalog } from './en';

export const itErrors: ErrorCatalog = {
  'error.quota':
    'Il browser ha rifiutato di salvare altri dati (spazio esaurito). Non è stato modificato nulla.',
  'error.internal':
    'Qualcosa è andato storto nell’archivio delle dichiarazioni di Crosstally. Non è stato modificato nulla.',
  'error.page': 'Qualcosa è andato storto in questa pagina. Non è stato modificato nulla.',
  'error.noAnswer': 'La parte in background di Crosstally non ha risposto. Prova a ricaricare la pagina.',
  'error.unreachable':
    'Impossibile raggiungere la parte in background di Crosstally. Prova a ricaricare la pagina.',
  'error.forbidden': 'Le richieste ricevono risposta solo per Crosstally stesso.',
  'error.badRequest': 'Tipo di richiesta sconosciuto.',
  'error.pagesOnly': '«{type}» si può chiedere solo dalle pagine di Crosstally.',
  'error.malformedRequest': 'Richiesta «{type}» malformata: {issue}',

  'error.claimNotFound': 'Nessuna dichiarazione «{id}» nell’archivio.',
  'error.sourceNotFound': 'Nessuna fonte «{id}» nell’archivio.',
  'error.restoreSourceGone': 'La fonte «{id}» della dichiarazione non è più nell’archivio.',
  'error.undoGone': 'Questa eliminazione non si può più annullare.',
  'error.ledgerFigureGone': 'Questa cifra non è nel tuo registro di lettura.',
  'error.notSavedDeleted':
    'Non salvato: la dichiarazione è stata eliminata in un’altra scheda o finestra. Non è stato modificato nulla.',
  'error.notUndoneDeleted':
    'Non annullato: la dichiarazione è stata eliminata in un’altra scheda o finestra. Non è stato modificato nulla.',
  'error.notSavedChanged':
    'Non salvato: «{figure}» è stato modificato nel frattempo in un’altra scheda o finestra. Non è stato modificato nulla.',
  'error.notUndoneChanged':
    'Non annullato: «{figure}» è stato modificato nel frattempo in un’altra scheda o finestra. Non è stato modificato nulla.',
  'error.invalidClaim': 'Dichiarazione non valida: {issue}',
  'error.invalidSource': 'Fonte non valida: {issue}',
  'error.invalidArticle': 'Articolo non valido: {issue}',
  'error.invalidChanges': 'Modifiche non valide: {issue}',

  'error.importCancelled': 'L’importazione è stata annullata: l’archivio è com’era prima.',
  'error.packTooLarge':
    'Questo file è di {size} MB; si leggono pacchetti di dichiarazioni fino a {limit} MB. Dividilo in pacchetti più piccoli.',
  'error.uploadTooLarge':
    'Questo file supera {size} MB; si leggono pacchetti di dichiarazioni fino a {limit} MB. Dividilo in pacchetti più piccoli.',
  'error.notJson': 'Questo file non è JSON, quindi non è un pacchetto di dichiarazioni.',
  'error.notJsonAt':
    'Questo file non è JSON, quindi non è un pacchetto di dichiarazioni (il primo errore è alla riga {line}, colonna {column}).',
  'error.notAnObject':
    'Questo file non è un pacchetto di dichiarazioni di Crosstally (atteso un oggetto JSON).',
  'error.wrongFormat':
    'Questo file non è un pacchetto di dichiarazioni di Crosstally (format: atteso "{format}").',
  'error.wrongVersion':
    'Questo pacchetto di dichiarazioni è alla versione {seen}; questo Crosstally legge le versioni {versions}.',
  'error.invalidPack': 'Il pacchetto di dichiarazioni ha {count} campo/i non valido/i: {issue}',
  'error.textsMisplaceClaim':
    'Il testo di {names} non contiene una dichiarazione dove le dichiarazioni dicono; non è stato importato nulla.',
  'error.textsMisplaceClaims':
    'Il testo di {names} non contiene {count} dichiarazioni dove le dichiarazioni dicono; non è stato importato nulla.',
  'error.uploadPart': 'Parte {index} di un invio in {count} parti.',
  'error.uploadIncomplete':
    'Il file non è arrivato per intero nell’archivio di Crosstally (forse si è riavviato). Scegli di nuovo il file.',
  'error.indexTooLarge':
    'Questo indice del pacchetto ha {chars} caratteri; un indice ne ha al massimo {limit}.',
  'error.indexNotJson': 'Questo indice del pacchetto non è JSON.',
  'error.indexInvalid': 'L’indice del pacchetto non è valido: {issue}',
  'error.indexShardTwice': 'L’indice del pacchetto elenca {path} due volte.',
  'error.indexClaimCount':
    'L’indice del pacchetto indica {listed} dichiarazioni, ma le sue parti ne contengono {held}.',

  'error.subOtherKey':
    'Il pacchetto è firmato con un’altra chiave ({key}) rispetto a quella che hai indicato.',
  'error.subNothingToPreview': 'Il server non ha inviato nulla da mostrare in anteprima.',
  'error.subAlready': 'Sei già iscritto a questo pacchetto.',
  'error.subKeyChangedMeanwhile': 'Il pacchetto ha cambiato chiave di firma mentre ti iscrivevi; riprova.',
  'error.subRemoved': 'Questa iscrizione non esiste (è stata rimossa).',
  'error.subNoSuch': 'Questa iscrizione non esiste.',
  'error.subNoNewKey': 'Non c’è nessuna nuova chiave da accettare.',
  'error.subNewKey': 'L’editore firma con una nuova chiave. Finché non la accetti, non si aggiorna nulla.',
  'error.subUpToDate': 'Aggiornato: nulla è cambiato dall’ultimo aggiornamento.',
  'error.subUpdated': 'Aggiornato; parti modificate scaricate: {count}.',
  'error.fetchTimeout': '{url} non ha risposto entro {seconds} s.',
  'error.fetchUnfinished': 'Lo scaricamento di {url} non è finito entro {seconds} s.',
  'error.fetchOffline':
    '{url} non è raggiungibile (il browser è offline, il server non funziona o non lascia leggere il file a Crosstally).',
  'error.fetchBrokeOff': 'Lo scaricamento di {url} si è interrotto.',
  'error.fetchRedirect':
    '{url} reindirizza a un altro sito ({origin}); il reindirizzamento non è stato seguito.',
  'error.fetchNotFound': 'All’indirizzo {url} non c’è nulla (HTTP {status}).',
  'error.fetchHttp': '{url} ha risposto HTTP {status}.',
  'error.fetchTooLarge': '{url} supera {size} MB; il file non è stato letto.',
  'error.fetchMissing': 'All’indirizzo {url} non c’è nulla.',
  'error.fetchShardMissing': 'La parte {path} del pacchetto non è sul server.',
  'error.fetchUnreadable': '{url} è troppo grande per essere letto.',
  'error.sigMalformedKey':
    'Non è una chiave pubblica di Crosstally: si attende una riga "{prefix}" seguita da 43 caratteri.',
  'error.sigNotPrivateKey': 'Non è una chiave privata Ed25519 (si attende un JWK con kty OKP, crv Ed25519).',
  'error.sigPrivateKeyUnreadable': 'Il file della chiave privata non si legge come chiave Ed25519.',
  'error.sigKeyFile': '{path} non è un file di chiave scritto da "pack keygen".',
  'error.sigNotJson': 'Il file di firma non è JSON.',
  'error.sigWrongFormat': 'Il file di firma non è un {format} (versione 1, Ed25519).',
  'error.sigIncomplete': 'Al file di firma manca publicKey o signature.',
  'error.sigNotBytes': 'La firma non è di 64 byte in base64url.',
  'error.sigKeyMismatch':
    'Il pacchetto è firmato con una chiave diversa da quella dell’editore indicata: potrebbe non venire da quell’editore.',
  'error.sigBad':
    'La firma non corrisponde al file: è stato modificato dopo la firma, o firmato con un’altra chiave.',
  'error.sigMissing':
    'Accanto al pacchetto non c’è una firma ({url}): non è firmato con la chiave di cui ti fidi.',
  'error.sigShardDigest': 'La parte {path} non corrisponde alla sua impronta nell’indice del pacchetto.',
  'error.urlNotWeb': 'Questo non è un indirizzo web (atteso https://…).',
  'error.urlCredentials': 'Gli indirizzi con nome utente o password non sono accettati.',
  'error.urlNotHttps': 'I pacchetti si scaricano solo via https (http solo da questo computer: localhost).',

  'error.issue.text': '{text}',
  'error.issue.andMore': '…e altri {count}',
  'error.issue.invalidType': 'atteso {expected}, ricevuto {received}',
  'error.issue.expectedValue': 'atteso {value}',
  'error.issue.expectedOneOf': 'atteso uno tra {values}',
  'error.issue.tooLong': 'troppo lunga: la stringa deve avere {limit} caratteri',
  'error.issue.tooShort': 'troppo corta: la stringa deve avere {limit} caratteri',
  'error.issue.tooManyItems': 'troppi elementi: l’array deve averne {limit}',
  'error.issue.tooFewItems': 'troppo pochi elementi: l’array deve averne {limit}',
  'error.issue.tooBig': 'troppo grande: {origin} deve essere {limit}',
  'error.issue.tooSmall': 'troppo piccolo: {origin} deve essere {limit}',
  'error.issue.pattern': 'stringa non valida: deve corrispondere al modello {pattern}',
  'error.issue.unknownKey': 'chiave sconosciuta: {keys}',
  'error.issue.unknownKeys': 'chiavi sconosciute: {keys}',
  'error.issue.invalid': 'valore non valido',
  'error.issue.id':
    'atteso un id: una lettera o una cifra, poi lettere, cifre e . _ : # @ / + ~ = % & ? - (non un nome predefinito come "constructor")',
  'error.issue.isoDate': 'attesa una data ISO (AAAA-MM-GG)',
  'error.issue.day': 'atteso un giorno come AAAA-MM-GG',
  'error.issue.httpUrl': 'atteso un URL http(s)',
  'error.issue.period':
    'atteso un periodo in notazione ISO 8601: un giorno (2020-09-27), un mese (2016-04), un anno (2020) o un intervallo tra due (2020-09-27/2020-10-10, 1988/1994)',
  'error.issue.ofClaim': '{reason} (dichiarazione "{id}")',
  'error.issue.rangeBackwards': 'l’intervallo finisce prima di iniziare',
  'error.issue.noSourceInPack': 'nessuna fonte "{id}" nel pacchetto',
  'error.issue.noSourceInStore': 'nessuna fonte "{id}" nell’archivio',
  'error.issue.offsetsOutsideQuote': 'la posizione della cifra cade fuori dalla citazione',
  'error.issue.endBeforeStart': 'la fine viene prima dell’inizio',
  'error.issue.duplicateId': 'id duplicato "{id}" (la prima volta in {list}[{first}])',
  'error.issue.figureNotInQuote': 'non trovata nella citazione; copia da lì le parole della cifra',
  'error.issue.alreadyStored':
    'questa cifra di questo indicatore è già salvata per la fonte; modificala invece',
  'error.issue.figureOutsideText': 'la cifra cade fuori dal testo',
  'error.issue.sentenceMissesFigure': 'la frase non contiene la cifra',
  'error.issue.claimGone': 'la dichiarazione "{id}" non è più nell’archivio',
  'error.issue.anchorMoved':
    'la dichiarazione "{id}" si aspetta {exact} alle posizioni {start}–{end}; lì il testo ha {found}',
  'error.issue.anchorPrefix':
    'la dichiarazione "{id}": le parole prima di {exact} non sono il prefisso del suo selettore {prefix}',
  'error.issue.anchorSuffix':
    'la dichiarazione "{id}": le parole dopo {exact} non sono il suffisso del suo selettore {suffix}',
  'error.issue.inStoredText': '{reason} (testo salvato di "{source}")',
  'error.issue.version': 'attesa {versions}, ricevuta {seen}',
  'error.issue.selectionOutside': 'la selezione cade fuori dal suo contesto',
  'error.issue.versionPerId': 'serve una versione per ogni id',
  'error.issue.shardFileName': 'atteso un nome di file accanto all’indice, che finisca in .json',
  'error.issue.sha256': 'atteso un digest SHA-256 esadecimale',
};
