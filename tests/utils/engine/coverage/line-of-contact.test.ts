import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/**
 * A ministry's daily statement on ceasefire breaches "along the line of contact" names only the
 * other party: the line of contact is this war's own front, so it places the text as a town of the
 * war does. The bare "front line" does not (every war has one), and another war's contact line
 * stays another war. Texts written for these tests.
 */
const cases: [lang: string, text: string, coverage: boolean][] = [
  [
    'en',
    'Soldier killed on the line of contact. A 19-year-old Armenian conscript was killed by sniper fire on the eastern section of the line of contact overnight, the defence ministry said.',
    true,
  ],
  [
    'ru',
    'Перестрелки на линии соприкосновения. Минобороны Азербайджана сообщило, что за сутки позиции армии 25 раз обстреливали из крупнокалиберных пулемётов.',
    true,
  ],
  [
    'de',
    'Schüsse an der Kontaktlinie. Das aserbaidschanische Verteidigungsministerium meldet einen durch Scharfschützenfeuer getöteten Soldaten.',
    true,
  ],
  [
    'tr',
    'Temas hattında çatışma. Azerbaycan Savunma Bakanlığı, mevzilerin gece boyunca ateş altında kaldığını açıkladı.',
    true,
  ],
  [
    'hy',
    'Ադրբեջանական զինուժը կրակ է բացել շփման գծի արևելյան հատվածում։ Պաշտպանության նախարարությունը հայտնում է, որ կիրառվել են դիպուկահար հրացաններ։',
    true,
  ],
  [
    'en',
    'Shelling near the contact line in Donbas. Ukraine said two soldiers were killed in an artillery attack near the line of contact; the unit was led by an Armenian-born officer.',
    false,
  ],
  [
    'en',
    'Armenian volunteers bake bread for soldiers at the front line. The charity in Yerevan sends parcels every week.',
    false,
  ],
];

describe('detectCoverage: the line of contact places a statement naming one party', () => {
  it.each(cases)('%s: %s', (lang, text, coverage) => {
    expect(detectCoverage({ text, title: text.split('. ')[0], lang }).isCoverage).toBe(coverage);
  });
});
