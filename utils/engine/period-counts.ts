/**
 * Spans whose length the text counts: "in the last ten days", "за последние 5 дней", "in the first
 * three days of the war". A language's counted phrases carry the placeholder `{n}` where the count
 * stands (digits or a number word of the language); the phrase's cue gets the count read from the
 * match, so one phrase serves every length instead of one list per number.
 */

/** The longest span a counted phrase may name, in days: longer ones are not day counts. */
const MAX_DAYS = 60;

export interface DayCounts {
  /** The regex source that replaces `{n}`: digits or a number word (no capture group). */
  source: string;
  /** Whole-token test: a count, digits or word (anchored, case-insensitive). */
  token: RegExp;
  words: ReadonlyMap<string, number>;
}

function escapedWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiles a language's number words (word → value) for counted phrases; only small counts are kept. */
export function compileDayCounts(words: Iterable<[string, number]>): DayCounts {
  const kept = new Map<string, number>();
  for (const [word, value] of words) {
    if (value >= 1 && value <= MAX_DAYS && /^\p{L}+$/u.test(word)) kept.set(word.toLowerCase(), value);
  }
  const alternatives = [...kept.keys()].sort((a, b) => b.length - a.length).map(escapedWord);
  const source = `(?:\\d{1,2}${alternatives.map((w) => `|${w}`).join('')})`;
  return { source, token: new RegExp(`^${source}$`, 'iu'), words: kept };
}

/** The phrases with their placeholder filled in. */
export function countedSources(list: readonly string[] | undefined, counts: DayCounts): string[] {
  return (list ?? []).map((phrase) => phrase.replaceAll('{n}', counts.source));
}

/** The count a counted phrase's match names: its first token that is a count; null when none or too big. */
export function countIn(match: string, counts: DayCounts): number | null {
  for (const token of match.split(/[^\p{L}\p{M}\p{N}]+/u)) {
    if (!token || !counts.token.test(token)) continue;
    const value = /^\d+$/.test(token) ? Number(token) : (counts.words.get(token.toLowerCase()) ?? null);
    return value !== null && value >= 1 && value <= MAX_DAYS ? value : null;
  }
  return null;
}
