import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/**
 * Since 2021 the fighting has also been on Armenia's border provinces (Syunik, Tavush,
 * Gegharkunik): a report of Azerbaijani fire on them, in Armenian often "գնդակոծել" (shelled),
 * names only Azerbaijan. The provinces are places of the war; a festival or a hospital there is
 * still no report of fighting. Texts written for these tests.
 */
const cases: [lang: string, text: string, coverage: boolean][] = [
  [
    'hy',
    'Ադրբեջանը կրկին գնդակոծել է սահմանամերձ գյուղերը։ Պաշտպանության նախարարությունը հայտնում է, որ ադրբեջանական ստորաբաժանումները կրակ են բացել Սյունիքի ուղղությամբ։',
    true,
  ],
  [
    'en',
    "Azerbaijani forces fired on villages in Tavush, Yerevan says. Armenia's defence ministry said Azerbaijani units used mortars against border villages in the province overnight.",
    true,
  ],
  [
    'ru',
    'Азербайджанские военные обстреляли позиции в Гегаркуникской области. Минобороны Армении сообщило о раненом военнослужащем.',
    true,
  ],
  [
    'en',
    'Tavush wine festival draws record crowds. Winemakers from across Armenia poured their vintages in the border province, where the tourism board promoted hiking trails.',
    false,
  ],
  [
    'en',
    'Heart attack patients in Armenia get a new cardiac centre. The hospital will treat patients from Syunik and Tavush provinces, the health ministry said.',
    false,
  ],
];

describe('detectCoverage: fire on Armenia’s border provinces', () => {
  it.each(cases)('%s: %s', (lang, text, coverage) => {
    expect(detectCoverage({ text, title: text.split(/[.։] /)[0], lang }).isCoverage).toBe(coverage);
  });
});
