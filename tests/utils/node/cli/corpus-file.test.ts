/** The publication date a corpus file's `date:` header gives: a day when it names one, else its month. */
import { describe, expect, it } from 'vitest';
import { publishedDay } from '../../../../utils/node/cli/corpus-file';

describe('publishedDay', () => {
  it('reads an ISO day or a full English date', () => {
    expect(publishedDay('2020-10-08 (from URL)')).toBe('2020-10-08');
    expect(publishedDay('(27 Sep 2020)')).toBe('2020-09-27');
  });

  it('reads a month without a day as that month, never as a day', () => {
    expect(publishedDay('2020-09')).toBe('2020-09');
    expect(publishedDay('(Apr 2016; made-up note on the text)')).toBe('2016-04');
    expect(publishedDay('(Oct 2020)')).toBe('2020-10');
  });

  it('gives nothing for a year alone or no date', () => {
    expect(publishedDay('2020')).toBeNull();
    expect(publishedDay('not given')).toBeNull();
    expect(publishedDay(undefined)).toBeNull();
  });
});
