/**
 * A tally from a weekday whose "since" is written after it, as Turkish, Azerbaijani and Armenian
 * do ("Cumartesiden bu yana", "şənbə günündən bəri", "շաբաթ օրվանից ի վեր"), also with the word
 * for "day" between: from that day to the article's. Our own sentences, published Sunday
 * 11 October 2020.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

function periods(text: string, lang: string): (string | null)[] {
  return extractFigures(text, { lang, publishedDate: '2020-10-11' })
    .filter((f) => f.metric !== null)
    .map((f) => f.period);
}

const SINCE_SATURDAY = '2020-10-10/2020-10-11';
const SINCE_TUESDAY = '2020-10-06/2020-10-11';

const CASES: [lang: string, text: string, period: string][] = [
  ['tr', 'Cumartesiden bu yana 7 sivil hayatını kaybetti.', SINCE_SATURDAY],
  ['tr', 'Salı gününden beri 7 sivil hayatını kaybetti.', SINCE_TUESDAY],
  ['az', 'Şənbədən bəri 7 mülki şəxs həlak olub.', SINCE_SATURDAY],
  ['az', 'Şənbə günündən bu yana 7 mülki şəxs həlak olub.', SINCE_SATURDAY],
  ['az', 'Çərşənbə axşamından bəri 7 mülki şəxs həlak olub.', SINCE_TUESDAY],
  ['hy', 'Երեքշաբթիից ի վեր զոհվել է 7 խաղաղ բնակիչ։', SINCE_TUESDAY],
  ['hy', 'Շաբաթ օրվանից ի վեր զոհվել է 7 խաղաղ բնակիչ։', SINCE_SATURDAY],
];

describe('a tally from a weekday, its "since" after it', () => {
  it.each(CASES)('%s: %s', (lang, text, period) => {
    expect(periods(text, lang)).toEqual([period]);
  });

  it('reads an Armenian Saturday with its part of the day as that day', () => {
    expect(periods('Շաբաթ երեկոյան զոհվել է 7 խաղաղ բնակիչ։', 'hy')).toEqual(['2020-10-10']);
  });
});
