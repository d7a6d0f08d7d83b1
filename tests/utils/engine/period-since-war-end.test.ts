/**
 * A tally from the end of a fighting ("since the end of the war", "с окончания войны", "seit
 * Kriegsende", "savaşın bitmesinden bu yana", "պատերազմի ավարտից ի վեր"): from its last day to
 * the article's, of the era the sentence names or the fighting the article is still reporting;
 * unknown while that fighting goes on, or when neither is known. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

function periods(text: string, lang: string, publishedDate = '2021-06-01'): (string | null)[] {
  return extractFigures(text, { lang, publishedDate })
    .filter((f) => f.metric !== null)
    .map((f) => f.period);
}

const SINCE_END = '2020-11-10/2021-06-01';

const CASES: [lang: string, text: string][] = [
  ['en', 'Since the end of the war, mines have killed 24 civilians.'],
  ['en', 'Since the ceasefire, mines have killed 24 civilians.'],
  ['ru', 'С окончания войны на минах погибли 24 мирных жителя.'],
  ['de', 'Seit Kriegsende wurden 24 Zivilisten durch Minen getötet.'],
  ['fr', 'Depuis la fin de la guerre, 24 civils ont été tués par des mines.'],
  ['it', 'Dalla fine della guerra 24 civili sono stati uccisi dalle mine.'],
  ['tr', 'Savaşın sona ermesinden bu yana mayınlar 24 sivili öldürdü.'],
  ['az', 'Müharibənin başa çatmasından bəri minalara düşən 24 mülki şəxs həlak olub.'],
  ['hy', 'Պատերազմի ավարտից ի վեր ականների պայթյունից զոհվել է 24 խաղաղ բնակիչ։'],
];

describe('a tally since the end of a fighting', () => {
  it.each(CASES)('%s: %s', (lang, text) => {
    expect(periods(text, lang)).toEqual([SINCE_END]);
  });

  it('reads the era the sentence names, years later', () => {
    expect(
      periods('Since the end of the 44-day war, mines have killed 24 civilians.', 'en', '2025-06-01'),
    ).toEqual(['2020-11-10/2025-06-01']);
  });

  it('leaves it unknown while the fighting goes on, and outside any fighting', () => {
    expect(periods('Since the ceasefire, 24 civilians have been killed.', 'en', '2020-10-14')).toEqual([
      null,
    ]);
    expect(periods('Since the end of the war, mines have killed 24 civilians.', 'en', '2025-06-01')).toEqual([
      null,
    ]);
  });
});
