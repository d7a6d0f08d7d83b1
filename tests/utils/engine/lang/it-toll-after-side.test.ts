/**
 * Italian tolls after a side at the head of the clause ("Da parte armena, i morti sono …", "Da parte
 * azera i civili uccisi sono 14", "… i militari morti sono saliti a 84"): the side owns the toll, the
 * toll names its group, and "da parte" there is no attacker. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'it' }).map(
    (f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`,
  );

describe('an Italian toll after a side head', () => {
  it.each([
    ['Da parte armena, i morti sono 23 soldati.', '23 soldiers_killed ARM -'],
    ['Da parte azera, i civili uccisi sono 11.', '11 civilians_killed AZ -'],
    ['Da parte armena, i militari morti sono saliti a 86.', '86 soldiers_killed ARM -'],
    ['Da parte armena i soldati uccisi sono almeno 35.', '35 soldiers_killed ARM -'],
    ['Da parte azera, il bilancio dei militari uccisi è salito a 62.', '62 soldiers_killed AZ -'],
    ['Da parte armena i feriti sono 45.', '45 civilians_injured ARM -'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('keeps "attacchi da parte azera" the attacker', () => {
    expect(read('Gli attacchi da parte azera hanno ucciso 9 civili.')).toEqual(['9 civilians_killed ARM -']);
  });
});
