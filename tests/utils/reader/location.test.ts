import { describe, expect, it } from 'vitest';
import { readerPath } from '../../../utils/overlay/links';
import { parseReaderQuery, readerClaimPath } from '../../../utils/reader/location';

describe('the reader page address', () => {
  it('round-trips a claim, whatever characters its ids hold', () => {
    const path = readerClaimPath('002_7fa.txt', '002_7fa.txt#helicopters_downed@523 & more');
    expect(path.startsWith('reader.html?')).toBe(true);
    expect(parseReaderQuery(path.slice(path.indexOf('?')))).toEqual({
      sourceId: '002_7fa.txt',
      claimId: '002_7fa.txt#helicopters_downed@523 & more',
      start: null,
      end: null,
    });
  });

  it('reads the offsets of readerPath', () => {
    const path = readerPath('doc-1', 120, 148);
    expect(parseReaderQuery(path.slice(path.indexOf('?')))).toEqual({
      sourceId: 'doc-1',
      claimId: null,
      start: 120,
      end: 148,
    });
  });

  it('ignores what does not make sense', () => {
    expect(parseReaderQuery('?claim=x')).toBeNull();
    expect(parseReaderQuery(`?source=${'x'.repeat(301)}`)).toBeNull();
    expect(parseReaderQuery('?source=a&start=30&end=10')).toMatchObject({ start: null, end: null });
    expect(parseReaderQuery('?source=a&start=-1&end=10')).toMatchObject({ start: null, end: null });
    expect(parseReaderQuery('?source=a&start=1e3&end=2e3')).toMatchObject({ start: null, end: null });
  });
});
