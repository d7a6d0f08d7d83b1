/**
 * "Armenia launched 10 drones at Ganja, 7 of which were shot down", "it lost 40 soldiers, 12 of
 * whom died on Sunday": a count followed by "of which"/"of whom" is a part of the whole counted
 * before it and counts the whole's noun, as "of them" does. A part with no count ("most of whom")
 * is none, nor is a part of a whole that is no figure's noun. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map(
    (f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`,
  );

describe('a count "of which"/"of whom" after a whole', () => {
  it.each([
    ['Armenia launched 12 drones at Ganja, 9 of which were shot down, Baku said.', '9 drones_downed ARM AZ'],
    [
      'Azerbaijan sent 8 helicopters over Martakert, five of which were downed, Yerevan said.',
      '5 helicopters_downed AZ ARM',
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it('counts both the whole and its part when both suffered the loss', () => {
    expect(read('Karabakh said it had lost 40 soldiers, 12 of whom died on Sunday.')).toEqual([
      '40 soldiers_killed ARM NK',
      '12 soldiers_killed ARM NK',
    ]);
  });

  it.each([
    [
      'Armenia said 2,000 Azerbaijani soldiers were killed, most of whom were conscripts.',
      ['2000 soldiers_killed AZ ARM'],
    ],
    ['The ministry listed 5 incidents overnight, 2 of which involved drones that were shot down.', []],
  ])('unchanged: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
