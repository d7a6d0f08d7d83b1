/**
 * Turkish: "köyü", "kenti", "şehri" read as a place in the object's case ("the village") or as a
 * compound's head ("village of"). After a count's noun that is no nationality the place is the
 * verb's object ("50 bin kişi kenti terk etti" counts people); after a nationality it is the
 * counted head ("3 Ermeni köyü işgalden kurtarıldı" counts villages). Sentences written for these
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'tr' }).map((f) => `${f.value} ${f.metric} ${f.side ?? '-'}`);

describe('tr: a place in the object’s case after a count’s noun', () => {
  it.each([
    ['50 bin kişi kenti terk etti.', '50000 displaced -'],
    ['Yaklaşık 20 bin sivil şehri terk etti.', '20000 displaced -'],
    ['50 bin kişi köyü terk etti.', '50000 displaced -'],
    ['50 bin kişi bölgeyi terk etti.', '50000 displaced -'],
  ])('counts the people: %s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it.each([
    ['3 Ermeni köyü işgalden kurtarıldı.', '3 villages_captured ARM'],
    ['3 Ermeni kenti işgalden kurtarıldı.', '3 villages_captured ARM'],
    ['5 Ermeni tankı imha edildi.', '5 tanks_destroyed ARM'],
  ])('a nationality before it keeps the compound: %s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
