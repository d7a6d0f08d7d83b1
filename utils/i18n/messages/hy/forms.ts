/** The claim and source forms, shared by the page and the manager (hy). */
import type { CatalogPart } from '../en';
import type { forms as english } from '../en/forms';

export const forms: CatalogPart<typeof english> = {
  'form.quote': 'Մեջբերում',
  'form.figure': 'Թիվ',
  'form.qualifier': 'Ճշգրտություն',
  'form.metric': 'Ինչ է հաշվվում',
  'form.side': 'Ում կորուստները',
  'form.claimant': 'Հայտարարող',
  'form.outlet': 'Լրատվամիջոց',
  'form.url': 'Էջի հասցե',
  'form.published': 'Հրապարակվել է',
  'form.period': 'Ժամանակահատված',
  'form.labelWithHint': '{label} ({hint})',
  'form.quoteHint': 'թիվը պարունակող նախադասությունը',
  'form.claimantHint': 'ով է դա պնդում',
  'form.outletHint': 'ով է դա հաղորդում',
  'form.noClaimant': 'հայտարարողը նշված չէ',
  'form.claimantOption': '{claimant} ({party})',
  'form.keepFigure': '{label}՝ թողեք թիվը («{figure}») դրա մեջ։',
  'form.saved':
    'Պահպանվեց ձեր պնդումների պահոցում։ Այս էջի նշումները և այլ էջերի պատուհաններն այժմ հաշվի են առնում այն։',
  'form.add': 'Ավելացնել պնդումների պահոցում',
  'form.saving': 'Պահպանվում է…',
  'form.save': 'Պահպանել պնդումների պահոցում',
  'form.cancel': 'Չեղարկել',

  'claimField.metric': 'Ցուցանիշ',
  'claimField.value': 'Արժեք',
  'claimField.qualifier': 'Ճշգրտություն',
  'claimField.side': 'Ում կորուստները',
  'claimField.claimantId': 'Հայտարարող',
  'claimField.period': 'Ժամանակահատված',
  'claimField.note': 'Նշում',
  'claimField.sourceId': 'Աղբյուր',
  'claimField.quote': 'Մեջբերում',
  'claimField.figureText': 'Թվի տեքստը',

  'sourceField.label': 'Վերնագիր',
  'sourceField.outlet': 'Լրատվամիջոց',
  'sourceField.url': 'Հասցե (URL)',
  'sourceField.publishedDate': 'Հրապարակվել է',
  'sourceField.language': 'Լեզու',
  'sourceField.kind': 'Տեսակ',
  'sourceField.outletHint': 'Հրատարակողը․ դատարկ, եթե էջը այն չի նշում։',
  'sourceField.dateHint': 'ՏՏՏՏ-ԱԱ-ՕՕ',
  'sourceField.kindWeb': 'Վեբ էջ',
  'sourceField.kindOther': 'Այլ աղբյուր (տպագիր, ֆայլ)',

  'sourceForm.noTitle': '{label}՝ անուն տվեք հոդվածին․ կհամապատասխանի դրա վերնագիրը։',

  'field.tooLong': '{label}՝ պահեք {max} նիշից պակաս։',

  'sourceForm.badUrl': '{label}՝ օգտագործեք http:// կամ https:// սկսվող վեբ հասցե։',
  'sourceForm.badDate': '{label}՝ օգտագործեք ՏՏՏՏ-ԱԱ-ՕՕ ձևը, օրինակ՝ 2020-09-27։',
  'sourceForm.badLanguage': '{label}՝ օգտագործեք լեզվի կոդ, օրինակ՝ en, ru, hy կամ az։',

  'claimForm.noMetric': '{label}՝ ընտրեք, թե ինչ է հաշվում թիվը։',
  'claimForm.badValue': '{label}՝ մուտքագրեք 0 կամ ավելի մեծ թիվ, օրինակ՝ 14 կամ 1 200։',
  'claimForm.noValue':
    '{label}՝ մուտքագրեք թիվը կամ «տասնյակներ»-ի նման թվերի համար ընտրեք «անորոշ» ճշգրտությունը։',
  'claimForm.vagueWithValue':
    '{label}՝ անորոշ թիվը թվային արժեք չունի․ մաքրեք արժեքը կամ ընտրեք այլ ճշգրտություն։',
  'claimForm.badClaimant': '{label}՝ ընտրեք հայտարարող ցանկից կամ «հայտարարողը նշված չէ»։',
  'claimForm.badPeriod': '{label}՝ {hint}',
  'claimForm.noSource': '{label}՝ ընտրեք այն հոդվածը, որը հաղորդում է թիվը։',
  'claimForm.noQuote': '{label}՝ տեղադրեք այն նախադասությունը, որում նշված է թիվը։',
  'claimForm.noFigureText': '{label}՝ մեջբերումից պատճենեք թիվն արտահայտող բառերը, օրինակ՝ «երկու ուղղաթիռ»։',
  'claimForm.figureNotInQuote':
    '{label}՝ այս բառերը մեջբերման մեջ չկան․ պատճենեք դրանք ճիշտ այնպես, ինչպես գրված են այնտեղ։',
};
