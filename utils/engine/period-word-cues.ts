/**
 * The cues a sentence's time words give (period-words.ts compiles the words): a day or month
 * relative to the article, a weekday, a weekend, this year, a tally's start or end, the first days
 * of a fighting. figure-period.ts weighs them against the dates and eras of the same sentence.
 */
import type { CompiledPack } from './compiled-pack';
import { addDays, weekdayOf } from './period';
import { countIn } from './period-counts';
import type { Cue, CueKind } from './period-dates';
import { startsWord, type WordCue } from './period-words';

/** The weekend up to a day: its Saturday, to its Sunday or the day itself when that comes first. */
function weekendBefore(day: string): string {
  const saturday = addDays(day, -((weekdayOf(day) - 6 + 7) % 7));
  const sunday = addDays(saturday, 1);
  return sunday <= day ? `${saturday}/${sunday}` : saturday;
}

/** The month `offset` months from a day's ("2020-09" for -1 from 2020-10-14). */
function monthFrom(day: string, offset: number): string {
  const date = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1 + offset, 1));
  return date.toISOString().slice(0, 7);
}

/** The period a time word says, against the article's day; null when it cannot be placed. */
function wordPeriod(word: WordCue, published: string | null): string | null {
  if (!published) return null;
  switch (word.kind) {
    case 'relative':
      return addDays(published, word.offset);
    case 'lastDays':
      return word.days <= 1 ? published : `${addDays(published, 1 - word.days)}/${published}`;
    case 'relativeMonth':
      return monthFrom(published, word.offset);
    case 'weekday':
      return addDays(published, -((weekdayOf(published) - word.weekday + 7) % 7));
    case 'weekend':
      return weekendBefore(published);
    case 'thisYear':
      return published.slice(0, 4);
    case 'yearStart':
      return `${published.slice(0, 4)}-01-01`;
    default:
      return null;
  }
}

const WORD_KIND: Record<WordCue['kind'], CueKind> = {
  running: 'running',
  yearStart: 'since',
  relative: 'relative',
  relativeMonth: 'relative',
  lastDays: 'relative',
  fightingStart: 'range',
  fightingEnd: 'since',
  weekday: 'weekday',
  weekend: 'relative',
  thisYear: 'relative',
  unbounded: 'relative',
};

/** A counted phrase's cue with its days read from the match; null when it names no usable count. */
function counted(word: WordCue, match: string, pack: CompiledPack): WordCue | null {
  if ((word.kind !== 'lastDays' && word.kind !== 'fightingStart') || !word.counted) return word;
  const days = countIn(match, pack.periods.dayCounts);
  return days === null ? null : { kind: word.kind, days };
}

/** The cues of a sentence's time words ("yesterday", "on Sunday", "so far", "last month"), added to `cues`. */
export function pushWords(pack: CompiledPack, sentence: string, published: string | null, cues: Cue[]): void {
  const { wordScan, words, wordAt, wordGroups } = pack.periods;
  wordScan.lastIndex = 0;
  for (let m = wordScan.exec(sentence); m !== null; m = wordScan.exec(sentence)) {
    if (!startsWord(sentence, m.index)) {
      wordScan.lastIndex = m.index + 1;
      continue;
    }
    // The scan tries the entries in order: the first entry that matches here is the one it found.
    wordAt.lastIndex = m.index;
    const at = wordAt.exec(sentence);
    const entry = at ? wordGroups.findIndex((group) => at[group] !== undefined) : -1;
    const entryWord = words[entry];
    if (!entryWord) continue;
    // "In the last {n} days": the length is the count the match names.
    const word = counted(entryWord, m[0], pack);
    if (!word) continue;
    // "Since Sunday": a tally from that day; "by Friday" (not "by Friday's shelling"): up to it.
    const before = word.kind === 'weekday' ? sentence.slice(Math.max(0, m.index - 60), m.index) : '';
    // "Cumartesiden bu yana", "երեքշաբթիից ի վեր": a tally from that day, its word after it.
    const after = m.index + m[0].length;
    const since =
      word.kind === 'weekday' &&
      (pack.periods.sinceBefore.test(before) ||
        !!pack.periods.sinceAfter?.test(sentence.slice(after, after + 30)));
    // "By Friday" (not "by Friday's shelling"), "Cumartesi itibarıyla": a tally up to that day.
    const asOf =
      word.kind === 'weekday' &&
      !since &&
      ((pack.periods.asOfBefore.test(before) && !/^['’]s\b/.test(sentence.slice(after))) ||
        !!pack.periods.asOfAfter?.test(sentence.slice(after, after + 30)));
    const period = wordPeriod(word, published);
    cues.push({
      kind: since ? 'since' : asOf ? 'date' : WORD_KIND[word.kind],
      ...(asOf ? { asOf } : {}),
      start: m.index,
      end: m.index + m[0].length,
      // "Since Sunday" in a Sunday article: the Sunday before.
      period: since && period && period === published ? addDays(period, -7) : period,
      ...(word.kind === 'thisYear' ? { startsYear: true } : {}),
      ...(word.kind === 'fightingStart' ? { fightingDays: word.days } : {}),
      ...(word.kind === 'fightingEnd' ? { fightingEnd: true } : {}),
    });
  }
}
