/**
 * Italian opens a running total with its verb and count and names the toll after them: "Sale a
 * 710 il bilancio dei militari armeni uccisi", "È salito a 31 il numero dei civili morti", "Sono
 * salite a 4 le vittime civili", as "portando a 1.105 il bilancio delle vittime" already was. A
 * "numero dei civili morti" with no word between its group and its loss counts as well. A rise of
 * anything else ("La temperatura sale a 30 gradi") is no figure. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'it' }).map(
    (f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`,
  );

describe('Italian toll named after its raised count', () => {
  it.each([
    ['Sale a 710 il bilancio dei militari armeni uccisi.', ['710 soldiers_killed ARM -']],
    ['È salito a 520 il numero dei soldati azeri morti, secondo Baku.', ['520 soldiers_killed AZ AZ']],
    ['Sale a 31 il numero dei civili morti.', ['31 civilians_killed null -']],
    ['Sono salite a 4 le vittime civili a Ganja.', ['4 civilians_killed AZ -']],
    ['Il bilancio dei militari armeni uccisi sale a 710.', ['710 soldiers_killed ARM -']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['La temperatura sale a 30 gradi.', []],
    ['Il prezzo del pane sale a 5 euro.', []],
  ])('no toll, no figure: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
