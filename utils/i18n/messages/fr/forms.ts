/** The claim and source forms, shared by the page and the manager (fr). */
import type { CatalogPart } from '../en';
import type { forms as english } from '../en/forms';

export const forms: CatalogPart<typeof english> = {
  'form.quote': 'Citation',
  'form.figure': 'Chiffre',
  'form.qualifier': 'Précision',
  'form.metric': 'Ce qui est compté',
  'form.side': 'Pertes de quel camp',
  'form.claimant': 'Déclarant',
  'form.outlet': 'Média',
  'form.url': 'Adresse de la page',
  'form.published': 'Publié le',
  'form.period': 'Période',
  'form.labelWithHint': '{label} ({hint})',
  'form.quoteHint': 'la phrase contenant le chiffre',
  'form.claimantHint': 'qui l’affirme',
  'form.outletHint': 'qui le rapporte',
  'form.noClaimant': 'aucun déclarant nommé',
  'form.claimantOption': '{claimant} ({party})',
  'form.keepFigure': '{label} : gardez-y le chiffre (« {figure} »).',
  'form.saved':
    'Enregistré dans votre base d’affirmations. Les repères de cette page et les fenêtres des autres pages en tiennent compte désormais.',
  'form.add': 'Ajouter à la base d’affirmations',
  'form.saving': 'Enregistrement…',
  'form.save': 'Enregistrer dans la base d’affirmations',
  'form.cancel': 'Annuler',

  'claimField.metric': 'Indicateur',
  'claimField.value': 'Valeur',
  'claimField.qualifier': 'Précision',
  'claimField.side': 'Pertes de quel camp',
  'claimField.claimantId': 'Déclarant',
  'claimField.period': 'Période',
  'claimField.note': 'Note',
  'claimField.sourceId': 'Source',
  'claimField.quote': 'Citation',
  'claimField.figureText': 'Texte du chiffre',

  'sourceField.label': 'Titre',
  'sourceField.outlet': 'Média',
  'sourceField.url': 'Adresse (URL)',
  'sourceField.publishedDate': 'Publié le',
  'sourceField.language': 'Langue',
  'sourceField.kind': 'Type',
  'sourceField.outletHint': 'L’éditeur ; vide si la page ne le nomme pas.',
  'sourceField.dateHint': 'AAAA-MM-JJ',
  'sourceField.kindWeb': 'Une page web',
  'sourceField.kindOther': 'Une autre source (imprimé, fichier)',

  'sourceForm.noTitle': '{label} : donnez un nom à l’article ; son titre fera l’affaire.',

  'field.tooLong': '{label} : restez sous les {max} caractères.',

  'sourceForm.badUrl': '{label} : indiquez une adresse web commençant par http:// ou https://.',
  'sourceForm.badDate': '{label} : utilisez le format AAAA-MM-JJ, par exemple 2020-09-27.',
  'sourceForm.badLanguage': '{label} : indiquez un code de langue comme en, ru, hy ou az.',

  'claimForm.noMetric': '{label} : choisissez ce que compte le chiffre.',
  'claimForm.badValue': '{label} : saisissez un nombre supérieur ou égal à 0, par exemple 14 ou 1 200.',
  'claimForm.noValue':
    '{label} : saisissez le nombre ou choisissez la précision « vague » pour des chiffres comme « des dizaines ».',
  'claimForm.vagueWithValue':
    '{label} : un chiffre vague n’a pas de nombre ; videz la valeur ou choisissez une autre précision.',
  'claimForm.badClaimant': '{label} : choisissez un déclarant dans la liste, ou « aucun déclarant nommé ».',
  'claimForm.badPeriod': '{label} : {hint}',
  'claimForm.noSource': '{label} : choisissez l’article qui rapporte le chiffre.',
  'claimForm.noQuote': '{label} : collez la phrase qui donne le chiffre.',
  'claimForm.noFigureText':
    '{label} : copiez depuis la citation les mots du chiffre, par exemple « deux hélicoptères ».',
  'claimForm.figureNotInQuote':
    '{label} : ces mots ne figurent pas dans la citation ; copiez-les exactement tels qu’ils y sont écrits.',
};
