/** The claim and source forms, shared by the page and the manager (it). */
import type { CatalogPart } from '../en';
import type { forms as english } from '../en/forms';

export const forms: CatalogPart<typeof english> = {
  'form.quote': 'Citazione',
  'form.figure': 'Cifra',
  'form.qualifier': 'Precisione',
  'form.metric': 'Che cosa si conta',
  'form.side': 'Perdite di chi',
  'form.claimant': 'Dichiarante',
  'form.outlet': 'Testata',
  'form.url': 'Indirizzo della pagina',
  'form.published': 'Pubblicato',
  'form.period': 'Periodo',
  'form.labelWithHint': '{label} ({hint})',
  'form.quoteHint': 'la frase con la cifra',
  'form.claimantHint': 'chi lo afferma',
  'form.outletHint': 'chi lo riporta',
  'form.noClaimant': 'nessun dichiarante indicato',
  'form.claimantOption': '{claimant} ({party})',
  'form.keepFigure': '{label}: lascia la cifra («{figure}») al suo interno.',
  'form.saved':
    'Salvato nel tuo archivio delle dichiarazioni. Le evidenziazioni di questa pagina e le finestre delle altre pagine ora lo includono.',
  'form.add': 'Aggiungi all’archivio delle dichiarazioni',
  'form.saving': 'Salvataggio…',
  'form.save': 'Salva nell’archivio delle dichiarazioni',
  'form.cancel': 'Annulla',

  'claimField.metric': 'Indicatore',
  'claimField.value': 'Valore',
  'claimField.qualifier': 'Precisione',
  'claimField.side': 'Perdite di chi',
  'claimField.claimantId': 'Dichiarante',
  'claimField.period': 'Periodo',
  'claimField.note': 'Nota',
  'claimField.sourceId': 'Fonte',
  'claimField.quote': 'Citazione',
  'claimField.figureText': 'Testo della cifra',

  'sourceField.label': 'Titolo',
  'sourceField.outlet': 'Testata',
  'sourceField.url': 'Indirizzo (URL)',
  'sourceField.publishedDate': 'Pubblicato',
  'sourceField.language': 'Lingua',
  'sourceField.kind': 'Tipo',
  'sourceField.outletHint': 'L’editore; vuoto se la pagina non lo indica.',
  'sourceField.dateHint': 'AAAA-MM-GG',
  'sourceField.kindWeb': 'Una pagina web',
  'sourceField.kindOther': 'Un’altra fonte (stampa, un file)',

  'sourceForm.noTitle': '{label}: dai un nome all’articolo; va bene il suo titolo.',

  'field.tooLong': '{label}: resta sotto i {max} caratteri.',

  'sourceForm.badUrl': '{label}: usa un indirizzo web che inizi con http:// o https://.',
  'sourceForm.badDate': '{label}: usa la forma AAAA-MM-GG, per esempio 2020-09-27.',
  'sourceForm.badLanguage': '{label}: usa un codice di lingua come en, ru, hy o az.',

  'claimForm.noMetric': '{label}: scegli che cosa conta la cifra.',
  'claimForm.badValue': '{label}: inserisci un numero pari o superiore a 0, per esempio 14 o 1 200.',
  'claimForm.noValue':
    '{label}: inserisci il numero oppure scegli la precisione «vaga» per cifre come «decine».',
  'claimForm.vagueWithValue':
    '{label}: una cifra vaga non ha un numero; svuota il valore o scegli un’altra precisione.',
  'claimForm.badClaimant':
    '{label}: scegli un dichiarante dall’elenco, oppure «nessun dichiarante indicato».',
  'claimForm.badPeriod': '{label}: {hint}',
  'claimForm.noSource': '{label}: scegli l’articolo che riporta la cifra.',
  'claimForm.noQuote': '{label}: incolla la frase che riporta la cifra.',
  'claimForm.noFigureText':
    '{label}: copia dalla citazione le parole della cifra, per esempio «due elicotteri».',
  'claimForm.figureNotInQuote':
    '{label}: queste parole non sono nella citazione; copiale esattamente come vi sono scritte.',
};
