/**
 * "Azerbaijani artillery hit two Armenian tanks", "the army struck four S-300 systems": "hit" and
 * "struck" destroy the tanks, air-defence systems and artillery they take as object before the
 * count. A weapon that hits ("two Grad launchers hit the town") is no loss, nor is a city, a house
 * or a generic vehicle hit, nor a tank "hit by a shell" in a caption (damaged, not said destroyed).
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map(
    (f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`,
  );

describe('"hit"/"struck" with a count of equipment as object', () => {
  it.each([
    [
      'Azerbaijani artillery hit five Armenian tanks near Aghdam, the ministry in Baku said.',
      ['5 tanks_destroyed ARM AZ'],
    ],
    ['Azerbaijan said it struck two Armenian S-300 air defence systems.', ['2 air_defense_destroyed ARM AZ']],
    [
      'The Armenian defence ministry said its forces hit 3 Azerbaijani howitzers.',
      ['3 artillery_destroyed AZ ARM'],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    'Two Grad rockets hit Stepanakert overnight, officials said.',
    'An Azerbaijani tank was hit by a shell, footage from Yerevan showed.',
    'Two rocket launchers hit Ganja on Sunday night, the Azerbaijani prosecutor said.',
    'Armenian forces fired from two howitzers that hit Barda, Baku said.',
    'Armenian artillery hit two houses in Tartar, the prosecutor said.',
    'A shell hit a vehicle carrying three journalists near Martuni.',
    'Azerbaijani drones hit targets in Stepanakert, local officials said.',
  ])('no figure: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
