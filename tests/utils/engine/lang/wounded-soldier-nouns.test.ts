/**
 * The soldier nouns a count of dead uses count the wounded too: "200 hommes … blessés", "2 члена
 * экипажа ранены", "5 savaşçı yaralandı". Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const metrics = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric}`);

describe('soldier nouns of the wounded', () => {
  it.each([
    ['fr', 'Selon Bakou, 90 hommes ont été blessés.', '90 soldiers_wounded'],
    ['it', 'Secondo Baku, 90 uomini sono rimasti feriti.', '90 soldiers_wounded'],
    ['de', 'Nach Angaben aus Baku wurden 90 Mann verwundet.', '90 soldiers_wounded'],
    ['ru', 'Ранены 2 члена экипажа.', '2 soldiers_wounded'],
    ['tr', 'Çatışmalarda 5 savaşçı yaralandı.', '5 soldiers_wounded'],
    ['az', 'Döyüşlərdə 5 könüllü yaralanıb.', '5 soldiers_wounded'],
    ['hy', 'Վիրավորվել է 5 ազատամարտիկ։', '5 soldiers_wounded'],
  ])('%s: %s', (lang, text, expected) => {
    expect(metrics(lang, text)).toEqual([expected]);
  });
});
