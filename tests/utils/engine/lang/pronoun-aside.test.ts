/**
 * "Azerbaijan lost, it acknowledged on Friday, 13 soldiers": a pronoun speaking in an aside, with no
 * speaker before it in the sentence, stands for the party the sentence opens with. A sentence
 * opening with the victims ("Two Armenian soldiers died, it said, …") names no speaker so. Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map(
    (f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`,
  );

describe("an aside's pronoun is the sentence's opening party", () => {
  it.each([
    [
      'Azerbaijan lost, it acknowledged on Friday, 12 soldiers in the July clashes.',
      ['12 soldiers_killed AZ AZ'],
    ],
    [
      'Azerbaijani forces destroyed, it said, seven Armenian tanks near Aghdam.',
      ['7 tanks_destroyed ARM AZ'],
    ],
    ['Karabakh lost, they said, nine more fighters overnight.', ['9 soldiers_killed ARM NK']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['Two Armenian soldiers died, it said, in the shelling of a border post.', ['2 soldiers_killed ARM -']],
    ['Baku said on Monday that Armenia lost, it claimed, 20 tanks.', ['20 tanks_destroyed ARM AZ']],
  ])('unchanged: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
