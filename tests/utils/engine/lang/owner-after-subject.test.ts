/**
 * "Azerbaycan ordusu Ermenistan'a ait 5 İHA'yı vurdu", "Azərbaycan Ordusu düşmənə məxsus 5 tankı
 * məhv edib": in a verb-final clause the owner named right before "ait"/"məxsus" owns the count,
 * not the clause's subject before it. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const sides = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('the owner before "ait"/"məxsus", after the subject', () => {
  it.each([
    ['tr', "Azerbaycan ordusu Ermenistan'a ait beş insansız hava aracını vurdu.", ['5 drones_downed ARM']],
    ['tr', 'Ermeni güçleri Azerbaycan ordusuna ait üç tankı imha etti.', ['3 tanks_destroyed AZ']],
    ['az', 'Azərbaycan Ordusu düşmənə məxsus beş tankı məhv edib.', ['5 tanks_destroyed ARM']],
    [
      'az',
      'Azərbaycan Ordusu Ermənistana məxsus iki zirehli texnikanı məhv edib.',
      ['2 armoured_vehicles_destroyed ARM'],
    ],
    [
      'az',
      'Ermənistan silahlı qüvvələri Azərbaycan ordusuna məxsus dörd tankı məhv edib.',
      ['4 tanks_destroyed AZ'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(sides(lang, text)).toEqual(expected);
  });
});
