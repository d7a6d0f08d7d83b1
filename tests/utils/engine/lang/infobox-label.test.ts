/**
 * A summary line that is only a loss label and a count ("Dead: 3,000", "• Casualties: about 6,500
 * dead"), as an encyclopedia infobox or an explainer's fact box writes it, counts a war's dead
 * overall, not civilians; a label inside a report's sentence ("Killed: 12; wounded: 40") keeps its
 * group. An undated page whose headline names a war counts that war's dead. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('a loss label alone on its line', () => {
  it.each([
    ['Dead: 3,000', ['3000 deaths null']],
    ['Casualties: about 6,500 dead', ['6500 deaths null']],
    ['• Killed: 1,200 (official figures)', ['1200 deaths null']],
    ['Total deaths: 4,100[2]', ['4100 deaths null']],
    ['Dead: 2,100[3] – 2,500', ['2100 deaths null', '2500 deaths null']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('keeps the group of a label within a report', () => {
    expect(read('Casualties reported by Baku on Monday. Killed: 12; wounded: 40.')).toEqual([
      '12 civilians_killed null',
      '40 civilians_injured null',
    ]);
  });

  it("counts the war an undated page's headline names", () => {
    const page =
      'The First Karabakh War at a glance\n\nStrength: 40,000\nDead: 4,200\n\nSome 500,000 people fled.';
    const figures = extractFigures(page, { lang: 'en' });
    expect(figures.map((f) => [f.value, f.metric, f.period])).toEqual([
      [4200, 'deaths', '1988/1994'],
      [500000, 'displaced', '1988/1994'],
    ]);
  });
});
