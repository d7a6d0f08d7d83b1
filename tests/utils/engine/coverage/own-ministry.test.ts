import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/**
 * In Azerbaijani a bare "Müdafiə Nazirliyi", in Armenian a bare "Պաշտպանության նախարարություն", is
 * the writer's own country's ministry: a statement of it on the other party's fire names both
 * sides of the war. Without the other party it is no report of the fighting (barracks, a parade).
 * Texts written for these tests.
 */
const cases: [lang: string, text: string, coverage: boolean][] = [
  [
    'az',
    'Müdafiə Nazirliyi: Ermənistan ordusu atəşkəsi pozub. Sərhədyanı kəndlər iri çaplı silahlardan atəşə tutulub, itki yoxdur.',
    true,
  ],
  [
    'hy',
    'Պաշտպանության նախարարություն. ադրբեջանական ստորաբաժանումները խախտել են հրադադարը։ Հակառակորդի զինուժը հրետանիով կրակ է բացել սահմանամերձ դիրքերի ուղղությամբ, զինծառայողներից մեկը վիրավորվել է։',
    true,
  ],
  [
    'az',
    'Müdafiə Nazirliyi hərbçilər üçün yeni yataqxana istifadəyə verib. Binada 200 əsgər üçün otaqlar, idman zalı və yeməkxana var.',
    false,
  ],
  [
    'hy',
    'Պաշտպանության նախարարությունը նոր զորանոց է բացել։ Շենքում կապրեն 300 զինծառայողներ, կա մարզադահլիճ և ճաշարան։',
    false,
  ],
];

describe("detectCoverage: the writer's own defence ministry", () => {
  it.each(cases)('%s: %s', (lang, text, coverage) => {
    expect(detectCoverage({ text, title: text.split(/[.:։] /)[0], lang }).isCoverage).toBe(coverage);
  });
});
