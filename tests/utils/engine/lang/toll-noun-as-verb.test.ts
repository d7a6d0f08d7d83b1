/**
 * "The strike, which killed 12 civilians, was one of the deadliest of the war": a toll's noun with a
 * count right after it ("killed 12") is a verb and its object, so the "was" after it starts no toll
 * and "one of the deadliest" counts nobody. Real tolls keep their count. Sentences written for these
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) => extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric}`);

describe('a toll noun used as a verb with its count', () => {
  it.each([
    [
      'The strike on Ganja, which killed 12 Azerbaijani civilians, was one of the deadliest of the war.',
      ['12 civilians_killed'],
    ],
    [
      'The shelling, which wounded 30 civilians, was one of the worst of the month.',
      ['30 civilians_injured'],
    ],
    [
      'The strike on Ganja killed 12 Azerbaijani civilians and was one of the deadliest of the war.',
      ['12 civilians_killed'],
    ],
    ['The death toll from the shelling of Ganja rose to 31, officials said.', ['31 civilians_killed']],
    ['Casualties in Tartar: killed: 12; wounded: 40.', ['12 civilians_killed', '40 civilians_injured']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
