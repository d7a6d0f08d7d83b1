/**
 * Wire copy abbreviates months ("since Sept. 27", "Oct. 5"): the full stop ends no sentence inside a
 * toll's phrase, and a count after "Sept. 27 to" that no day can be is a count, not a day range.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';
import { findNumbers } from '../../../../utils/engine/number/numbers';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} ${f.side} [${f.text}]`);

describe('a toll across an abbreviated month', () => {
  it('reads the toll that rose since an abbreviated day', () => {
    expect(
      read('The number of Azerbaijani civilians killed since Oct. 4 has risen to 57, Baku said.'),
    ).toEqual(['57 civilians_killed AZ [57]']);
  });

  it('reads the count a toll is brought to after an abbreviated day', () => {
    expect(
      read('It brings the number of Armenian soldiers killed since Sept. 27 to 312, officials said.'),
    ).toEqual(['312 soldiers_killed ARM [312]']);
  });

  it('still reads a range of days as days', () => {
    expect(findNumbers('from Sept. 27 to 30', { implicit: true })).toEqual([]);
    expect(findNumbers('between Oct. 4 and 8', { implicit: true })).toEqual([]);
  });
});
