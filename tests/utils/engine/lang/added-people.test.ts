/**
 * People named beside a group counted by no numeral, in one subject ("a young couple and their
 * child", "a man, his wife and their son"), count with it; a list of numerals stays a list of
 * counts, and a list set off by commas names the group again (sentences written for these tests).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} «${f.text}»`);

describe('people named beside a group', () => {
  it.each([
    [
      'An elderly couple and their grandson died when a rocket hit their home in Tartar, Baku said.',
      '3 civilians_killed «elderly couple and their grandson»',
    ],
    [
      'A farmer, his wife and their daughter were wounded by shelling in Martuni.',
      '3 civilians_injured «A farmer, his wife and their daughter»',
    ],
    [
      'A reporter and a driver were injured when their van struck a mine near Kalbajar.',
      '2 civilians_injured «A reporter and a driver»',
    ],
  ])('%s', (text, figure) => {
    expect(read(text)).toEqual([figure]);
  });

  it('keeps counts named by numerals apart', () => {
    expect(read('A boy, three women and two men were killed in the strike on Barda.')).toEqual([
      '1 civilians_killed «A boy»',
      '3 civilians_killed «three women»',
      '2 civilians_killed «two men»',
    ]);
    expect(read('Four villagers and a teacher were killed in the shelling of Tartar.')).toContain(
      '4 civilians_killed «Four villagers»',
    );
  });

  it('does not add soldiers or a plural it cannot count', () => {
    expect(read('A shepherd and two soldiers were killed by a mine.')).toContain(
      '1 civilians_killed «A shepherd»',
    );
    expect(read('A woman and her children were wounded in Ganja.')).toEqual([
      '1 civilians_injured «A woman»',
    ]);
  });
});
