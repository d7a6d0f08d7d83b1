/**
 * A war's fact box lists its casualties one label a line: "Wounded: 8,000" beside "Dead: 3,000"
 * counts the war's wounded combatants, no side's, and "Displaced: 91,000" its displaced. Outside a
 * line of its own a wounded label keeps its group, and "displaced" before "to" labels no toll.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe("a fact box's wounded and displaced lines", () => {
  it('reads each line of a war summary', () => {
    expect(read('The mountain war in numbers\nDead: 3,000\nWounded: 8,000\nDisplaced: 91,000')).toEqual([
      '3000 deaths null',
      '8000 soldiers_wounded null',
      '91000 displaced null',
    ]);
  });

  it.each([
    ['• Wounded: about 12,500 (estimates)', '12500 soldiers_wounded null'],
    ['Injured: 7,000 or 9,000', '7000 soldiers_wounded null'],
    ['Refugees: 400,000', '400000 displaced null'],
  ])('%s', (text, expected) => {
    expect(read(text)[0]).toEqual(expected);
  });

  it('keeps the group of a wounded label inside a report', () => {
    expect(read('Shelling of a town on Monday. Killed: 3; wounded: 14.')).toEqual([
      '3 civilians_killed null',
      '14 civilians_injured null',
    ]);
  });

  it('reads no toll in people displaced or refugees moved to a place', () => {
    expect(read('Families displaced by the war were sent to 12 hotels in the capital.')).toEqual([]);
    expect(read('The refugees were moved to 3 camps near the border after the shelling.')).toEqual([]);
  });
});
