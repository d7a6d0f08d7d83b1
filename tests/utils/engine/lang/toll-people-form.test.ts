/**
 * Turkish and Azerbaijani tolls give their count in people ("Şəhidlərin sayı 2 min 908 nəfərə
 * çatıb", "Şehit asker sayısı 2 bin 908 kişiye yükseldi"): the people are the toll's group, as
 * Russian "2 783 человека" is (tolls.defaultForms), not civilians by the word "nəfər". A toll of
 * civilians stays civilians. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric}`);

describe('a toll counted in people', () => {
  it.each([
    ['az', 'Şəhidlərin sayı 2 min 911 nəfərə çatıb.', '2911 soldiers_killed'],
    ['az', 'Şəhid hərbçilərin sayı 2 min 911 nəfərə çatıb.', '2911 soldiers_killed'],
    ['tr', 'Şehit asker sayısı 2 bin 911 kişiye yükseldi.', '2911 soldiers_killed'],
    ['az', 'Həlak olan dinc sakinlərin sayı 95 nəfərə çatıb.', '95 civilians_killed'],
    ['tr', 'Hayatını kaybeden sivil sayısı 95 kişiye yükseldi.', '95 civilians_killed'],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual([expected]);
  });
});
