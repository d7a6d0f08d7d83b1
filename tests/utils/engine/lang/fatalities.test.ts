/**
 * "Fatalities" counts the dead as "deaths" does, and an army or military that suffered them makes
 * them soldiers ("Azerbaijan's military suffered 2,908 fatalities"), as "1,009 troop deaths" does.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('fatalities and the army that suffered them', () => {
  it.each([
    [
      "Azerbaijan's military suffered 2,908 fatalities, President Aliyev said.",
      '2908 soldiers_killed [2,908 fatalities]',
    ],
    ['The Armenian army suffered 3,500 deaths in six weeks.', '3500 soldiers_killed [3,500 deaths]'],
    ['Armenia reported 50 military fatalities on Monday.', '50 soldiers_killed [50 military fatalities]'],
    ['Baku reported 12 civilian fatalities in Tartar.', '12 civilians_killed [12 civilian fatalities]'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
