/**
 * French tolls after a side at the head of the clause ("Côté arménien, le bilan des soldats tués
 * s'élève à …", "Côté arménien, les morts sont 40 soldats"), and tolls naming their group ("le nombre
 * de civils tués est passé à 65"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'fr' }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('a French toll after a side head', () => {
  it.each([
    ["Côté arménien, le bilan des soldats tués s'élève à 715.", '715 soldiers_killed ARM'],
    ['Côté azerbaïdjanais, les morts sont 38 soldats.', '38 soldiers_killed AZ'],
    ['Le nombre de civils tués est passé à 64.', '64 civilians_killed null'],
    ['Côté arménien, le nombre de civils tués a atteint 52.', '52 civilians_killed ARM'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
