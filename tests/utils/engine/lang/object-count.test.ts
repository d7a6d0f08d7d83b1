/**
 * A count right after a death or injury verb, its noun left out, is that verb's object: "the strike
 * killed 21 people and wounded 70 on Wednesday", "injuring 11 others in the town". It counts the
 * noun of the clause before, else people. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} ${f.side} [${f.text}]`);

describe('a bare count as the object of a loss verb', () => {
  it.each([
    ['Rockets killed 14 Azerbaijani civilians and wounded 52 on Sunday.', '52'],
    ['Rockets killed 14 Azerbaijani civilians, injuring 52 in the town centre.', '52'],
    ['Rockets killed 14 Azerbaijani civilians and injured 52 others overnight.', '52 others'],
    ['Rockets killed 14 Azerbaijani civilians and hurt 52 near the market.', '52'],
  ])('%s', (text, words) => {
    expect(read(text)).toEqual([
      '14 civilians_killed AZ [14 Azerbaijani civilians]',
      `52 civilians_injured AZ [${words}]`,
    ]);
  });

  it('counts people when no noun came before', () => {
    expect(read('Shelling of Tartar on Monday wounded 9 in the town, Azerbaijani officials said.')).toEqual([
      '9 civilians_injured AZ [9]',
    ]);
  });

  it('is no count after a verb that is no death or injury, nor before a noun of its own', () => {
    expect(read('The army destroyed 12 on Monday and shot down 3 near Fuzuli.')).toEqual([]);
    expect(read('The blast killed 3 Armenian soldiers in Martuni.')).toEqual([
      '3 soldiers_killed ARM [3 Armenian soldiers]',
    ]);
  });
});
