/** The claim and source forms, shared by the page and the manager (az). */
import type { CatalogPart } from '../en';
import type { forms as english } from '../en/forms';

export const forms: CatalogPart<typeof english> = {
  'form.quote': 'Sitat',
  'form.figure': 'Rəqəm',
  'form.qualifier': 'Dəqiqlik',
  'form.metric': 'Nə sayılır',
  'form.side': 'Kimin itkiləri',
  'form.claimant': 'Bəyanat sahibi',
  'form.outlet': 'Media orqanı',
  'form.url': 'Səhifənin ünvanı',
  'form.published': 'Dərc tarixi',
  'form.period': 'Dövr',
  'form.labelWithHint': '{label} ({hint})',
  'form.quoteHint': 'rəqəmin olduğu cümlə',
  'form.claimantHint': 'kim deyir',
  'form.outletHint': 'kim xəbər verir',
  'form.noClaimant': 'bəyanat sahibi göstərilməyib',
  'form.claimantOption': '{claimant} ({party})',
  'form.keepFigure': '{label}: rəqəmi («{figure}») içində saxlayın.',
  'form.saved':
    'Bəyanat bazanızda saxlanıldı. Bu səhifənin işarələri və digər səhifələrin pəncərələri artıq onu nəzərə alır.',
  'form.add': 'Bəyanat bazasına əlavə et',
  'form.saving': 'Saxlanılır…',
  'form.save': 'Bəyanat bazasında saxla',
  'form.cancel': 'Ləğv et',

  'claimField.metric': 'Göstərici',
  'claimField.value': 'Dəyər',
  'claimField.qualifier': 'Dəqiqlik',
  'claimField.side': 'Kimin itkiləri',
  'claimField.claimantId': 'Bəyanat sahibi',
  'claimField.period': 'Dövr',
  'claimField.note': 'Qeyd',
  'claimField.sourceId': 'Mənbə',
  'claimField.quote': 'Sitat',
  'claimField.figureText': 'Rəqəmin mətni',

  'sourceField.label': 'Başlıq',
  'sourceField.outlet': 'Media orqanı',
  'sourceField.url': 'Ünvan (URL)',
  'sourceField.publishedDate': 'Dərc tarixi',
  'sourceField.language': 'Dil',
  'sourceField.kind': 'Növ',
  'sourceField.outletHint': 'Dərc edən; səhifə onu göstərmirsə, boş.',
  'sourceField.dateHint': 'İİİİ-AA-GG',
  'sourceField.kindWeb': 'Veb səhifə',
  'sourceField.kindOther': 'Başqa mənbə (çap, fayl)',

  'sourceForm.noTitle': '{label}: məqaləyə ad verin; onun başlığı da olar.',

  'field.tooLong': '{label}: {max} simvoldan az olsun.',

  'sourceForm.badUrl': '{label}: http:// və ya https:// ilə başlayan veb ünvan istifadə edin.',
  'sourceForm.badDate': '{label}: İİİİ-AA-GG formasından istifadə edin, məsələn, 2020-09-27.',
  'sourceForm.badLanguage': '{label}: en, ru, hy və ya az kimi dil kodundan istifadə edin.',

  'claimForm.noMetric': '{label}: rəqəmin nəyi saydığını seçin.',
  'claimForm.badValue': '{label}: 0 və ya daha böyük ədəd daxil edin, məsələn, 14 və ya 1 200.',
  'claimForm.noValue':
    '{label}: ədədi daxil edin və ya «onlarla» kimi rəqəmlər üçün «qeyri-müəyyən» dəqiqliyini seçin.',
  'claimForm.vagueWithValue':
    '{label}: qeyri-müəyyən rəqəmin ədədi olmur; dəyəri silin və ya başqa dəqiqlik seçin.',
  'claimForm.badClaimant': '{label}: siyahıdan bəyanat sahibini və ya «bəyanat sahibi göstərilməyib» seçin.',
  'claimForm.badPeriod': '{label}: {hint}',
  'claimForm.noSource': '{label}: rəqəmi xəbər verən məqaləni seçin.',
  'claimForm.noQuote': '{label}: rəqəmin çəkildiyi cümləni yapışdırın.',
  'claimForm.noFigureText':
    '{label}: rəqəmi ifadə edən sözləri sitatdan kopyalayın, məsələn, «iki helikopter».',
  'claimForm.figureNotInQuote':
    '{label}: bu sözlər sitatda yoxdur; onları orada yazıldığı kimi dəqiq kopyalayın.',
};
