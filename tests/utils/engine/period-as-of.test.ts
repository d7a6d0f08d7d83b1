/**
 * A running total up to a day, in every language, whether the word stands before the date ("as of
 * 10 October", "Stand: 10. Oktober", "к 10 октября") or after it ("10 Ekim itibarıyla", "10 oktyabr
 * tarixinə", "հոկտեմբերի 10-ի դրությամբ"): the tally from the fighting's start to that day, not the
 * day alone. Our own sentences, published 14 October 2020.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

function periods(text: string, lang: string, publishedDate = '2020-10-14'): (string | null)[] {
  return extractFigures(text, { lang, publishedDate })
    .filter((f) => f.metric !== null)
    .map((f) => f.period);
}

const TO_10_OCTOBER = '2020-09-27/2020-10-10';

const CASES: [lang: string, text: string][] = [
  ['en', 'As of 10 October, 480 soldiers had been killed.'],
  ['ru', 'К 10 октября погибли 480 военнослужащих.'],
  ['ru', 'По состоянию на 10 октября погибли 480 военнослужащих.'],
  ['de', 'Stand: 10. Oktober wurden 480 Soldaten getötet.'],
  ['fr', 'Au 10 octobre, 480 soldats avaient été tués.'],
  ['it', 'Al 10 ottobre erano stati uccisi 480 soldati.'],
  ['tr', '10 Ekim itibarıyla 480 asker hayatını kaybetti.'],
  ['tr', "10 Ekim'e kadar 480 asker hayatını kaybetti."],
  ['az', '10 oktyabr tarixinə 480 hərbçi həlak olub.'],
  ['az', 'Oktyabrın 10-dək 480 hərbçi həlak olub.'],
  ['hy', 'Հոկտեմբերի 10-ի դրությամբ զոհվել է 480 զինծառայող։'],
  ['hy', 'Մինչև հոկտեմբերի 10-ը զոհվել է 480 զինծառայող։'],
];

describe('a tally up to a day', () => {
  it.each(CASES)('%s: %s', (lang, text) => {
    expect(periods(text, lang)).toEqual([TO_10_OCTOBER]);
  });

  it('keeps a date the tally counts from a span, and a plain date a day', () => {
    expect(periods("27 Eylül'den 10 Ekim'e kadar 480 asker hayatını kaybetti.", 'tr')).toEqual([
      TO_10_OCTOBER,
    ]);
    expect(periods('10 Ekim günü 12 sivil hayatını kaybetti.', 'tr')).toEqual(['2020-10-10']);
    expect(periods('Հոկտեմբերի 10-ին զոհվել է 12 խաղաղ բնակիչ։', 'hy')).toEqual(['2020-10-10']);
  });
});
