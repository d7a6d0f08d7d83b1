/**
 * The July 2020 border clashes go by Tovuz as well as Tavush (the district on the other side of
 * the border): "the Tovuz clashes", "the fighting near Tovuz" date a figure to that era whatever
 * day the article was published. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const periods = (text: string) =>
  extractFigures(text, { lang: 'en', publishedDate: '2023-10-01' }).map((f) => `${f.value} ${f.period}`);

describe('the Tovuz clashes', () => {
  it.each([
    ['During the Tovuz clashes, 12 Azerbaijani soldiers were killed, Baku said.', '12 2020-07'],
    ['Four Armenian soldiers died in the fighting near Tovuz, Yerevan said.', '4 2020-07'],
  ])('%s', (text, expected) => {
    expect(periods(text)).toEqual([expected]);
  });
});
