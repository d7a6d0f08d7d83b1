/**
 * Turkish and Azerbaijani: the subject that opens a clause acts on the count before an active loss
 * verb ("Azerbaycan ordusu 4 tank imha etti"), so the count is the other side's; a nationality
 * right after the counted noun opens the next phrase ("6 köy Ermeni işgalinden"); and "our"
 * soldiers with no speaker belong to the side of the press the language serves. Sentences written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('verb-final clauses', () => {
  it.each([
    ['tr', 'Azerbaycan ordusu Hadrut yakınlarında 4 tank imha etti.', '4 tanks_destroyed ARM'],
    ['tr', 'Ermeni güçleri sabah saatlerinde 2 İHA düşürdü.', '2 drones_downed AZ'],
    ['az', 'Azərbaycan Ordusu Cəbrayıl rayonunun 6 kəndini işğaldan azad edib.', '6 villages_captured ARM'],
    ['az', 'Azərbaycan Ordusu 4 tank məhv edib.', '4 tanks_destroyed ARM'],
  ])('%s: the subject acted on the count: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual([expected]);
  });

  it('tr: an own-loss verb still makes the subject the loser', () => {
    expect(read('tr', 'Ermenistan ordusu 140 asker kaybetti.')).toEqual(['140 soldiers_killed ARM']);
  });

  it('tr: a nationality after the counted noun is not its head', () => {
    expect(
      read('tr', '6 köy Ermeni işgalinden kurtarıldı.').map((f) => f.split(' ').slice(0, 2).join(' ')),
    ).toEqual(['6 villages_captured']);
  });

  it('az: our soldiers, with no speaker, are Azerbaijan’s', () => {
    expect(read('az', 'Döyüşlərdə 11 hərbçimiz şəhid olub.')).toEqual(['11 soldiers_killed AZ']);
  });
});
