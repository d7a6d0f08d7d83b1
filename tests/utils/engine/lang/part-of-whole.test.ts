/**
 * A count that is a part of a whole counted before it, its noun left out ("… sent 1,500 fighters,
 * and 320 of them were killed", "of whom 320 died", "из них 320 погибли"): the part counts the
 * whole's noun and suffers the loss; the whole does not. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('a part of a whole counted before it', () => {
  it('reads "N of them" as the part that was killed (en)', () => {
    expect(
      read('en', 'Armenia says Ankara moved 1,500 fighters into the zone, and 320 of them have been killed.'),
    ).toEqual(['320 soldiers_killed [320 of them]']);
  });

  it('reads "of whom N" as the part that was killed (en)', () => {
    expect(read('en', 'Some 1,500 mercenaries were brought in, of whom 320 died in the fighting.')).toEqual([
      '320 soldiers_killed [320]',
    ]);
  });

  it('reads "из них N" as the part that was killed (ru)', () => {
    expect(read('ru', 'В зону конфликта переброшены 1500 наемников, из них 320 погибли.')).toEqual([
      '320 soldiers_killed [320]',
    ]);
  });

  it('keeps a part with a noun of its own a part of the loss before it', () => {
    expect(read('en', 'The strike on Tartar killed 7 civilians, two of them children.')).toEqual([
      '7 civilians_killed [7 civilians]',
      '2 civilians_killed [two of them children]',
    ]);
  });
});
