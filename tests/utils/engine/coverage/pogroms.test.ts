import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/**
 * The conflict's first violence was the pogroms of 1988–90 (Sumgait, Kirovabad, Baku): a
 * remembrance of them names the two peoples, the pogrom and its dead, seldom the region. Sumgait is
 * a place of the war and "pogrom" war vocabulary in every language; the city's industry or a
 * football "погром" (a thrashing) stay look-alikes. Texts written for these tests.
 */
const cases: [lang: string, text: string, coverage: boolean][] = [
  [
    'en',
    'Remembering Sumgait, 37 years on. The pogrom against Armenians in the Azerbaijani city in February 1988 killed at least 26 people according to official figures.',
    true,
  ],
  [
    'de',
    'Vor 37 Jahren: das Pogrom von Sumgait. Im Februar 1988 wurden in der aserbaidschanischen Industriestadt Dutzende Armenier getötet, Tausende flohen.',
    true,
  ],
  [
    'en',
    'Explosion at Sumgait chemical plant injures four. A blast at a petrochemical factory in the Azerbaijani industrial city injured four workers, the emergency ministry said.',
    false,
  ],
  [
    'ru',
    '«Нефтчи» устроил погром в Сумгаите. Бакинский клуб разгромил хозяев со счётом 5:0 в матче чемпионата Азербайджана по футболу.',
    false,
  ],
];

describe('detectCoverage: the pogroms of 1988–90', () => {
  it.each(cases)('%s: %s', (lang, text, coverage) => {
    expect(detectCoverage({ text, title: text.split(/[.:] /)[0], lang }).isCoverage).toBe(coverage);
  });
});
