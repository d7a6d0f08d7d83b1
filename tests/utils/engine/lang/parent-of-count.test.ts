/**
 * "A father of three was killed": the numeral after "father of" tells how many children he has;
 * the one counted is the father. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('a parent of a number of children', () => {
  it.each([
    ['A father of four was killed when a shell hit his car in Tartar.', '1 civilians_killed [A father]'],
    ['A mother of two was wounded in the shelling of Martuni.', '1 civilians_injured [A mother]'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
