/**
 * Spans whose length the text counts, in every language: "in the last ten days" ends on the
 * article's day, "in the first five days of the war" starts on the war's first day, for any count
 * in digits or words. Our own sentences, published Sunday 11 October 2020 (the war began 27 September).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

function periods(text: string, lang: string): (string | null)[] {
  return extractFigures(text, { lang, publishedDate: '2020-10-11' })
    .filter((f) => f.metric !== null)
    .map((f) => f.period);
}

const LAST_TEN = '2020-10-02/2020-10-11';
const LAST_FIVE = '2020-10-07/2020-10-11';
const FIRST_FOUR = '2020-09-27/2020-09-30';

const CASES: [lang: string, text: string, period: string][] = [
  ['en', 'Over the past ten days, 9 civilians were killed in Tartar.', LAST_TEN],
  ['en', 'In the last 5 days, 9 civilians were killed in Tartar.', LAST_FIVE],
  ['en', 'In the first four days of the war, 9 civilians were killed in Tartar.', FIRST_FOUR],
  ['ru', 'За последние десять дней погибли 9 мирных жителей.', LAST_TEN],
  ['ru', 'За минувшие 5 суток погибли 9 мирных жителей.', LAST_FIVE],
  ['ru', 'В первые четыре дня войны погибли 9 мирных жителей.', FIRST_FOUR],
  ['de', 'In den vergangenen zehn Tagen wurden 9 Zivilisten getötet.', LAST_TEN],
  ['de', 'In den letzten 5 Tagen wurden 9 Zivilisten getötet.', LAST_FIVE],
  ['de', 'In den ersten vier Kriegstagen wurden 9 Zivilisten getötet.', FIRST_FOUR],
  ['fr', 'Au cours des dix derniers jours, 9 civils ont été tués.', LAST_TEN],
  ['fr', 'Ces 5 derniers jours, 9 civils ont été tués.', LAST_FIVE],
  ['fr', 'Durant les quatre premiers jours de la guerre, 9 civils ont été tués.', FIRST_FOUR],
  ['it', 'Negli ultimi dieci giorni 9 civili sono stati uccisi.', LAST_TEN],
  ['it', 'Negli ultimi 5 giorni 9 civili sono stati uccisi.', LAST_FIVE],
  ['it', 'Nei primi quattro giorni di guerra 9 civili sono stati uccisi.', FIRST_FOUR],
  ['tr', 'Son on günde 9 sivil hayatını kaybetti.', LAST_TEN],
  ['tr', 'Son 5 gün içinde 9 sivil hayatını kaybetti.', LAST_FIVE],
  ['tr', 'Savaşın ilk dört gününde 9 sivil hayatını kaybetti.', FIRST_FOUR],
  ['az', 'Son on gün ərzində 9 mülki şəxs həlak olub.', LAST_TEN],
  ['az', 'Son 5 gündə 9 mülki şəxs həlak olub.', LAST_FIVE],
  ['az', 'Müharibənin ilk dörd günündə 9 mülki şəxs həlak olub.', FIRST_FOUR],
  ['hy', 'Վերջին տասը օրում զոհվել է 9 խաղաղ բնակիչ։', LAST_TEN],
  ['hy', 'Վերջին 5 օրվա ընթացքում զոհվել է 9 խաղաղ բնակիչ։', LAST_FIVE],
  ['hy', 'Պատերազմի առաջին չորս օրերին զոհվել է 9 խաղաղ բնակիչ։', FIRST_FOUR],
];

describe('spans the text counts', () => {
  it.each(CASES)('%s: %s', (lang, text, period) => {
    expect(periods(text, lang)).toEqual([period]);
  });

  it('leaves a count too long for a span of days unread (the article day stands)', () => {
    expect(periods('In the last 90 days, 9 civilians were killed in Tartar.', 'en')).toEqual(['2020-10-11']);
  });
});
