/**
 * Turkish and Azerbaijani subjects often stand before a comma ("Azerbaycan ordusu, Cebrail bölgesinde
 * 9 köyü işgalden kurtardı"): an active loss verb's agent is then the clause's first party, so the
 * count is the other side's. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('a verb-final agent before a comma', () => {
  it.each([
    ['tr', 'Azerbaycan ordusu, Cebrail bölgesinde 6 köyü işgalden kurtardı.', '6 villages_captured ARM'],
    ['tr', 'Azerbaycan ordusu, çatışmalarda 7 tankı imha etti.', '7 tanks_destroyed ARM'],
    ['az', 'Azərbaycan Ordusu, Füzuli rayonunda 8 kəndi işğaldan azad edib.', '8 villages_captured ARM'],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual([expected]);
  });
});
