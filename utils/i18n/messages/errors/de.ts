/** Deutsch: Fehler des Speichers und des Hintergrunds. JSON-Typen (number, string, object…) bleiben: Wörter der Datei. */
import type { ErrorCatalog } from './en';

export const deErrors: ErrorCatalog = {
  'error.quota':
    'Der Browser hat sich geweigert, mehr Daten zu speichern (Speicher voll). Es wurde nichts geändert.',
  'error.internal': 'Im Angabenspeicher von Crosstally ist etwas schiefgegangen. Es wurde nichts geändert.',
  'error.page': 'Auf dieser Seite ist etwas schiefgegangen. Es wurde nichts geändert.',
  'error.noAnswer': 'Der Hintergrund von Crosstally hat nicht geantwortet. Laden Sie die Seite neu.',
  'error.unreachable': 'Der Hintergrund von Crosstally war nicht erreichbar. Laden Sie die Seite neu.',
  'error.forbidden': 'Anfragen werden nur für Crosstally selbst beantwortet.',
  'error.badRequest': 'Unbekannte Art von Anfrage.',
  'error.pagesOnly': '„{type}“ darf nur von den eigenen Seiten von Crosstally angefragt werden.',
  'error.malformedRequest': 'Fehlerhafte Anfrage „{type}“: {issue}',

  'error.claimNotFound': 'Keine Angabe „{id}“ im Speicher.',
  'error.sourceNotFound': 'Keine Quelle „{id}“ im Speicher.',
  'error.restoreSourceGone': 'Die Quelle „{id}“ der Angabe ist nicht mehr im Speicher.',
  'error.undoGone': 'Dieses Löschen lässt sich nicht mehr rückgängig machen.',
  'error.ledgerFigureGone': 'Diese Zahl steht nicht in Ihrem Lesejournal.',
  'error.notSavedDeleted':
    'Nicht gespeichert: Die Angabe wurde in einem anderen Tab oder Fenster gelöscht. Es wurde nichts geändert.',
  'error.notUndoneDeleted':
    'Nicht rückgängig gemacht: Die Angabe wurde in einem anderen Tab oder Fenster gelöscht. Es wurde nichts geändert.',
  'error.notSavedChanged':
    'Nicht gespeichert: „{figure}“ wurde inzwischen in einem anderen Tab oder Fenster geändert. Es wurde nichts geändert.',
  'error.notUndoneChanged':
    'Nicht rückgängig gemacht: „{figure}“ wurde inzwischen in einem anderen Tab oder Fenster geändert. Es wurde nichts geändert.',
  'error.invalidClaim': 'Ungültige Angabe: {issue}',
  'error.invalidSource': 'Ungültige Quelle: {issue}',
  'error.invalidArticle': 'Ungültiger Artikel: {issue}',
  'error.invalidChanges': 'Ungültige Änderungen: {issue}',

  'error.importCancelled': 'Der Import wurde abgebrochen: Der Speicher ist wie zuvor.',
  'error.packTooLarge':
    'Diese Datei ist {size} MB groß; gelesen werden Angabenpakete bis {limit} MB. Teilen Sie sie in kleinere Pakete auf.',
  'error.uploadTooLarge':
    'Diese Datei ist größer als {size} MB; gelesen werden Angabenpakete bis {limit} MB. Teilen Sie sie in kleinere Pakete auf.',
  'error.notJson': 'Diese Datei ist kein JSON, also kein Angabenpaket.',
  'error.notJsonAt':
    'Diese Datei ist kein JSON, also kein Angabenpaket (der erste Fehler steht in Zeile {line}, Spalte {column}).',
  'error.notAnObject': 'Diese Datei ist kein Angabenpaket von Crosstally (erwartet: ein JSON-Objekt).',
  'error.wrongFormat': 'Diese Datei ist kein Angabenpaket von Crosstally (format: erwartet "{format}").',
  'error.wrongVersion':
    'Dieses Angabenpaket hat die Version {seen}; dieses Crosstally liest die Versionen {versions}.',
  'error.invalidPack': 'Das Angabenpaket hat {count} ungültige(s) Feld(er): {issue}',
  'error.textsMisplaceClaim':
    'Der Text von {names} enthält eine Angabe nicht dort, wo die Angaben es sagen; es wurde nichts importiert.',
  'error.textsMisplaceClaims':
    'Der Text von {names} enthält {count} Angaben nicht dort, wo die Angaben es sagen; es wurde nichts importiert.',
  'error.uploadPart': 'Teil {index} eines Uploads aus {count} Teilen.',
  'error.uploadIncomplete':
    'Die Datei hat den Speicher von Crosstally nicht vollständig erreicht (er wurde womöglich neu gestartet). Wählen Sie die Datei erneut.',
  'error.indexTooLarge': 'Dieser Paketindex hat {chars} Zeichen; ein Index hat höchstens {limit}.',
  'error.indexNotJson': 'Dieser Paketindex ist kein JSON.',
  'error.indexInvalid': 'Der Paketindex ist ungültig: {issue}',
  'error.indexShardTwice': 'Der Paketindex führt {path} zweimal auf.',
  'error.indexClaimCount': 'Laut Paketindex sind es {listed} Angaben, seine Teile enthalten aber {held}.',

  'error.subOtherKey':
    'Das Paket ist mit einem anderen Schlüssel ({key}) signiert als dem, den Sie angegeben haben.',
  'error.subNothingToPreview': 'Der Server hat nichts für eine Vorschau gesendet.',
  'error.subAlready': 'Sie haben dieses Paket bereits abonniert.',
  'error.subKeyChangedMeanwhile':
    'Das Paket hat seinen Signaturschlüssel gewechselt, während Sie es abonniert haben; versuchen Sie es erneut.',
  'error.subRemoved': 'Dieses Abonnement gibt es nicht (es wurde entfernt).',
  'error.subNoSuch': 'Dieses Abonnement gibt es nicht.',
  'error.subNoNewKey': 'Es gibt keinen neuen Schlüssel zu akzeptieren.',
  'error.subNewKey':
    'Der Herausgeber signiert mit einem neuen Schlüssel. Bis Sie ihn akzeptieren, wird nichts aktualisiert.',
  'error.subUpToDate': 'Aktuell: seit der letzten Aktualisierung hat sich nichts geändert.',
  'error.subUpdated': 'Aktualisiert; geänderte Teile geladen: {count}.',
  'error.fetchTimeout': '{url} hat nicht innerhalb von {seconds} s geantwortet.',
  'error.fetchUnfinished': '{url} wurde nicht innerhalb von {seconds} s fertig geladen.',
  'error.fetchOffline':
    '{url} war nicht erreichbar (der Browser ist offline, der Server ist nicht erreichbar oder lässt Crosstally die Datei nicht lesen).',
  'error.fetchBrokeOff': 'Das Laden von {url} brach ab.',
  'error.fetchRedirect':
    '{url} leitet auf eine andere Website weiter ({origin}); der Weiterleitung wurde nicht gefolgt.',
  'error.fetchNotFound': 'Unter {url} ist nichts (HTTP {status}).',
  'error.fetchHttp': '{url} antwortete mit HTTP {status}.',
  'error.fetchTooLarge': '{url} ist größer als {size} MB; die Datei wurde nicht gelesen.',
  'error.fetchMissing': 'Unter {url} ist nichts.',
  'error.fetchShardMissing': 'Der Paketteil {path} ist nicht auf dem Server.',
  'error.fetchUnreadable': '{url} ist zu groß, um gelesen zu werden.',
  'error.sigMalformedKey':
    'Kein öffentlicher Crosstally-Schlüssel: erwartet wird eine Zeile "{prefix}", gefolgt von 43 Zeichen.',
  'error.sigNotPrivateKey':
    'Kein privater Ed25519-Schlüssel (erwartet wird ein JWK mit kty OKP, crv Ed25519).',
  'error.sigPrivateKeyUnreadable':
    'Die Datei des privaten Schlüssels ließ sich nicht als Ed25519-Schlüssel lesen.',
  'error.sigKeyFile': '{path} ist keine Schlüsseldatei von "pack keygen".',
  'error.sigNotJson': 'Die Signaturdatei ist kein JSON.',
  'error.sigWrongFormat': 'Die Signaturdatei ist keine {format} (Version 1, Ed25519).',
  'error.sigIncomplete': 'Der Signaturdatei fehlt publicKey oder signature.',
  'error.sigNotBytes': 'Die Signatur sind keine 64 Bytes in base64url.',
  'error.sigKeyMismatch':
    'Das Paket ist mit einem anderen Schlüssel signiert als dem angegebenen Herausgeberschlüssel: Es stammt womöglich nicht von diesem Herausgeber.',
  'error.sigBad':
    'Die Signatur passt nicht zur Datei: Sie wurde nach dem Signieren geändert oder mit einem anderen Schlüssel signiert.',
  'error.sigMissing':
    'Neben dem Paket liegt keine Signatur ({url}): Es ist nicht mit dem Schlüssel signiert, dem Sie vertrauen.',
  'error.sigShardDigest': 'Der Teil {path} passt nicht zu seinem Hashwert im Paketindex.',
  'error.urlNotWeb': 'Das ist keine Webadresse (erwartet: https://…).',
  'error.urlCredentials': 'Adressen mit Benutzername oder Passwort werden nicht angenommen.',
  'error.urlNotHttps': 'Pakete werden nur über https geladen (http nur von diesem Computer: localhost).',

  'error.issue.text': '{text}',
  'error.issue.andMore': '…und {count} weitere',
  'error.issue.invalidType': 'erwartet {expected}, erhalten {received}',
  'error.issue.expectedValue': 'erwartet {value}',
  'error.issue.expectedOneOf': 'erwartet einer von {values}',
  'error.issue.tooLong': 'zu lang: Zeichenzahl soll {limit} sein',
  'error.issue.tooShort': 'zu kurz: Zeichenzahl soll {limit} sein',
  'error.issue.tooManyItems': 'zu viele Einträge: Anzahl soll {limit} sein',
  'error.issue.tooFewItems': 'zu wenige Einträge: Anzahl soll {limit} sein',
  'error.issue.tooBig': 'zu groß: {origin} soll {limit} sein',
  'error.issue.tooSmall': 'zu klein: {origin} soll {limit} sein',
  'error.issue.pattern': 'ungültige Zeichenkette: muss dem Muster {pattern} entsprechen',
  'error.issue.unknownKey': 'unbekannter Schlüssel: {keys}',
  'error.issue.unknownKeys': 'unbekannte Schlüssel: {keys}',
  'error.issue.invalid': 'ungültige Eingabe',
  'error.issue.id':
    'erwartet eine ID: ein Buchstabe oder eine Ziffer, dann Buchstaben, Ziffern und . _ : # @ / + ~ = % & ? - (kein eingebauter Name wie "constructor")',
  'error.issue.isoDate': 'erwartet ein ISO-Datum (JJJJ-MM-TT)',
  'error.issue.day': 'erwartet einen Tag als JJJJ-MM-TT',
  'error.issue.httpUrl': 'erwartet eine http(s)-URL',
  'error.issue.period':
    'erwartet einen Zeitraum in ISO-8601-Schreibweise: einen Tag (2020-09-27), einen Monat (2016-04), ein Jahr (2020) oder ein Intervall aus zweien (2020-09-27/2020-10-10, 1988/1994)',
  'error.issue.ofClaim': '{reason} (Angabe "{id}")',
  'error.issue.rangeBackwards': 'der Zeitraum endet, bevor er beginnt',
  'error.issue.noSourceInPack': 'keine Quelle "{id}" im Paket',
  'error.issue.noSourceInStore': 'keine Quelle "{id}" im Speicher',
  'error.issue.offsetsOutsideQuote': 'die Position der Zahl liegt außerhalb des Zitats',
  'error.issue.endBeforeStart': 'das Ende liegt vor dem Anfang',
  'error.issue.duplicateId': 'doppelte ID "{id}" (zuerst bei {list}[{first}])',
  'error.issue.figureNotInQuote': 'nicht im Zitat gefunden; kopieren Sie die Wörter der Zahl daraus',
  'error.issue.alreadyStored':
    'diese Zahl dieser Kennzahl ist für die Quelle schon gespeichert; bearbeiten Sie sie stattdessen',
  'error.issue.figureOutsideText': 'die Zahl liegt außerhalb des Textes',
  'error.issue.sentenceMissesFigure': 'der Satz enthält die Zahl nicht',
  'error.issue.claimGone': 'Angabe "{id}" ist nicht mehr im Speicher',
  'error.issue.anchorMoved':
    'Angabe "{id}" erwartet {exact} an Stelle {start}–{end}; der Text hat dort {found}',
  'error.issue.anchorPrefix':
    'Angabe "{id}": die Wörter vor {exact} sind nicht das Präfix ihres Selektors {prefix}',
  'error.issue.anchorSuffix':
    'Angabe "{id}": die Wörter nach {exact} sind nicht das Suffix ihres Selektors {suffix}',
  'error.issue.inStoredText': '{reason} (gespeicherter Text von "{source}")',
  'error.issue.version': 'erwartet {versions}, erhalten {seen}',
  'error.issue.selectionOutside': 'die Auswahl liegt außerhalb ihres Kontexts',
  'error.issue.versionPerId': 'braucht eine Version je ID',
  'error.issue.shardFileName': 'erwartet einen Dateinamen neben dem Index, der auf .json endet',
  'error.issue.sha256': 'erwartet einen hexadezimalen SHA-256-Digest',
};
