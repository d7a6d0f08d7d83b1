/**
 * A party that raises its own military toll ("Karabakh raised its military death toll to 1,068")
 * is the claimant of that toll; and mine victims of the post-war years are named by their work
 * ("a shepherd", "two deminers", "a driver"): civilians. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map(
    (f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? null} [${f.text}]`,
  );

describe('a party raising its own toll', () => {
  it('claims its military toll', () => {
    expect(read('Artsakh raised its military death toll to 932 on Tuesday.')).toEqual([
      '932 soldiers_killed ARM NK [932]',
    ]);
  });
});

describe('civilians named by their work', () => {
  it.each([
    ['A shepherd was killed by a mine near Tartar.', '1 civilians_killed AZ null [A shepherd]'],
    ['Two deminers were injured by a mine in Tartar.', '2 civilians_injured AZ null [Two deminers]'],
    [
      'Three farmers died when their tractor hit a mine in Tartar.',
      '3 civilians_killed AZ null [Three farmers]',
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
