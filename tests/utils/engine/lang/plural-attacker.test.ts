/**
 * Turkish and Azerbaijani name the attacker of a civilian toll with a plural or an apostrophe
 * ("Ermeni saldırılarında", "Ermenistan'ın saldırıları", "Ermənistanın hücumları nəticəsində"):
 * the dead are the other side's. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const sides = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('a plural attacker before a civilian toll', () => {
  it.each([
    ['tr', "Ermeni saldırılarında hayatını kaybeden sivil sayısı 47'ye yükseldi."],
    ['tr', "Ermenistan'ın saldırıları sonucu ölen sivil sayısı 47'ye yükseldi."],
    ['az', 'Ermənistanın hücumları nəticəsində həlak olan mülki şəxslərin sayı 47-yə çatıb.'],
  ])('%s: %s', (lang, text) => {
    expect(sides(lang, text)).toEqual(['47 civilians_killed AZ']);
  });
});
