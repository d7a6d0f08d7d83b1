/**
 * Articles that look back at a past event ("Five years ago …", "Минуло пять лет", "beş il ötür").
 * Their figures of that event must not count the article's own day: a figure without a time cue
 * of its own counts the time the text last named (a date with its year, an era, "yesterday"), or
 * stays unknown. A past year the text names also becomes the year of the dates it then writes
 * without one ("on 11 October 2020 … the 10 October truce").
 */
import type { CompiledPack } from './compiled-pack';
import type { Cue } from './period-dates';

/** How far into the text an article says it looks back (its opening). */
const LEAD = 300;

/** The line of a text around an offset. */
function lineAround(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end === -1 ? text.length : end).trim();
}

/**
 * Whether the article's opening says it looks back at a past event. An article written during a
 * fighting reports it: its "… broke away 30 years ago" is background, not its subject.
 */
export function looksBack(pack: CompiledPack, text: string, duringFighting: boolean): boolean {
  const pattern = pack.periods.retrospective;
  if (!pattern || duringFighting) return false;
  const lead = text.slice(0, LEAD);
  const m = pattern.exec(lead);
  // A line that is only "5 years ago" is a page's timestamp, not the article's subject.
  return m !== null && lineAround(lead, m.index).length > m[0].length + 16;
}

/** Reads such an article in text order, keeping the time it last named. */
export class LookBack {
  /** The time the text last named for itself; null until it names one. */
  lastNamed: string | null = null;
  /** The day a date without a year is read against: the article's, or the past year it named. */
  reference: string | null;
  private readTo = 0;

  constructor(
    private readonly text: string,
    private readonly published: string | null,
    /** Every cue of a stretch of text, read against `reference`. */
    private readonly scan: (text: string) => Cue[],
  ) {
    this.reference = published;
  }

  /** Reads the text up to `to` (the start of a figure's sentence). */
  readUpTo(to: number): void {
    while (this.readTo < to) {
      const from = this.readTo;
      const cues = this.scan(this.text.slice(from, to)).sort((x, y) => x.start - y.start);
      const yearAt = this.remember(cues);
      // A past year read: the dates after it are read again against it.
      this.readTo = yearAt >= 0 && cues.some((c) => c.start >= yearAt) ? from + yearAt : to;
    }
  }

  /** Takes in the cues of a figure's sentence, which ends at `end`. */
  readSentence(cues: readonly Cue[], end: number): void {
    if (this.readTo >= end) return;
    this.remember([...cues].sort((x, y) => x.start - y.start));
    this.readTo = end;
  }

  /**
   * Keeps the last time named (an era, a date with its year, a day word); a date without a year
   * names it only for its own sentence. Returns where a past year was read (its date's end), or -1.
   */
  private remember(cues: readonly Cue[]): number {
    const thisYear = this.published ? Number(this.published.slice(0, 4)) : null;
    for (const cue of cues) {
      if (cue.kind === 'running' || cue.kind === 'since') continue;
      if (cue.kind !== 'date' && cue.kind !== 'range') {
        this.lastNamed = cue.period;
        continue;
      }
      if (!cue.year) continue;
      this.lastNamed = cue.period;
      const reference = `${cue.year}-12-31`;
      if (thisYear && cue.year < thisYear && reference !== this.reference) {
        this.reference = reference;
        return cue.end;
      }
    }
    return -1;
  }
}
