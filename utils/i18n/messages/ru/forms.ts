/** The claim and source forms, shared by the page and the manager (ru). */
import type { CatalogPart } from '../en';
import type { forms as english } from '../en/forms';

export const forms: CatalogPart<typeof english> = {
  'form.quote': 'Цитата',
  'form.figure': 'Цифра',
  'form.qualifier': 'Точность',
  'form.metric': 'Что считается',
  'form.side': 'Чьи потери',
  'form.claimant': 'Заявитель',
  'form.outlet': 'Издание',
  'form.url': 'Адрес страницы',
  'form.published': 'Опубликовано',
  'form.period': 'Период',
  'form.labelWithHint': '{label} ({hint})',
  'form.quoteHint': 'предложение с цифрой',
  'form.claimantHint': 'кто это утверждает',
  'form.outletHint': 'кто об этом сообщает',
  'form.noClaimant': 'заявитель не назван',
  'form.claimantOption': '{claimant} ({party})',
  'form.keepFigure': '{label}: оставьте в ней цифру («{figure}»).',
  'form.saved':
    'Сохранено в хранилище заявлений. Теперь оно учитывается в отметках этой страницы и в окнах на других страницах.',
  'form.add': 'Добавить в хранилище заявлений',
  'form.saving': 'Сохраняем…',
  'form.save': 'Сохранить в хранилище заявлений',
  'form.cancel': 'Отмена',

  'claimField.metric': 'Показатель',
  'claimField.value': 'Значение',
  'claimField.qualifier': 'Точность',
  'claimField.side': 'Чьи потери',
  'claimField.claimantId': 'Заявитель',
  'claimField.period': 'Период',
  'claimField.note': 'Примечание',
  'claimField.sourceId': 'Источник',
  'claimField.quote': 'Цитата',
  'claimField.figureText': 'Слова цифры',

  'sourceField.label': 'Заголовок',
  'sourceField.outlet': 'Издание',
  'sourceField.url': 'Адрес (URL)',
  'sourceField.publishedDate': 'Опубликовано',
  'sourceField.language': 'Язык',
  'sourceField.kind': 'Вид',
  'sourceField.outletHint': 'Кто опубликовал; пусто, если страница его не называет.',
  'sourceField.dateHint': 'ГГГГ-ММ-ДД',
  'sourceField.kindWeb': 'Веб-страница',
  'sourceField.kindOther': 'Другой источник (печать, файл)',

  'sourceForm.noTitle': '{label}: дайте статье название; подойдёт её заголовок.',

  'field.tooLong': '{label}: не больше {max} символов.',

  'sourceForm.badUrl': '{label}: укажите веб-адрес, начинающийся с http:// или https://.',
  'sourceForm.badDate': '{label}: используйте вид ГГГГ-ММ-ДД, например 2020-09-27.',
  'sourceForm.badLanguage': '{label}: укажите код языка, например en, ru, hy или az.',

  'claimForm.noMetric': '{label}: выберите, что считает цифра.',
  'claimForm.badValue': '{label}: введите число не меньше 0, например 14 или 1 200.',
  'claimForm.noValue': '{label}: введите число или выберите точность «неточно» для цифр вроде «десятки».',
  'claimForm.vagueWithValue':
    '{label}: у неточной цифры нет числа; очистите значение или выберите другую точность.',
  'claimForm.badClaimant': '{label}: выберите заявителя из списка или «заявитель не назван».',
  'claimForm.badPeriod': '{label}: {hint}',
  'claimForm.noSource': '{label}: выберите статью, в которой сообщается цифра.',
  'claimForm.noQuote': '{label}: вставьте предложение, в котором названа цифра.',
  'claimForm.noFigureText':
    '{label}: скопируйте из цитаты слова, которыми названа цифра, например «два вертолёта».',
  'claimForm.figureNotInQuote':
    '{label}: этих слов нет в цитате; скопируйте их точно так, как они там написаны.',
};
