/**
 * A party's losses counted in people are its soldiers killed ("Azerbaijan's losses were about
 * 1,000 people"): an army's report of losses counts its servicemen, and a civilian toll says so
 * ("civilian losses", "losses among civilians"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} ${f.side} [${f.text}]`);

describe("a party's losses counted in people", () => {
  it.each([
    [
      "Azerbaijan's losses were about 1,000 people, the ministry in Baku said.",
      '1000 soldiers_killed AZ [about 1,000 people]',
    ],
    ['Armenian losses stood at 2,300 people, Yerevan said.', '2300 soldiers_killed ARM [2,300 people]'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('counts the wounded of those losses as soldiers too', () => {
    expect(read("The enemy's losses amounted to 300 people killed and 700 wounded, Baku said.")).toEqual([
      '300 soldiers_killed ARM [300 people]',
      '700 soldiers_wounded ARM [700]',
    ]);
  });

  it('keeps losses among civilians civilian', () => {
    expect(read('Losses among civilians reached 40 people, the ombudsman said.')).toEqual([
      '40 civilians_killed null [40 people]',
    ]);
    expect(read('Civilian losses rose to 52 people, Baku said.')).toEqual([
      '52 civilians_killed AZ [52 people]',
    ]);
  });
});
