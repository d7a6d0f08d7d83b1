/**
 * People of whom a part is named civilians ("32 people, including seven civilians, were killed")
 * are a war's dead overall, the rest being no civilians; a part named by another civilian noun
 * ("11 people, including two children") leaves the whole civilians. Sentences written for these
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) => extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric}`);

describe('a whole whose part is civilians', () => {
  it('is the dead overall', () => {
    expect(
      read('Officials said at least 28 people, including six civilians, were killed in the raid.'),
    ).toEqual(['28 deaths', '6 civilians_killed']);
    expect(read('At least 40 people were killed, including 12 civilians.')).toEqual([
      '40 deaths',
      '12 civilians_killed',
    ]);
  });

  it('stays civilians when the part is children', () => {
    expect(read('Nine people, including three children, were killed in the shelling.')).toEqual([
      '9 civilians_killed',
      '3 civilians_killed',
    ]);
  });
});
