/**
 * A bare year of the 1988–94 war ("In 1992, …", "during 1993", "by the summer of 1994") dates a
 * figure to that war, whatever day the article was published; a later year does not. Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const periods = (text: string) =>
  extractFigures(text, { lang: 'en', publishedDate: '2021-03-10' }).map((f) => `${f.value} ${f.period}`);

describe('a year of the first war', () => {
  it.each([
    ['In 1992, 30 Azerbaijani villagers were killed in a single raid, survivors said.', '30 1988/1994'],
    ['In 1993, some 200,000 Azerbaijanis fled the Kelbajar district.', '200000 1988/1994'],
    ['By the summer of 1994, about 25,000 Armenian soldiers had died, the ministry said.', '25000 1988/1994'],
  ])('%s', (text, expected) => {
    expect(periods(text)).toEqual([expected]);
  });

  it('leaves a later year alone', () => {
    expect(periods('Since 1994, 3 Armenian soldiers were killed near Tavush this week.')).not.toContain(
      '3 1988/1994',
    );
  });
});
