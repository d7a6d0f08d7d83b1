/**
 * Italian news puts the count first and its subject after it, with an article: "Sono almeno 40 i
 * civili uccisi", "Salgono a 31 i morti"; and the loss as a noun before a copula: "i feriti sono
 * 208". Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

const read = claimantBriefs('it');

describe('Italian: a count before its subject', () => {
  it.each([
    [
      "Sono almeno 37 i civili azeri uccisi dall'inizio dei combattimenti, secondo Baku.",
      figure(37, 'at_least', 'civilians_killed', 'AZ', 'az_gov'),
    ],
    [
      'Salgono a 212 i soldati armeni caduti, secondo le autorità separatiste.',
      figure(212, 'exact', 'soldiers_killed', 'ARM', 'nk_authorities'),
    ],
    ['Secondo Baku, i feriti sono 164.', figure(164, 'exact', 'civilians_injured', 'AZ', 'az_gov')],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('skips no article after a count that no copula leads', () => {
    expect(read('Nel villaggio 12 i soldati hanno visto.')).toEqual([]);
  });
});
