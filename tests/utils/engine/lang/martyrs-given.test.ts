/**
 * "Azerbaycan savaşta 2 bin 908 şehit verdi", "Ermənistan 3800 şəhid verib": a country that "gave"
 * martyrs lost them; its soldiers' deaths are its own side's, as after "kaybetti"/"itirib".
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const sides = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('martyrs given', () => {
  it.each([
    ['tr', 'Azerbaycan savaşta 2 bin 908 şehit verdi.', ['2908 soldiers_killed AZ']],
    ['tr', 'Ermenistan çatışmalarda 3 bin 800 şehit vermişti.', ['3800 soldiers_killed ARM']],
    ['az', 'Azərbaycan 44 günlük müharibədə 2908 şəhid verib.', ['2908 soldiers_killed AZ']],
  ])('%s: %s', (lang, text, expected) => {
    expect(sides(lang, text)).toEqual(expected);
  });
});
