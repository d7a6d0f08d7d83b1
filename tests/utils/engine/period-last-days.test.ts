/**
 * "In the last two days": a span of that many days ending on the article's day; unknown without
 * the article's day. Our own sentences, published on 11 October 2020.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

const TWO_DAYS = '2020-10-10/2020-10-11';
const THREE_DAYS = '2020-10-09/2020-10-11';

function periods(text: string, lang: string, publishedDate: string | null = '2020-10-11'): (string | null)[] {
  return extractFigures(text, { lang, publishedDate })
    .filter((f) => f.metric !== null)
    .map((f) => f.period);
}

const CASES: [lang: string, text: string, period: string][] = [
  ['en', 'In the past two days 14 Armenian soldiers were killed, the ministry said.', TWO_DAYS],
  ['en', 'Over the last 72 hours 14 Armenian soldiers were killed.', THREE_DAYS],
  ['de', 'In den letzten zwei Tagen wurden 14 armenische Soldaten getötet.', TWO_DAYS],
  ['it', 'Negli ultimi due giorni sono stati uccisi 14 soldati armeni.', TWO_DAYS],
  ['it', 'Il bilancio dei soldati armeni uccisi nelle ultime 48 ore è di 14.', TWO_DAYS],
  ['fr', 'Au cours des deux derniers jours, 14 soldats arméniens ont été tués.', TWO_DAYS],
  ['ru', 'За последние двое суток погибли 14 армянских военнослужащих.', TWO_DAYS],
  ['tr', 'Son iki günde 14 Ermeni asker öldürüldü.', TWO_DAYS],
  ['az', 'Son iki gündə 14 erməni hərbçisi məhv edilib.', TWO_DAYS],
  ['hy', 'Վերջին երկու օրում զոհվել է 14 զինծառայող։', TWO_DAYS],
];

describe('the last days up to the article', () => {
  it.each(CASES)('%s: %s', (lang, text, period) => {
    expect(periods(text, lang)).toEqual([period]);
  });

  it('stays unknown without the article’s day', () => {
    expect(periods('In the past two days 14 Armenian soldiers were killed.', 'en', null)).toEqual([null]);
  });
});
