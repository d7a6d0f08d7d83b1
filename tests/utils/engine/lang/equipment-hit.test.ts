/**
 * "Hit" destroys armour and guns as it downs aircraft: "… and hit 6 armoured personnel carriers",
 * "artillery hit 4 Armenian tanks". Buildings hit count nothing. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('equipment hit', () => {
  it.each([
    ['Baku said its gunners hit 5 Armenian tanks near Jabrayil.', '5 tanks_destroyed ARM'],
    [
      'Yerevan said its units downed 3 drones and hit 8 Azerbaijani armoured vehicles.',
      '8 armoured_vehicles_destroyed AZ',
    ],
    ['Karabakh forces hit 2 Azerbaijani howitzers overnight, Stepanakert said.', '2 artillery_destroyed AZ'],
  ])('%s', (text, figure) => {
    expect(read(text)).toContain(figure);
  });

  it('counts no buildings', () => {
    expect(read('Rockets hit 4 apartment blocks in Ganja overnight.')).toEqual([]);
  });
});
