/**
 * Turkish and Azerbaijani set an attribution off by commas between the subject and the count:
 * "Azerbaycan ordusu, Bakanlığın açıklamasına göre, 4 tank imha etti", "Ermenistan ordusu,
 * Bakü'ye göre, 140 asker kaybetti". With no party after the aside, the subject before it acts on
 * the count (or lost it). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side ?? '-'}`);

describe('verb-final: the subject before a comma-set attribution', () => {
  it.each([
    ['tr', 'Azerbaycan ordusu, Bakanlığın açıklamasına göre, 4 tank imha etti.', '4 tanks_destroyed ARM'],
    ['tr', "Ermeni güçleri, Erivan'ın açıklamasına göre, 4 tank imha etti.", '4 tanks_destroyed AZ'],
    [
      'az',
      'Ermənistan silahlı qüvvələri, İrəvanın məlumatına görə, 4 tank məhv edib.',
      '4 tanks_destroyed AZ',
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual([expected]);
  });

  it('tr: a party after the aside is still the subject', () => {
    expect(read('tr', 'Ermenistan’a göre, Azerbaycan ordusu 4 tank imha etti.')).toEqual([
      '4 tanks_destroyed ARM',
    ]);
  });
});
