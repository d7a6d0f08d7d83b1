/** The in-page words: manifest, menu, labels, overlay, check, popup, reader (de). */
import type { CatalogPart } from '../en';
import type { page as english } from '../en/page';

export const page: CatalogPart<typeof english> = {
  'manifest.name': 'Crosstally',
  'manifest.locale': 'de',
  'manifest.description':
    'Markiert Zahlen zum Bergkarabach-Konflikt in Nachrichten und zeigt, wie andere Medien sie berichteten. Komplett offline.',
  'manifest.checkCommand': 'Markierte Zahl prüfen',

  'menu.check': 'Diese Zahl prüfen',

  'qualifier.exact': 'genau',
  'qualifier.at_least': 'mindestens',
  'qualifier.more_than': 'mehr als',
  'qualifier.about': 'etwa',
  'qualifier.up_to': 'bis zu',
  'qualifier.vague': 'vage („Dutzende“, keine Zahl)',

  'side.AZ.adjective': 'aserbaidschanische',
  'side.ARM.adjective': 'armenische',
  'side.AZ.losses': 'Aserbaidschanische Verluste',
  'side.ARM.losses': 'Armenische Verluste',
  'side.notKnown': 'Nicht bekannt',

  'title.withSide': '{metric} ({side} Verluste)',
  'title.withPeriod': '{counted}, {period}',

  'party.ARM': 'Armenien',
  'party.NK': 'Karabach-Armenier',
  'party.AZ': 'Aserbaidschan',
  'party.other': 'Dritte',
  'party.NK.short': 'Karabach',

  'period.soFar': 'bisher, bis {end}',
  'period.unknown': 'Zeitraum unbekannt',
  'period.readsAs': 'Gelesen als: {period}.',
  'period.hint':
    'ein Tag (2020-09-27), ein Monat (2016-04), ein Jahr oder ein Zeitraum (2020-09-27/2020-10-10, 1988/1994); leer, wenn unbekannt.',
  'period.write': 'Schreiben Sie {hint}',

  'agreement.same': 'stimmt überein',
  'agreement.compatible': 'vereinbar',
  'agreement.differs': 'weicht ab',
  'agreement.unknown': 'nicht vergleichbar',

  'value.unstated': 'eine nicht genannte Zahl',
  'value.vague': 'vage',
  'value.at_least': 'mindestens {number}',
  'value.more_than': 'mehr als {number}',
  'value.about': 'etwa {number}',
  'value.up_to': 'bis zu {number}',

  'summary.figures': { one: '{count} Zahl', other: '{count} Zahlen' },
  'summary.claimants': { one: '{count} Urheber', other: '{count} Urhebern' },
  'summary.reports': { one: '{count} Bericht', other: '{count} Berichten' },
  'summary.line': '{figures} in {reports}',
  'summary.lineWithClaimants': '{figures} von {claimants} in {reports}',
  'summary.values': '{summary}: {values}',

  'overlay.otherReports': 'Andere Berichte zu dieser Zahl',
  'overlay.close': 'Schließen',
  'overlay.loading': 'Andere Berichte werden gesucht…',
  'overlay.error': 'Andere Berichte konnten nicht gesucht werden: {message}',
  'overlay.noReports': 'Noch keine anderen Berichte zu dieser Zahl in Ihrem Speicher',
  'overlay.thisPage': 'Diese Seite:',
  'overlay.claimedBy': ', laut ',
  'overlay.noClaimant': 'kein Urheber genannt',
  'overlay.periodUnknown':
    'Der Zeitraum der Zahl dieser Seite ist unbekannt, daher wird kein Bericht als übereinstimmend oder abweichend markiert.',
  'overlay.fromPack': ' · aus Paket: {pack}',
  'overlay.changed': 'Diese Seite nannte {saved}, als Sie sie gespeichert haben; jetzt nennt sie {now}.',

  'tally.heading': 'Laufende Summen im Zeitverlauf',
  'tally.chartLabel': 'Laufende Summen: {metric}, nach Urheber',
  'tally.caption': 'Laufende Summe jedes Urhebers: {metric}',
  'tally.claimant': 'Urheber',
  'tally.to': 'Bis',
  'tally.tally': 'Summe',
  'tally.thisPageRow': 'Diese Seite ({claimant})',
  'tally.noClaimant': 'Kein Urheber genannt',
  'tally.point': '{claimant}: {value} bis {date}',
  'tally.pagePoint': 'Diese Seite: {value} bis {date}',

  'read.on': 'Gelesen am {day}',
  'read.said': 'Zuvor: {values}',
  'read.valueOn': '{value} am {day}',
  'read.remove': 'Entfernen',
  'read.removeLabel': 'Diese Zahl von {outlet} aus Ihrem Lesejournal entfernen',
  'read.correct': 'Korrigieren',
  'read.correctLabel': 'Diese Zahl von {outlet} korrigieren',
  'read.corrected': 'Korrigiert. Die Korrektur bleibt, wenn Sie die Seite erneut lesen.',
  'read.correctValue': 'Richtige Zahl',
  'read.sideAsRead': 'Wie gelesen',
  'read.sideNotSaid': 'Nicht genannt',
  'read.saveCorrection': 'Korrektur speichern',
  'read.badValue': 'Richtige Zahl: Geben Sie eine ganze Zahl ab 0 ein.',

  'ledgerChoice.kept':
    'Crosstally speichert jetzt die Zahlen der gelesenen Konfliktseiten, nur auf diesem Computer.',
  'ledgerChoice.notKept': 'Crosstally speichert die Zahlen gelesener Seiten nicht.',
  'ledgerChoice.changeLater':
    'Sie können das im Symbolleisten-Fenster oder in der Speicherverwaltung ändern.',
  'ledgerChoice.label': 'Lesejournal',
  'ledgerChoice.question':
    'Die Zahlen der gelesenen Konfliktseiten speichern, nur auf diesem Computer? Spätere Seiten zeigen dann, wie die Medien, die Sie gelesen haben, sie berichtet haben. Nichts verlässt Ihren Browser.',
  'ledgerChoice.failed': 'Ihre Wahl konnte nicht gespeichert werden. Versuchen Sie es erneut.',
  'ledgerChoice.keep': 'Speichern',
  'ledgerChoice.notNow': 'Nicht jetzt',

  'check.noMetric': 'Crosstally erkennt nicht, was diese Zahl zählt.',
  'check.pickMetric': 'Wählen Sie, was sie zählt, um die Berichte zu sehen.',
  'check.reading': 'Zahl wird gelesen…',
  'check.whatCounts': 'Was zählt diese Zahl?',
  'check.title': 'Diese Zahl prüfen',
  'check.choices': 'Zahlen in der Auswahl',
  'check.candidates': 'Nächstliegende Kandidaten',
  'check.valueStored': '{value} gespeichert',
  'check.sameNoun': 'gleiches Substantiv',
  'check.near': '{metric}: {why}',
  'check.numberCounts': 'Was zählt die Zahl?',
  'check.choose': 'Auswählen…',
  'check.noSelection':
    'Markieren Sie auf der Seite eine Zahl mit ihrem Satz und wählen Sie dann erneut „Diese Zahl prüfen“.',
  'check.frame':
    'Crosstally kann keine Auswahl in eingebetteten Frames lesen. Öffnen Sie die Seite des Frames in einem eigenen Tab.',
  'check.password': 'Crosstally liest keine Passwortfelder.',
  'check.noNumber':
    'Diese Auswahl enthält keine Zahl. Markieren Sie eine Zahl (eine Zahl und was sie zählt) mit ihrem Satz.',
  'check.field':
    'Text in einem Formularfeld gehört nicht zur Seite und kann daher nicht als Angabe dieser Seite gespeichert werden.',
  'check.editable':
    'Text in einem bearbeitbaren Bereich gehört nicht zur veröffentlichten Seite und kann daher nicht als ihre Angabe gespeichert werden.',
  'check.fixField': 'Ein Feld muss vor dem Speichern geändert werden.',
  'check.tooLong': {
    one: 'Markieren Sie eine Zahl mit ihrem Satz; diese Auswahl hat {count} Zeichen.',
    other: 'Markieren Sie eine Zahl mit ihrem Satz; diese Auswahl hat {count} Zeichen.',
  },
  'check.failed': 'Diese Zahl konnte nicht geprüft werden: {message}',
  'check.notOnPage':
    'Crosstally hat diese Auswahl im Text der Seite nicht gefunden, daher kann sie nicht gespeichert werden.',
  'check.cannotCheck':
    'Crosstally kann auf dieser Seite keine Zahlen prüfen: Es läuft hier nicht. War die Seite schon vor der Installation oder Aktualisierung von Crosstally geöffnet, laden Sie sie neu.',

  'popup.title': 'Crosstally',
  'popup.loading': 'Diese Seite wird geprüft…',
  'popup.unsupported':
    'Crosstally läuft auf dieser Seite nicht. Wurde diese Webseite vor der Installation oder Aktualisierung von Crosstally geöffnet, laden Sie sie neu.',
  'popup.disabled': 'Markieren ist auf {site} ausgeschaltet.',
  'popup.notCoverage': 'Kein Bericht über Bergkarabach (Wert {score}): nichts wird markiert.',
  'popup.coverage': {
    one: 'Bericht über Bergkarabach: {count} Zahl mit Berichten in Ihrem Speicher.',
    other: 'Bericht über Bergkarabach: {count} Zahlen mit Berichten in Ihrem Speicher.',
  },
  'popup.stopped':
    'Die Seite ist länger, als Crosstally liest: Die Markierung endete nach den ersten {chars} Zeichen.',
  'popup.why': 'Warum: {evidence}',
  'popup.cueIn': '{cue} ({where})',
  'popup.where.title': 'im Seitentitel',
  'popup.where.url': 'in der Adresse',
  'popup.against': 'dagegen: {cues}',
  'popup.noFigures': 'Keine Zahlen mit Berichten auf dieser Seite.',
  'popup.figuresLabel': 'Zahlen auf dieser Seite',
  'popup.reportCount': { one: '{count} Bericht', other: '{count} Berichte' },
  'popup.notFoundTitle': 'Von dieser Seite gespeichert, jetzt nicht mehr darauf gefunden',
  'popup.notFound': '{metric}: auf dieser Seite nicht gefunden',
  'popup.markOn': 'Zahlen auf {site} markieren',
  'popup.openManager': 'Speicherverwaltung öffnen',
  'popup.ledgerTitle': 'Lesejournal',
  'popup.ledgerPrivate': 'Privates Fenster: Von dieser Seite wird nichts gespeichert.',
  'popup.ledgerExcluded': 'Seiten von {site} werden nicht in Ihrem Journal gespeichert.',
  'popup.ledgerIn': {
    one: '{count} Zahl dieser Seite ist in Ihrem Journal.',
    other: '{count} Zahlen dieser Seite sind in Ihrem Journal.',
  },
  'popup.ledgerNoFigures': 'Diese Seite hat keine Zahl zum Speichern.',
  'popup.ledgerInStore': 'Dieser Artikel ist bereits in Ihrem Speicher.',
  'popup.ledgerNothing': 'Von dieser Seite ist nichts in Ihrem Journal.',
  'popup.ledgerSave': 'Zahlen dieser Seite speichern',
  'popup.ledgerSaving': 'Wird gespeichert…',
  'popup.ledgerConsent': 'Zahlen gelesener Konfliktseiten speichern (nur auf diesem Computer)',
  'popup.ledgerKeepSite': 'Seiten von {site} speichern',
  'popup.ledgerSaveFailed':
    'Diese Seite konnte nicht gespeichert werden. Laden Sie sie neu und versuchen Sie es erneut.',

  'reader.opening': 'Dokument wird geöffnet…',
  'reader.title': 'Crosstally-Leser',
  'reader.pageTitle': '{document} – Crosstally-Leser',
  'reader.noDocument': 'In dieser Adresse ist kein Dokument angegeben.',
  'reader.kicker': 'Gespeichertes Dokument',
  'reader.outlet': 'Medium: {outlet}',
  'reader.outletNotNamed': 'nicht genannt',
  'reader.published': ' · veröffentlicht {date}',
  'reader.language': ' · Sprache: {language}',
  'reader.highlighted': 'Hervorgehoben: {figure}, laut ',
  'reader.figure': '{what}: {value}',
  'reader.missing': 'Der Text dieses Dokuments ist nicht in Ihrem Speicher.',
  'reader.figures': 'Aus diesem Dokument gespeicherte Zahlen',

  'origin.seed': 'mitgelieferter Grundbestand',
  'origin.user': 'von Ihnen hinzugefügt',
  'origin.import': 'importiert',
  'origin.read': 'aus gelesenen Seiten',
};
