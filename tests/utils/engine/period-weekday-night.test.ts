/**
 * A word for the article's own time (overnight, at night) beside a weekday says the time of that
 * weekday, not the article's day: "Tuesday overnight", "ночью во вторник", and the Turkish and
 * Azerbaijani night that joins two days ("pazartesiyi salıya bağlayan gece"), read as its second
 * day. Our own sentences, published Sunday 11 October 2020; the Tuesday before is 6 October.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

function periods(text: string, lang: string): (string | null)[] {
  return extractFigures(text, { lang, publishedDate: '2020-10-11' })
    .filter((f) => f.metric !== null)
    .map((f) => f.period);
}

const TUESDAY = '2020-10-06';

const CASES: [lang: string, text: string][] = [
  ['en', 'On Tuesday overnight, 6 civilians were killed in Barda.'],
  ['en', 'Overnight on Tuesday, 6 civilians were killed in Barda.'],
  ['ru', 'Во вторник ночью погибли 6 мирных жителей.'],
  ['ru', 'Ночью во вторник погибли 6 мирных жителей.'],
  ['de', 'Am Dienstag in der Nacht wurden 6 Zivilisten getötet.'],
  ['fr', 'Mardi dans la nuit, 6 civils ont été tués à Barda.'],
  ['it', 'Martedì nella notte 6 civili sono stati uccisi a Barda.'],
  ['tr', 'Salı gece 6 sivil hayatını kaybetti.'],
  ['tr', 'Pazartesiyi salıya bağlayan gece 6 sivil hayatını kaybetti.'],
  ['az', 'Çərşənbə axşamı gecə 6 mülki şəxs həlak olub.'],
  ['az', 'Bazar ertəsini çərşənbə axşamına birləşdirən gecə 6 mülki şəxs həlak olub.'],
  ['hy', 'Երեքշաբթի գիշերը զոհվել է 6 խաղաղ բնակիչ։'],
];

describe('the night of a weekday', () => {
  it.each(CASES)('%s: %s', (lang, text) => {
    expect(periods(text, lang)).toEqual([TUESDAY]);
  });
});
