/**
 * A loss noun counted with its group before it, as wire copy writes a tally: "1,009 troop deaths",
 * "40 military deaths", "65 civilian deaths". The group word decides soldiers or civilians, as it
 * does for a toll ("the military death toll"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} ${f.side} [${f.text}]`);

describe('deaths counted with their group', () => {
  it.each([
    ['Karabakh officials have reported 214 troop deaths.', '214 soldiers_killed ARM [214 troop deaths]'],
    [
      "Armenia's defence ministry has reported 37 military deaths since Sunday.",
      '37 soldiers_killed ARM [37 military deaths]',
    ],
    [
      'Baku has reported 19 civilian deaths in Armenian shelling.',
      '19 civilians_killed AZ [19 civilian deaths]',
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('counts people when no group stands before the loss noun', () => {
    expect(read('Azerbaijan has reported 19 deaths in Armenian shelling of Tartar.')).toEqual([
      '19 civilians_killed AZ [19 deaths]',
    ]);
  });
});
