/**
 * A bare count after a toll that names its group counts that group, not the noun of the count
 * before it: "633 of their soldiers have been killed; the civilian toll stands at 36". Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) => extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric}`);

describe('a toll naming its group after another count', () => {
  it('reads the civilian toll as civilians after a count of soldiers', () => {
    expect(
      read('Karabakh officials say 412 of their soldiers have been killed; the civilian toll stands at 29.'),
    ).toEqual(['412 soldiers_killed', '29 civilians_killed']);
  });

  it('reads the military toll as soldiers after a count of civilians', () => {
    expect(read('Baku says 52 civilians have been killed, and the military death toll is 19.')).toEqual([
      '52 civilians_killed',
      '19 soldiers_killed',
    ]);
  });

  it('still lends the noun before to a bare count with no toll of its own', () => {
    expect(read('Officials say 412 soldiers have been killed and 29 more wounded.')).toEqual([
      '412 soldiers_killed',
      '29 soldiers_wounded',
    ]);
  });
});
