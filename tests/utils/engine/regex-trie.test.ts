import { describe, expect, it } from 'vitest';
import { compilePeriodWords, ENGLISH_PERIODS } from '../../../utils/engine/period-words';
import { branches } from '../../../utils/engine/regex-first';
import { trieAlternation } from '../../../utils/engine/regex-trie';

/** The match (text and groups) of a source at every position of a text, sticky. */
function everyMatch(source: string, flags: string, text: string): string[] {
  const regex = new RegExp(`(?:${source})`, `${flags}y`);
  const out: string[] = [];
  for (let at = 0; at <= text.length; at++) {
    regex.lastIndex = at;
    const m = regex.exec(text);
    out.push(m ? `${at}:${m.slice(0).join('/')}` : `${at}:-`);
  }
  return out;
}

describe('trieAlternation', () => {
  it('writes branches as a trie of their leading characters', () => {
    expect(trieAlternation(['so far', 'since', 'today', 'to date'], true)).toBe(
      's(?:o far|ince)|to(?:day| date)',
    );
    expect(trieAlternation(['so far this year', 'so far'], true)).toBe('so far(?: this year|)');
  });

  it('spells out a leading group so its branches join the others', () => {
    expect(trieAlternation(['(?:in|over) the past', 'over time'], true)).toBe(
      'in the past|over t(?:he past|ime)',
    );
  });

  it('moves no branch past one that might start as it does', () => {
    expect(trieAlternation(['ab', '\\d+', 'ac'], true)).toBe('ab|\\d+|ac');
    expect(trieAlternation(['ab', 'a?c', 'ad'], true)).toBe('ab|a?c|ad');
    expect(trieAlternation(['sa', 'ſb', 'sc'], true)).toBe('sa|ſb|sc');
    // Groups keep their numbers: a branch that captures stays, and no branch passes it.
    expect(trieAlternation(['a(b)', 'c', 'a(d)', 'ae'], true)).toBe('a(b)|c|a(d)|ae');
  });

  it('keeps case apart without the i flag and folds it with', () => {
    expect(trieAlternation(['Ab', 'ac'], false)).toBe('Ab|ac');
    expect(trieAlternation(['Ab', 'ac'], true)).toBe('a(?:b|c)');
  });

  // The engine's scans are Unicode ('u'); without it V8 itself folds "ſ" unlike the standard.
  it('matches as the plain alternation at every position, with case folded or not', () => {
    const lists = [
      ['since the start of', 'since', 'so far', 'so far this year', 'sunday', 'ſo', 'to date', 'to'],
      [
        '(?:in|over|during) the (?:past|last) \\d+ days',
        'in total',
        'over',
        'in',
        'the day before',
        'the day',
      ],
      ['a(?:b|c)?d', 'ab', 'abd', '\\w+x', 'abx', 'Über', 'über alles', 'ÜBER'],
      ['x(\\d)', 'xy', 'x(\\d)(\\d)', 'xz', '(?:p|q)(?<=ap|bq)r', 'pr'],
    ];
    const text =
      'Since the start of since so far this year, so far; SUNDAY ſo to date tO. In the past 12 days in ' +
      'total over in the day before yesterday; abd abx ad ab ÜBER alles über alles Über x12 x1 xy xz apr bqr pr';
    for (const list of lists)
      for (const [flags, ignoreCase] of [
        ['iu', true],
        ['u', false],
        ['', false],
      ] as const)
        expect(everyMatch(trieAlternation(list, ignoreCase), flags, text)).toEqual(
          everyMatch(list.join('|'), flags, text),
        );
  });

  it('tries one branch per first letter in the period word scan', () => {
    const scan = compilePeriodWords(ENGLISH_PERIODS).wordScan.source;
    const inner = scan.slice(scan.indexOf('(?:') + 3, scan.lastIndexOf(')(?!'));
    const firsts = new Set(branches(inner).map((b) => b[0]?.toLowerCase()));
    expect(branches(inner).length).toBe(firsts.size);
  });
});
