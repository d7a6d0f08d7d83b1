/**
 * A metric's noun that modifies another noun counts that other thing, not a loss of its own: "a
 * drone strike killed a woman", "two drone attacks", "tank shells". Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('a loss noun used as a modifier', () => {
  it.each([
    ['A drone strike on Martuni killed 3 civilians.', ['3 civilians_killed [3 civilians]']],
    ['Two drone attacks on Tartar killed 3 civilians.', ['3 civilians_killed [3 civilians]']],
    ['Two tank shells hit a school in Tartar, killing 3 civilians.', ['3 civilians_killed [3 civilians]']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('still counts the noun when it heads its phrase', () => {
    expect(read('Azerbaijani forces shot down two drones over Tartar.')).toEqual([
      '2 drones_downed [two drones]',
    ]);
    expect(read('Two drones were shot down, and a helicopter pilot was killed.')).toEqual([
      '2 drones_downed [Two drones]',
      '1 soldiers_killed [a helicopter pilot]',
    ]);
  });
});
