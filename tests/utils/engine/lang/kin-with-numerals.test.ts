/**
 * Kin named with a possessive count with the person they belong to, numerals included: "a woman
 * and her two children" is one figure of 3, "his mother and two brothers" 3, "three children and
 * their mother" 4, and "her father and a sister" 2 (a singular kin noun counts after "and a").
 * A list of numerals with no possessive stays a list of counts. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('kin counted with a numeral', () => {
  it.each([
    [
      'A woman and her three children were killed when a rocket hit their home in Barda.',
      '4 civilians_killed [A woman and her three children]',
    ],
    [
      'A shepherd and his 2 sons were wounded by a mine near Aghdam.',
      '3 civilians_injured [A shepherd and his 2 sons]',
    ],
    [
      'Her mother and two sisters were killed in the shelling of Tartar.',
      '3 civilians_killed [Her mother and two sisters]',
    ],
    [
      'Four children and their grandmother were injured in Martuni.',
      '5 civilians_injured [Four children and their grandmother]',
    ],
    [
      'His father and a brother were wounded in the strike on Shushi.',
      '2 civilians_injured [His father and a brother]',
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('keeps numerals without a possessive as separate counts', () => {
    expect(read('A girl, two women and three men were injured in Ganja.')).toEqual([
      '1 civilians_injured [A girl]',
      '2 civilians_injured [two women]',
      '3 civilians_injured [three men]',
    ]);
  });

  it('counts no relative someone has or lost', () => {
    expect(read('The soldier, who lost a brother in the first war, was killed near Hadrut.')).toEqual([]);
    expect(read('She is a mother of two; her house in Tartar was destroyed by shelling.')).toEqual([]);
  });
});
