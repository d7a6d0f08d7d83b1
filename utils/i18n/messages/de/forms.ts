/** The claim and source forms, shared by the page and the manager (de). */
import type { CatalogPart } from '../en';
import type { forms as english } from '../en/forms';

export const forms: CatalogPart<typeof english> = {
  'form.quote': 'Zitat',
  'form.figure': 'Zahl',
  'form.qualifier': 'Genauigkeit',
  'form.metric': 'Was gezählt wird',
  'form.side': 'Wessen Verluste',
  'form.claimant': 'Urheber',
  'form.outlet': 'Medium',
  'form.url': 'Seitenadresse',
  'form.published': 'Veröffentlicht',
  'form.period': 'Zeitraum',
  'form.labelWithHint': '{label} ({hint})',
  'form.quoteHint': 'der Satz mit der Zahl',
  'form.claimantHint': 'wer sie nennt',
  'form.outletHint': 'wer darüber berichtet',
  'form.noClaimant': 'kein Urheber genannt',
  'form.claimantOption': '{claimant} ({party})',
  'form.keepFigure': '{label}: Lassen Sie die Zahl („{figure}“) darin stehen.',
  'form.saved':
    'In Ihrem Angabenspeicher gespeichert. Die Markierungen dieser Seite und die Fenster anderer Seiten berücksichtigen sie jetzt.',
  'form.add': 'Zum Angabenspeicher hinzufügen',
  'form.saving': 'Wird gespeichert…',
  'form.save': 'Im Angabenspeicher speichern',
  'form.cancel': 'Abbrechen',

  'claimField.metric': 'Kennzahl',
  'claimField.value': 'Wert',
  'claimField.qualifier': 'Genauigkeit',
  'claimField.side': 'Wessen Verluste',
  'claimField.claimantId': 'Urheber',
  'claimField.period': 'Zeitraum',
  'claimField.note': 'Notiz',
  'claimField.sourceId': 'Quelle',
  'claimField.quote': 'Zitat',
  'claimField.figureText': 'Wortlaut der Zahl',

  'sourceField.label': 'Titel',
  'sourceField.outlet': 'Medium',
  'sourceField.url': 'Adresse (URL)',
  'sourceField.publishedDate': 'Veröffentlicht',
  'sourceField.language': 'Sprache',
  'sourceField.kind': 'Art',
  'sourceField.outletHint': 'Wer es veröffentlicht hat; leer, wenn die Seite es nicht nennt.',
  'sourceField.dateHint': 'JJJJ-MM-TT',
  'sourceField.kindWeb': 'Eine Webseite',
  'sourceField.kindOther': 'Eine andere Quelle (Druck, eine Datei)',

  'sourceForm.noTitle': '{label}: Geben Sie dem Artikel einen Namen; seine Überschrift genügt.',

  'field.tooLong': '{label}: Bleiben Sie unter {max} Zeichen.',

  'sourceForm.badUrl': '{label}: Verwenden Sie eine Webadresse, die mit http:// oder https:// beginnt.',
  'sourceForm.badDate': '{label}: Verwenden Sie die Form JJJJ-MM-TT, etwa 2020-09-27.',
  'sourceForm.badLanguage': '{label}: Verwenden Sie einen Sprachcode wie en, ru, hy oder az.',

  'claimForm.noMetric': '{label}: Wählen Sie, was die Zahl zählt.',
  'claimForm.badValue': '{label}: Geben Sie eine Zahl ab 0 ein, etwa 14 oder 1 200.',
  'claimForm.noValue':
    '{label}: Geben Sie die Zahl ein oder wählen Sie für Zahlen wie „Dutzende“ die Genauigkeit „vage“.',
  'claimForm.vagueWithValue':
    '{label}: Eine vage Zahl hat keinen Zahlenwert; leeren Sie den Wert oder wählen Sie eine andere Genauigkeit.',
  'claimForm.badClaimant': '{label}: Wählen Sie einen Urheber aus der Liste oder „kein Urheber genannt“.',
  'claimForm.badPeriod': '{label}: {hint}',
  'claimForm.noSource': '{label}: Wählen Sie den Artikel, der die Zahl meldet.',
  'claimForm.noQuote': '{label}: Fügen Sie den Satz ein, der die Zahl nennt.',
  'claimForm.noFigureText':
    '{label}: Kopieren Sie die Wörter der Zahl aus dem Zitat, etwa „zwei Hubschrauber“.',
  'claimForm.figureNotInQuote':
    '{label}: Diese Wörter stehen nicht im Zitat; kopieren Sie sie genau so, wie sie dort stehen.',
};
