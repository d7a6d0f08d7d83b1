import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/**
 * "Карабахский конфликт" is the usual Russian name of the conflict; the horse look-alike
 * ("карабахский конь") once took "кон…" for a horse and masked "карабахского конфликта" as one.
 * A horse is the noun's own cases (конь, коня, кони, коней …). Texts written for these tests.
 */
const cases: [text: string, coverage: boolean, karabakhCounted: boolean][] = [
  [
    'Вспоминая Сумгаит. В феврале 1988 года в азербайджанском городе произошли армянские погромы, ставшие одним из первых эпизодов карабахского конфликта.',
    true,
    true,
  ],
  [
    'Эксперт: урегулирование карабахского конфликта зависит от Москвы. Армения и Азербайджан не подписали мирный договор, в карабахском конфликте погибли тысячи человек.',
    true,
    true,
  ],
  [
    'Карабахские кони на выставке в Москве. Золотистые карабахские кони стали главной сенсацией выставки.',
    false,
    false,
  ],
  [
    'На ипподроме показали карабахского коня и его родословную. Карабахских коней разводят веками.',
    false,
    false,
  ],
];

describe('detectCoverage: "карабахский конфликт" is the conflict, "карабахский конь" a horse', () => {
  it.each(cases)('%s', (text, coverage, karabakhCounted) => {
    const result = detectCoverage({ text, title: text.split('. ')[0], lang: 'ru' });
    expect(result.evidence.some((e) => e.cue === 'Karabakh' && e.kind === 'core')).toBe(karabakhCounted);
    expect(result.isCoverage).toBe(coverage);
  });
});
