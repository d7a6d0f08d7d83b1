/**
 * Russian "лишиться" (to be left without) reports a machine lost as "потерять" does: "Армянская
 * армия лишилась 11 танков", with an attribution aside too ("лишилась, по данным Баку, 11
 * танков"); the subject lost them. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'ru' }).map(
    (f) => `${f.value} ${f.metric} ${f.side ?? '-'} ${f.claimant?.party ?? '-'}`,
  );

describe('ru: "лишиться" as a loss', () => {
  it.each([
    ['Армянская армия лишилась 11 танков.', '11 tanks_destroyed ARM -'],
    ['Армянская армия лишилась, по данным Баку, 11 танков.', '11 tanks_destroyed ARM AZ'],
    ['Азербайджан лишился трех вертолетов, утверждают в Ереване.', '3 helicopters_downed AZ ARM'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('no loss of homes or the like', () => {
    expect(read('Жители лишились 300 домов.')).toEqual([]);
  });
});
