import { describe, expect, it } from 'vitest';
import { compilePeriodWords, ENGLISH_PERIODS, startsWord } from '../../../utils/engine/period-words';

const PREFIX = '(?<![A-Za-z0-9_])';

/** The matches a caller keeps: those that start a word (period-dates.ts nextAtWord, pushWords). */
function atWords(pattern: RegExp, text: string): string[] {
  const out: string[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (startsWord(text, m.index)) out.push(`${m.index}:${m[0]}`);
    else pattern.lastIndex = m.index + 1;
  }
  return out;
}

describe('the period word scan', () => {
  const periods = compilePeriodWords(ENGLISH_PERIODS);
  const scans = [periods.wordScan];
  const text =
    'Xyesterday, éyesterday and yesterday; on 27 September 2020, x27 September, 2 to 5 April, é2 to 5 ' +
    'April, since Sunday, ſunday, so far this year, alsoso far, September 12, KSeptember 12, ' +
    '_today today9 today.';

  it('skips places right after an ASCII word character before trying its words', () => {
    for (const scan of scans) expect(scan.source.startsWith(PREFIX)).toBe(true);
  });

  it('keeps every match that starts a word, as the scan without the skip', () => {
    for (const scan of scans) {
      const plain = new RegExp(scan.source.slice(PREFIX.length), scan.flags);
      expect(atWords(scan, text)).toEqual(atWords(plain, text));
    }
    expect(atWords(periods.wordScan, text).length).toBeGreaterThan(4);
  });
});
