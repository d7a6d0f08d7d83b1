/**
 * German writes a day with a full stop ("am 27. September"): that stop ends no sentence, so the
 * speaker and the attacker of the words before it stay with the count after it. Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../utils/engine/sentences';
import { claimantBriefs, figure } from './briefs';

const read = claimantBriefs('de');

describe('German: the full stop of a day before its month', () => {
  it('keeps one sentence across "27. September": the attacker before the day places the count after it', () => {
    expect(
      read('Bei aserbaidschanischem Beschuss sind seit dem 27. September 19 Zivilisten getötet worden.'),
    ).toEqual([figure(19, 'exact', 'civilians_killed', 'ARM')]);
  });

  it('still ends a sentence at a count before a word that is no month', () => {
    const text = 'Die Zahl der Toten stieg auf 20. Die Regierung schwieg.';
    const months = /\s+(?:september)(?![\p{L}])/iuy;
    expect(splitSentences(text, new Set(), months)).toHaveLength(2);
    expect(splitSentences('Am 27. September begann es.', new Set(), months)).toHaveLength(1);
  });
});
