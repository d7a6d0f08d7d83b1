/** The claim and source forms, shared by the page and the manager (tr). */
import type { CatalogPart } from '../en';
import type { forms as english } from '../en/forms';

export const forms: CatalogPart<typeof english> = {
  'form.quote': 'Alıntı',
  'form.figure': 'Rakam',
  'form.qualifier': 'Kesinlik',
  'form.metric': 'Sayılan şey',
  'form.side': 'Kimin kayıpları',
  'form.claimant': 'Beyan sahibi',
  'form.outlet': 'Yayın organı',
  'form.url': 'Sayfa adresi',
  'form.published': 'Yayım tarihi',
  'form.period': 'Dönem',
  'form.labelWithHint': '{label} ({hint})',
  'form.quoteHint': 'rakamın geçtiği cümle',
  'form.claimantHint': 'kim söylüyor',
  'form.outletHint': 'kim aktarıyor',
  'form.noClaimant': 'beyan sahibi belirtilmemiş',
  'form.claimantOption': '{claimant} ({party})',
  'form.keepFigure': '{label}: rakamı (“{figure}”) içinde bırakın.',
  'form.saved':
    'Beyan deponuza kaydedildi. Bu sayfanın işaretleri ve diğer sayfaların pencereleri artık bunu içeriyor.',
  'form.add': 'Beyan deposuna ekle',
  'form.saving': 'Kaydediliyor…',
  'form.save': 'Beyan deposuna kaydet',
  'form.cancel': 'İptal',

  'claimField.metric': 'Gösterge',
  'claimField.value': 'Değer',
  'claimField.qualifier': 'Kesinlik',
  'claimField.side': 'Kimin kayıpları',
  'claimField.claimantId': 'Beyan sahibi',
  'claimField.period': 'Dönem',
  'claimField.note': 'Not',
  'claimField.sourceId': 'Kaynak',
  'claimField.quote': 'Alıntı',
  'claimField.figureText': 'Rakamın metni',

  'sourceField.label': 'Başlık',
  'sourceField.outlet': 'Yayın organı',
  'sourceField.url': 'Adres (URL)',
  'sourceField.publishedDate': 'Yayım tarihi',
  'sourceField.language': 'Dil',
  'sourceField.kind': 'Tür',
  'sourceField.outletHint': 'Yayımlayan; sayfa belirtmiyorsa boş.',
  'sourceField.dateHint': 'YYYY-AA-GG',
  'sourceField.kindWeb': 'Bir web sayfası',
  'sourceField.kindOther': 'Başka bir kaynak (basılı yayın, dosya)',

  'sourceForm.noTitle': '{label}: makaleye bir ad verin; başlığı yeterli olur.',

  'field.tooLong': '{label}: {max} karakterin altında tutun.',

  'sourceForm.badUrl': '{label}: http:// veya https:// ile başlayan bir web adresi kullanın.',
  'sourceForm.badDate': '{label}: YYYY-AA-GG biçimini kullanın, örneğin 2020-09-27.',
  'sourceForm.badLanguage': '{label}: en, ru, hy veya az gibi bir dil kodu kullanın.',

  'claimForm.noMetric': '{label}: rakamın neyi saydığını seçin.',
  'claimForm.badValue': '{label}: 0 veya daha büyük bir sayı girin, örneğin 14 ya da 1 200.',
  'claimForm.noValue':
    '{label}: sayıyı girin ya da “onlarca” gibi rakamlar için “belirsiz” kesinliğini seçin.',
  'claimForm.vagueWithValue':
    '{label}: belirsiz bir rakamın sayısı olmaz; değeri silin ya da başka bir kesinlik seçin.',
  'claimForm.badClaimant': '{label}: listeden bir beyan sahibi ya da “beyan sahibi belirtilmemiş” seçin.',
  'claimForm.badPeriod': '{label}: {hint}',
  'claimForm.noSource': '{label}: rakamı aktaran makaleyi seçin.',
  'claimForm.noQuote': '{label}: rakamın geçtiği cümleyi yapıştırın.',
  'claimForm.noFigureText':
    '{label}: rakamı anlatan kelimeleri alıntıdan kopyalayın, örneğin “iki helikopter”.',
  'claimForm.figureNotInQuote':
    '{label}: bu kelimeler alıntıda yok; onları orada yazıldığı gibi aynen kopyalayın.',
};
