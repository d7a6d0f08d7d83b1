/**
 * People counted in one sentence after destroyed equipment, with no civilian named, are an
 * army's losses: soldiers (sentences written for these tests). A sentence that names civilians
 * keeps them civilians.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const metrics = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('people after destroyed equipment', () => {
  it.each([
    [
      'en',
      'Azerbaijan’s defence ministry said 14 Armenian tanks and 6 howitzers were destroyed and more than 300 people were killed.',
      ['14 tanks_destroyed ARM', '6 artillery_destroyed ARM', '300 soldiers_killed ARM'],
    ],
    [
      'tr',
      'Azerbaycan Savunma Bakanlığına göre 12 düşman tankı ve 4 top imha edildi, 200 kişi öldü.',
      ['12 tanks_destroyed ARM', '4 artillery_destroyed ARM', '200 soldiers_killed ARM'],
    ],
    [
      'ru',
      'По данным Минобороны Азербайджана, уничтожены 12 армянских танков, погибли более 200 человек.',
      ['12 tanks_destroyed ARM', '200 soldiers_killed ARM'],
    ],
  ])('%s: the people are soldiers', (lang, text, expected) => {
    expect(metrics(lang, text)).toEqual(expected);
  });

  it('keeps people civilians where the sentence names civilians', () => {
    const text = 'Two drones were shot down, and 5 people, including 2 children, were killed in Martuni.';
    expect(extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric}`)).toEqual([
      '2 drones_downed',
      '5 civilians_killed',
      '2 civilians_killed',
    ]);
  });
});
