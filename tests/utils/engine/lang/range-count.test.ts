/**
 * A range of two counts sharing one noun is one figure, its lower bound ("30 to 40 soldiers",
 * "300,000–500,000 Armenians", "between 30 and 40 troops"), with the side its words name; a
 * change between two numbers ("rose from 30 to 40") and an age range are no range. Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.qualifier} ${f.metric} ${f.side}`);

describe('a range of counts', () => {
  it.each([
    ['Some 30-40 Azerbaijani soldiers were killed in the raid.', ['30 about soldiers_killed AZ']],
    ['The war in the 1990s displaced 300,000–500,000 Armenians.', ['300000 exact displaced ARM']],
    ['Between 12 and 15 Armenian troops were wounded, Baku claimed.', ['12 exact soldiers_wounded ARM']],
    ['From 20 to 25 civilians died in the shelling of Tartar.', ['20 exact civilians_killed AZ']],
    ['Up to 8 to 10 tanks were destroyed overnight.', ['8 up_to tanks_destroyed null']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('reads a change as its new count', () => {
    expect(read('The military toll rose from 30 to 44 soldiers overnight.')).toEqual([
      '44 exact soldiers_killed null',
    ]);
  });

  it('reads two counts joined by "and" as two', () => {
    expect(read('Armenia said 12 soldiers and 15 civilians were killed.')).toEqual([
      '12 exact soldiers_killed ARM',
      '15 exact civilians_killed ARM',
    ]);
  });
});
