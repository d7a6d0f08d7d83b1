/**
 * A person who speaks or sees ("A Reuters reporter saw …", "An AFP journalist in Tartar said …",
 * "A doctor at the hospital said …") is a witness, not a victim: the count is the people they
 * tell of. Neighbours are civilians. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('a witness is no victim', () => {
  it.each([
    [
      'A Reuters reporter saw at least five wounded soldiers in a hospital in Stepanakert.',
      '5 soldiers_wounded [at least five wounded soldiers]',
    ],
    [
      'An AFP journalist in Tartar said two civilians were killed overnight.',
      '2 civilians_killed [two civilians]',
    ],
    [
      'A doctor at the hospital said 40 wounded soldiers had arrived.',
      '40 soldiers_wounded [40 wounded soldiers]',
    ],
    ['A resident described how 4 neighbours were killed.', '4 civilians_killed [4 neighbours]'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('still counts a journalist who was wounded', () => {
    expect(read('A journalist was wounded in Martuni on Thursday.')).toEqual([
      '1 civilians_injured [A journalist]',
    ]);
  });
});
