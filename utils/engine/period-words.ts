/**
 * A language's words for time, compiled once: month names with their inflections, weekdays, days
 * relative to the article ("yesterday"), running-total words ("so far"), and the words that make a
 * date the start ("since") or the end ("as of") of a tally. The words are data in
 * assets/lang/<code>.json (`periods`); this module only turns them into one scan per sentence.
 */
import english from '../../assets/lang/en.json';
import { compileDayCounts, countedSources, type DayCounts } from './period-counts';
import type { PeriodLexicon } from './period-lexicon';
import { captureCount } from './regex-source';
import { trieAlternation } from './regex-trie';

export const ENGLISH_PERIODS = english.periods as PeriodLexicon;

/** What a group of the word scan means. */
export type WordCue =
  | { kind: 'running' }
  | { kind: 'yearStart' }
  | { kind: 'thisYear' }
  | { kind: 'weekend' }
  | { kind: 'unbounded' }
  | { kind: 'relative'; offset: number }
  | { kind: 'relativeMonth'; offset: number }
  | { kind: 'fightingStart'; days: number; counted?: true }
  | { kind: 'lastDays'; days: number; counted?: true }
  | { kind: 'fightingEnd' }
  | { kind: 'weekday'; weekday: number };

export interface CompiledPeriodWords {
  /** Cheap first test of a sentence: any month name. */
  anyMonth: RegExp;
  /**
   * Sticky after the full stop of a day ("am 27. September"), where days take one: a month name
   * after it, so the stop ends no sentence; null where days take no full stop.
   */
  monthAfterDayStopY: RegExp | null;
  /**
   * Global: every weekday, relative and running word in one scan, the entries of `words` in order
   * (each longest first), its branches written as a trie across entries (regex-trie.ts: half the
   * instructions of branches grouped by first letter only where neighbours): a capture group per
   * entry would make V8 try every entry at every position.
   */
  wordScan: RegExp;
  words: WordCue[];
  /**
   * Sticky, a capture group per entry of `words` (entry k fills group wordGroups[k]): the entry of a
   * wordScan match is the first that matches at it, as the regex tries them in order. One regex, not
   * one per entry: each compiled its own word boundary (three Unicode classes), a tenth of an
   * English page's first read.
   */
  wordAt: RegExp;
  wordGroups: number[];
  /**
   * The date scans below have no start boundary: one led by a look-behind is tried at every
   * position (4% of an English pass); their callers take only matches that start a word
   * (period-dates.ts `nextAtWord`).
   * Global: a date, day first (groups: day, month words, year) or month first (month, day, year).
   */
  dayFirst: RegExp;
  monthFirst: RegExp;
  /** Global: "2 to 5 April" (groups: first day, last day, month words, year). */
  range: RegExp;
  /** Global: "July 12-14" (groups: month words, first day, last day, year). */
  monthRange: RegExp;
  /** Global: a month without a day, "in April (2016)" or "Nisan ayında" (groups: month words, year). */
  monthOnly: RegExp[];
  /** Sticky at the text between two dates: they bound a span ("27 September to 7 December"). */
  rangeGap: RegExp;
  /** At the end of a month word: its case says "in", so a number after it is no day ("Eylül'de 14"). */
  monthCase: RegExp | null;
  /** At the end of a date: it starts a span by itself ("sentyabrın 27-dən"). */
  rangeFrom: RegExp;
  /** At the end of the text before a date: the year it has (group 1). */
  yearBefore: RegExp | null;
  /** An article looking back at a past event. */
  retrospective: RegExp | null;
  months: RegExp[];
  /** Slashed numeric dates may put the month first (PeriodLexicon.slashMonthFirst). */
  slashMonthFirst: boolean;
  /** Sticky tests at the text just before / after a date. */
  sinceBefore: RegExp;
  sinceAfter: RegExp | null;
  asOfBefore: RegExp;
  /** Tests at the text just after a date, and at the date's own end: a tally ends on it. */
  asOfAfter: RegExp | null;
  asOfEnd: RegExp | null;
  /** The counts of counted phrases ("the last {n} days"): the days a match names. */
  dayCounts: DayCounts;
}

/** A pattern a language does without (PeriodLexicon.monthFirst): global, as the others, matching nothing. */
const NEVER = /(?!)/gu;

const START = '(?<![\\p{L}\\p{M}\\p{N}_])';
/**
 * Before the word scan, whose caller takes only matches that start a word (startsWord): no ASCII
 * word character before. V8 then tries the scan's words at few places inside words, at the cost
 * of one plain range test (a Unicode look-behind costs a table search). The word scan −23%; the
 * month and date scans measured no gain from it and go without.
 */
const NOT_AFTER_ASCII = '(?<![A-Za-z0-9_])';
const END = '(?![\\p{L}\\p{M}\\p{N}_])';

function alternation(list: string[]): string {
  return list.length === 0 ? '(?!)' : [...list].sort((a, b) => b.length - a.length).join('|');
}

const longestFirst = (list: string[]) => [...list].sort((a, b) => b.length - a.length);

/** The same words as alternation(list), as a trie of their leading letters (regex-trie.ts). */
function anyOf(list: string[]): string {
  return list.length === 0 ? '(?!)' : trieAlternation(longestFirst(list), true);
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

/** Whether a match at `at` starts a word (the pattern itself does not look behind). */
export function startsWord(text: string, at: number): boolean {
  return at === 0 || !WORD_CHAR.test(text[at - 1] ?? '');
}

/** The capture group number of each entry's group when the sources are joined as `(a)|(b)|…`. */
function entryGroups(sources: string[]): number[] {
  let group = 1;
  return sources.map((source) => {
    const own = group;
    group += 1 + captureCount(source);
    return own;
  });
}

/**
 * `countWords` are the language's number words (word → value): counted phrases ("the last five
 * days") read their length with them.
 */
export function compilePeriodWords(
  lex: PeriodLexicon,
  countWords: Iterable<[string, number]> = [],
): CompiledPeriodWords {
  const dayCounts = compileDayCounts(countWords);
  const month = `(${anyOf(lex.months.flat())})`;
  const day = `(\\d{1,2})(?:${lex.daySuffix})`;
  // A plausible year, not a four-digit figure after a date ("au 10 novembre, 2783 soldats").
  const year = '(?:,?\\s+((?:19|20)\\d{2})(?!\\d))?';
  const join = alternation(lex.rangeJoin);
  const monthFirstJoin = alternation(lex.monthFirstJoin ?? []);
  // Longer phrases first: a tally ("dünden beri") before a day ("dün").
  const groups: { cue: WordCue; list: string[] }[] = [
    { cue: { kind: 'yearStart' as const }, list: lex.sinceYearStart ?? [] },
    { cue: { kind: 'fightingEnd' as const }, list: lex.sinceFightingEnd ?? [] },
    { cue: { kind: 'running' as const }, list: lex.running },
    { cue: { kind: 'relative' as const, offset: 0 }, list: lex.increase ?? [] },
    { cue: { kind: 'unbounded' as const }, list: lex.unbounded ?? [] },
    { cue: { kind: 'weekend' as const }, list: lex.weekend ?? [] },
    { cue: { kind: 'thisYear' as const }, list: lex.thisYear ?? [] },
    {
      cue: { kind: 'fightingStart' as const, days: 0, counted: true as const },
      list: countedSources(lex.fightingStartCounted, dayCounts),
    },
    {
      cue: { kind: 'lastDays' as const, days: 0, counted: true as const },
      list: countedSources(lex.lastDaysCounted, dayCounts),
    },
    ...Object.entries(lex.fightingStart ?? {}).map(([days, list]) => ({
      cue: { kind: 'fightingStart' as const, days: Number(days) },
      list,
    })),
    ...Object.entries(lex.lastDays ?? {}).map(([days, list]) => ({
      cue: { kind: 'lastDays' as const, days: Number(days) },
      list,
    })),
    ...Object.entries(lex.relativeMonths ?? {}).map(([offset, list]) => ({
      cue: { kind: 'relativeMonth' as const, offset: Number(offset) },
      list,
    })),
    ...Object.entries(lex.relativeDays).map(([offset, list]) => ({
      cue: { kind: 'relative' as const, offset: Number(offset) },
      list,
    })),
    ...lex.weekdays.map((list, weekday) => ({ cue: { kind: 'weekday' as const, weekday }, list })),
  ].filter((g) => g.list.length > 0);
  const scanned = groups.flatMap((g) => longestFirst(g.list));
  return {
    // No lookbehind first: a regex that starts with its words is scanned much faster; the
    // caller checks the start boundary (startsWord).
    anyMonth: new RegExp(`(?:${anyOf(lex.months.flat())})${END}`, 'giu'),
    monthAfterDayStopY: lex.daySuffix.includes('\\.')
      ? new RegExp(`\\s+(?:${anyOf(lex.months.flat())})${END}`, 'iyu')
      : null,
    wordScan: new RegExp(
      `${NOT_AFTER_ASCII}(?:${groups.length === 0 ? '(?!)' : trieAlternation(scanned, true)})${END}`,
      'giu',
    ),
    words: groups.map((g) => g.cue),
    wordAt: new RegExp(`(?:${groups.map((g) => `(${anyOf(g.list)})`).join('|') || '(?!)'})${END}`, 'iuy'),
    wordGroups: entryGroups(groups.map((g) => anyOf(g.list))),
    dayFirst: new RegExp(`${day}\\s*${month}${END}${year}`, 'giu'),
    monthFirst: lex.monthFirst === false ? NEVER : new RegExp(`${month}\\s+${day}${END}${year}`, 'giu'),
    range: new RegExp(
      `(\\d{1,2})(?:${lex.daySuffix})\\s*(?:${join})\\s*${day}\\s*${month}${END}${year}`,
      'giu',
    ),
    monthRange:
      lex.monthFirst === false
        ? NEVER
        : new RegExp(
            `${month}\\s+(\\d{1,2})(?:${lex.daySuffix})\\s*(?:${monthFirstJoin})\\s*${day}${END}${year}`,
            'giu',
          ),
    monthOnly: [
      ...(lex.monthBefore?.length
        ? [new RegExp(`(?:${alternation(lex.monthBefore)})\\s+${month}${END}${year}`, 'giu')]
        : []),
      ...(lex.monthAfter?.length
        ? [new RegExp(`${month}\\s+(?:${alternation(lex.monthAfter)})${END}${year}`, 'giu')]
        : []),
      ...(lex.monthCase?.length
        ? [new RegExp(`${month}(?<=${alternation(lex.monthCase)})${END}`, 'giu')]
        : []),
    ],
    rangeGap: new RegExp(`^,?\\s*(?:${join})\\s*$`, 'iu'),
    monthCase: lex.monthCase?.length ? new RegExp(`(?:${alternation(lex.monthCase)})$`, 'iu') : null,
    rangeFrom: new RegExp(`(?:${alternation(lex.rangeFrom ?? [])})$`, 'iu'),
    yearBefore: lex.yearBefore?.length
      ? new RegExp(`${START}((?:19|20)\\d{2})(?:${alternation(lex.yearBefore)})\\s*$`, 'iu')
      : null,
    retrospective: lex.retrospective?.length
      ? new RegExp(`${START}(?:${alternation(lex.retrospective)})${END}`, 'iu')
      : null,
    months: lex.months.map((list) => new RegExp(`^(?:${alternation(list)})$`, 'iu')),
    slashMonthFirst: lex.slashMonthFirst === true,
    sinceBefore: new RegExp(`${START}(?:${alternation(lex.sinceBefore)})\\s*$`, 'iu'),
    sinceAfter: lex.sinceAfter?.length ? new RegExp(`^(?:${alternation(lex.sinceAfter)})`, 'iu') : null,
    asOfBefore: new RegExp(`${START}(?:${alternation(lex.asOfBefore)})\\s*$`, 'iu'),
    asOfAfter: lex.asOfAfter?.length ? new RegExp(`^(?:${alternation(lex.asOfAfter)})${END}`, 'iu') : null,
    asOfEnd: lex.asOfEnd?.length ? new RegExp(`(?:${alternation(lex.asOfEnd)})$`, 'iu') : null,
    dayCounts,
  };
}
