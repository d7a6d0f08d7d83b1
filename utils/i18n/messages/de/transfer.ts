/** What comes in and goes out: import, export, reset, articles, subscriptions, ledger (de). */
import type { CatalogPart } from '../en';
import type { transfer as english } from '../en/transfer';

export const transfer: CatalogPart<typeof english> = {
  'ledger.forgotSite': 'Vergessen: {articles} von {site} ({claims}).',
  'ledger.forgotAll': 'Alle gelesenen Artikel vergessen ({claims}).',
  'ledger.intro':
    'Ist das Journal an, werden die Zahlen gelesener Konfliktseiten hier gespeichert, nur auf diesem Computer (nie aus privaten Fenstern oder ausgeschlossenen Seiten), damit spätere Seiten zeigen, wie diese Medien sie berichtet haben.',
  'ledger.consent': 'Zahlen gelesener Konfliktseiten speichern',
  'ledger.keepFor': 'Gelesene Artikel behalten für',
  'ledger.days': { one: '{count} Tag', other: '{count} Tage' },
  'ledger.forever': 'immer',
  'ledger.articles': { one: '{count} Artikel', other: '{count} Artikel' },
  'ledger.counts': '{articles} gelesen, {claims}',
  'ledger.neverKept': '; nie gespeichert: {sites}',
  'ledger.site': 'Seite',
  'ledger.forgetSite': 'Diese Seite vergessen',
  'ledger.confirmAll':
    'Alle gelesenen Artikel und ihre Zahlen vergessen? Das lässt sich nicht rückgängig machen.',
  'ledger.forgetAll': 'Alles Gelesene vergessen',
  'ledger.keepThem': 'Behalten',
  'ledger.forgetAllAsk': 'Alles Gelesene vergessen…',

  'sub.publishedBy': 'Veröffentlicht von {publisher}',
  'sub.signed': 'Signiert; Schlüssel {key}',
  'sub.notSigned': 'Nicht signiert: Wer den Server ändern kann, kann es ändern.',
  'sub.lastGood': 'Letzte erfolgreiche Aktualisierung: {time}.',
  'sub.never': 'Nie aktualisiert.',
  'sub.lastChecked': 'Zuletzt geprüft: {time}.',
  'sub.keptPrevious': 'Die vorherige Version wurde behalten: {error}',
  'sub.newKey':
    'Der Herausgeber signiert jetzt mit einem anderen Schlüssel ({key}). Akzeptieren Sie ihn nur, wenn der Herausgeber Ihnen die Änderung mitgeteilt hat.',
  'sub.acceptKey': 'Neuen Schlüssel akzeptieren',
  'sub.refresh': 'Aktualisieren',
  'sub.everyHours': 'Alle {count} Stunden',
  'sub.daily': 'Täglich',
  'sub.weekly': 'Wöchentlich',
  'sub.working': 'Wird ausgeführt…',
  'sub.refreshNow': 'Jetzt aktualisieren',
  'sub.removeAndUnsubscribe': 'Seine Angaben entfernen und abbestellen',
  'sub.keep': 'Behalten',
  'sub.unsubscribe': 'Abbestellen…',
  'sub.intro':
    'Eine Redaktion oder ein Faktencheck-Team kann seine Angaben als Paket auf einem beliebigen Webserver veröffentlichen. Crosstally lädt nur die Adresse, die Sie angeben, nach dem Zeitplan, den Sie wählen, und sendet nichts über Sie oder Ihr Lesen.',
  'sub.address': 'Paketadresse (https)',
  'sub.publicKey': 'Öffentlicher Schlüssel des Herausgebers (optional, empfohlen)',
  'sub.checking': 'Wird geprüft…',
  'sub.check': 'Paket prüfen',
  'sub.failed': '{error} Nichts wurde geändert.',
  'sub.accessNotGranted': '{error} Der Zugriff auf {origin} wurde nicht erlaubt; das könnte der Grund sein.',
  'sub.previewLabel': 'Das Paket vor dem Abonnieren',
  'sub.preview': '{title}, veröffentlicht von {publisher}: {claims} ({articles}), {size}.',
  'sub.signedBy': 'Signiert mit {key}.',
  'sub.previewUnsigned':
    'Nicht signiert: Crosstally kann nicht erkennen, ob jemand es unterwegs oder auf dem Server verändert hat.',
  'sub.subscribing': 'Wird abonniert…',
  'sub.subscribe': 'Abonnieren',
  'sub.none': 'Noch keine Abonnements.',
  'sub.subscribed': '„{title}“ abonniert: {claims} hinzugefügt.',
  'sub.scheduleSaved': 'Aktualisierungsplan gespeichert.',
  'sub.unsubscribed': '„{title}“ abbestellt: {claims} entfernt.',
  'sub.unsubscribedKept':
    '„{title}“ abbestellt: {claims} entfernt; {kept}, die Sie bearbeitet haben, behalten.',

  'reset.title': 'Auf den Grundbestand zurücksetzen',
  'reset.intro':
    'Stellt die Angaben wieder her, die Crosstally mitbringt, wie nach einer Neuinstallation: Ihre Änderungen daran und Ihre Löschungen werden rückgängig gemacht, und Angaben, die unten nicht behalten werden, werden entfernt.',
  'reset.keep': 'Behalten',
  'reset.keepUser': 'Die von Ihnen hinzugefügten Angaben ({count})',
  'reset.keepImport': 'Die von Ihnen importierten Angaben ({count})',
  'reset.exportFirst': 'Zuerst alles exportieren',
  'reset.reset': 'Auf den Grundbestand zurücksetzen…',
  'reset.confirmTitle': 'Speicher zurücksetzen?',
  'reset.confirm':
    'Durch den Grundbestand ersetzt: {lost}; von Ihren behalten: {kept}. Das lässt sich nicht rückgängig machen; exportieren Sie zuerst, wenn Sie sie vielleicht zurückhaben möchten.',
  'reset.now': 'Jetzt zurücksetzen',
  'reset.seedClaims': { one: '{count} Angabe des Grundbestands', other: '{count} Angaben des Grundbestands' },
  'reset.done': 'Der Speicher enthält wieder den Grundbestand ({written} geschrieben).',
  'reset.doneKept':
    'Der Speicher enthält wieder den Grundbestand ({written} geschrieben; von Ihren behalten: {kept}).',
  'reset.notice': 'Auf den mitgelieferten Grundbestand zurückgesetzt.',

  'export.preparing': 'Datei wird vorbereitet…',
  'export.all': 'Alles im Speicher',
  'export.allCount': 'Alles im Speicher ({claims})',
  'export.query': 'Die Angaben, die die Filter zeigen',
  'export.queryCount': 'Die Angaben, die die Filter zeigen ({claims})',
  'export.noFilter': '{label}: Es ist kein Filter gesetzt',
  'export.ids': 'Die ausgewählten Angaben ({claims})',
  'export.title': 'Exportieren',
  'export.intro':
    'Ein Angabenpaket (JSON) lässt sich in jedes Crosstally importieren; CSV öffnet sich in einer Tabellenkalkulation; ClaimReview und Web Annotations (JSON-LD) sind für Faktencheck- und Annotationswerkzeuge. Die Dateien entstehen auf diesem Computer; nichts wird irgendwohin gesendet.',
  'export.what': 'Was exportiert wird',
  'export.json': 'Angabenpaket herunterladen (JSON)',
  'export.csv': 'CSV herunterladen',
  'export.claimReview': 'ClaimReview herunterladen (JSON-LD)',
  'export.annotations': 'Web Annotations herunterladen (JSON-LD)',

  'importSummary.heading': 'Was der Import von „{file}“ ändern würde',
  'importSummary.madeBy': 'Erstellt mit {tool}.',
  'importSummary.caption': 'Änderungen, die der Import vornehmen würde',
  'importSummary.kind': 'Art des Datensatzes',
  'importSummary.added': 'Hinzugefügt',
  'importSummary.updated': 'Aktualisiert',
  'importSummary.unchanged': 'Unverändert',
  'importSummary.conflicting': 'Im Konflikt mit Ihren',
  'importSummary.texts': 'Artikeltexte',
  'importSummary.keptTexts': {
    one: '{count} mitgelieferter Artikeltext im Paket weicht von Crosstallys eigenem ab und bleibt, wie er ist: Die mitgelieferten Texte werden nie ersetzt.',
    other:
      '{count} mitgelieferte Artikeltexte im Paket weichen von Crosstallys eigenen ab und bleiben, wie sie sind: Die mitgelieferten Texte werden nie ersetzt.',
  },
  'importSummary.conflicts': {
    one: '{count} Angabe, die das Paket ändern würde, obwohl sie Ihre ist',
    other: '{count} Angaben, die das Paket ändern würde, obwohl sie Ihre sind',
  },
  'importSummary.reason.edited': 'Sie haben sie bearbeitet',
  'importSummary.reason.deleted': 'Sie haben sie gelöscht',
  'importSummary.reason.user': 'Sie haben sie selbst hinzugefügt',

  'import.title': 'Angabenpaket importieren',
  'import.fileLegend': 'Angabenpaket-Datei',
  'import.chooseFile': 'Wählen Sie eine Angabenpaket-Datei (.json) oder legen Sie sie hier ab',
  'import.reading': '„{file}“ wird gelesen…',
  'import.starting': '„{file}“ wird importiert…',
  'import.progress': {
    one: '„{file}“ wird importiert: {done} von {count} Datensatz',
    other: '„{file}“ wird importiert: {done} von {count} Datensätzen',
  },
  'import.cancelling':
    'Import von „{file}“ wird abgebrochen: Der Speicher wird in den vorherigen Zustand zurückversetzt…',
  'import.meanwhile': 'Seiten, die Sie währenddessen öffnen, erhalten ihre Markierungen zuerst.',
  'import.cancelImport': 'Import abbrechen',
  'import.cancelled': 'Import von „{file}“ abgebrochen: Es wurde nichts geändert.',
  'import.nothingImported': 'Aus „{file}“ wurde nichts importiert.',
  'import.issues': 'Probleme in der Datei, jeweils mit Fundstelle',
  'import.done':
    '„{file}“ importiert: {summary}; unverändert: {unchanged}; von Ihren behalten: {kept}, ersetzt: {replaced}.',
  'import.addedUpdated': 'hinzugefügt: {added}, aktualisiert: {updated}',
  'import.addedReplaced': 'hinzugefügt: {added}, ersetzt: {replaced}',
  'import.texts': { one: '{count} Artikeltext', other: '{count} Artikeltexte' },
  'import.conflict': 'Wenn das Paket eine Angabe ändert, die Sie bearbeitet, gelöscht oder hinzugefügt haben',
  'import.keepMine': 'Meine behalten',
  'import.takeTheirs': 'Die des Pakets übernehmen',
  'import.import': 'Importieren',

  'article.intro':
    'Übernehmen Sie den Artikel aus dem Tab, aus dem Sie kommen, fügen Sie den Text eines Artikels ein oder öffnen Sie eine gespeicherte Seite; Crosstally findet seine Zahlen hier, offline, und Sie prüfen jede vor dem Speichern.',
  'article.text': 'Artikeltext',
  'article.textEmpty': 'Artikeltext: Fügen Sie zuerst den Text des Artikels ein.',
  'article.textTooLong':
    'Artikeltext: Er ist länger als 2 Millionen Zeichen; fügen Sie nur den Artikel selbst ein.',
  'article.file': 'Oder öffnen Sie eine gespeicherte Seite (.html, .txt)',
  'article.find': 'Zahlen finden',
  'article.noneFound': 'Keine Zahlen gefunden',
  'article.found': {
    one: '{count} Zahl gefunden: Prüfen Sie sie',
    other: '{count} Zahlen gefunden: Prüfen Sie jede',
  },
  'article.noneFoundText':
    'Die Erkennung hat in diesem Text keine Zahlen gefunden, die sie kennt. Sie können den Artikel trotzdem als Quelle speichern.',
  'article.whereFrom': 'Woher der Artikel stammt',
  'article.save': {
    one: 'Artikel und {count} Zahl speichern',
    other: 'Artikel und {count} Zahlen speichern',
  },
  'article.saved': {
    one: '„{source}“ mit {count} Zahl gespeichert.',
    other: '„{source}“ mit {count} Zahlen gespeichert.',
  },
  'article.readMarked': 'Mit markierten Zahlen lesen',
  'article.or': 'oder',
  'article.showClaims': 'seine Angaben anzeigen',

  'review.legend': 'Zahl {number}: „{figure}“',
  'review.corrected': 'korrigiert',
  'review.include': 'Diese Zahl speichern',
  'review.noMetric': 'Zahl {number}, Kennzahl: Wählen Sie, was die Zahl zählt.',
  'review.badValue': 'Zahl {number}, Wert: Geben Sie eine Zahl ab 0 ein.',
  'review.noValue': 'Zahl {number}, Wert: Geben Sie die Zahl ein oder lassen Sie die Zahl weg.',
  'review.badClaimant': 'Zahl {number}, Urheber: Wählen Sie einen aus der Liste.',

  'tabArticle.how':
    'Um den Artikel eines Tabs direkt zu übernehmen, zeigen Sie diesen Tab an, klicken Sie in der Symbolleiste des Browsers auf die Schaltfläche von Crosstally und wählen Sie „{button}“: Dieser Bereich bietet dann an, seinen Artikel zu verwenden. Oder markieren Sie dort den Text des Artikels (Strg+A, Strg+C) und fügen Sie ihn unten ein.',
  'tabArticle.use': 'Artikel aus dem Tab übernehmen, aus dem Sie kommen',
  'tabArticle.reading': 'Der Artikel in diesem Tab wird gelesen…',
  'tabArticle.took': '„{title}“ aus dem Tab übernommen.',
  'tabArticle.tookArticle': 'Artikel aus dem Tab übernommen.',
  'tabArticle.unreachable':
    'Crosstally konnte die Seite in diesem Tab nicht erreichen. Vielleicht wurde sie geschlossen oder hat eine andere Adresse geöffnet, ist eine Seite, auf der Crosstally nicht läuft (nur http- und https-Seiten), oder war schon offen, bevor Crosstally installiert oder aktualisiert wurde. Laden Sie die Seite des Artikels neu und versuchen Sie es noch einmal, oder fügen Sie seinen Text unten ein.',
  'tabArticle.stopped':
    'Die Seite in diesem Tab ist nicht mehr mit Crosstally verbunden (die Erweiterung wurde aktualisiert oder neu geladen). Laden Sie die Seite des Artikels neu und versuchen Sie es noch einmal, oder fügen Sie seinen Text unten ein.',
  'tabArticle.failed':
    'Crosstally konnte den Artikel in diesem Tab nicht lesen. Laden Sie die Seite neu und versuchen Sie es noch einmal, oder fügen Sie seinen Text unten ein.',
  'tabArticle.empty':
    'Die Seite in diesem Tab enthält keinen Artikeltext, den Crosstally lesen kann. Warten Sie, bis sie fertig geladen ist, und versuchen Sie es noch einmal, oder fügen Sie den Text unten ein.',
  'tabArticle.tooLong':
    'Der Artikel in diesem Tab ist länger als 2 Millionen Zeichen, mehr als Crosstally speichert. Markieren Sie dort den gewünschten Teil, kopieren Sie ihn und fügen Sie ihn unten ein.',

  'import.notice': '„{file}“ importiert: {summary}.',

  'packFile.tooLarge':
    'Diese Datei ist {size} groß; gelesen werden Angabenpakete bis {limit} (entpackt). Teilen Sie sie in kleinere Pakete auf.',
  'packFile.tooLargeUnpacked':
    'Diese Datei ist entpackt größer als {limit}; gelesen werden Angabenpakete bis {limit} (entpackt). Teilen Sie sie in kleinere Pakete auf.',
  'packFile.badGzip':
    'Diese Datei scheint gzip-komprimiert zu sein, ließ sich aber nicht entpacken (vielleicht ist sie abgeschnitten).',
  'packFile.unreadable': 'Diese Datei konnte nicht gelesen werden.',
};
