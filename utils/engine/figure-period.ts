/**
 * The period a figure counts, read from its sentence (utils/engine/period.ts owns the notation).
 * The cue nearest the figure decides: an era ("in the 1990s war"), a span ("from 2 to 5 April"),
 * a tally ("since 27 September", "so far", "as of 4 October"), a date ("on 27 September"), a
 * weekday or a day relative to the article ("yesterday"). A sentence without a cue keeps the
 * tally the article reported before it; else the figure counts the article's day. Without
 * the article's date, relative words and dates without a year stay unknown: never guessed.
 */
import type { CompiledPack } from './compiled-pack';
import { type EraHit, eraCues } from './figure-context';
import { addDays, isInterval, periodEnd } from './period';
import { distance, timeOfDate } from './period-cue-choice';
import { type Cue, pushDates } from './period-dates';
import { LookBack, looksBack } from './period-lookback';
import { pushWords } from './period-word-cues';
import { datesReport, type TallyKeeper } from './report-day';
import type { Span } from './sentences';

/**
 * How far before a sentence its time words are looked for: a date cut by a full stop ("am 27.
 * September" splits after the ordinal), with the words that make it a tally's start ("seit Beginn der
 * Kämpfe am 27.").
 */
const LEAD = 48;

export interface PeriodInput {
  /** The article's publication day (YYYY-MM-DD), or null when unknown. */
  published: string | null;
  /** Without its day: the article's month (YYYY-MM), when the page gives that much. */
  publishedMonth?: string | null;
}

/** Reads the periods of one document's figures, in text order (a tally carries to later sentences). */
export class PeriodReader {
  private readonly cuesBySentence: (Cue[] | undefined)[] = [];
  /** Whether the last figure read had a time cue of its own sentence (else its period is inferred). */
  lastCued = false;
  /** The last tally the article reported ("since 27 September", "so far"). */
  private tally: { period: string | null } | null = null;
  /** In an article that looks back at a past event: the time it last named (read once, lazily). */
  private lookBack: LookBack | null | undefined;
  /** The war an undated article's headline names (headlineWar, read once, lazily). */
  private headlineEra: string | null | undefined;

  constructor(
    private readonly pack: CompiledPack,
    private readonly text: string,
    private readonly input: PeriodInput,
  ) {}

  private lookingBack(): LookBack | null {
    if (this.lookBack === undefined) {
      const { published } = this.input;
      this.lookBack =
        published && looksBack(this.pack, this.text, this.fightingOf(published) !== undefined)
          ? new LookBack(this.text, this.input.published, (text) => this.scan(text, null))
          : null;
    }
    return this.lookBack;
  }

  /** Every cue of a stretch of text, eras included, against the current reference day. */
  private scan(text: string, eras: readonly EraHit[] | null): Cue[] {
    const found: Cue[] = [];
    for (const era of eras ?? eraCues(this.pack, text))
      found.push({ kind: 'era', start: era.start, end: era.end, period: era.period });
    pushDates(this.pack, text, this.lookBack?.reference ?? this.dateReference(), found);
    pushWords(this.pack, text, this.input.published, found);
    for (const cue of found) {
      if (cue.fightingDays) cue.period = this.fightingStartSpan(found, cue.fightingDays);
      if (cue.fightingEnd) cue.period = this.fightingEndDay(found);
    }
    const kept: Cue[] = [];
    for (const cue of found) if (!timeOfDate(text, cue, found, this.input.published)) kept.push(cue);
    return kept;
  }

  /**
   * "In the first week of the war": its first `days` days, of the fighting an era cue of the
   * sentence names ("the first day of the 44-day war"), else of the one the article reports; unknown
   * when neither is known or it has no start day.
   */
  private fightingStartSpan(cues: readonly Cue[], days: number): string | null {
    const start = this.fightingNamed(cues)?.tallyFrom;
    if (!start) return null;
    return days <= 1 ? start : `${start}/${addDays(start, days - 1)}`;
  }

  /** "Since the end of the war": the last day of the fighting named or reported, once it is over. */
  private fightingEndDay(cues: readonly Cue[]): string | null {
    const last = periodEnd(this.fightingNamed(cues)?.period);
    const published = this.input.published;
    return last && published && last < published ? last : null;
  }

  /** The fighting an era cue of the sentence names, else the one the article reports. */
  private fightingNamed(cues: readonly Cue[]): CompiledPack['eras'][number] | undefined {
    const named = cues
      .filter((c) => c.kind === 'era')
      .map((c) => this.pack.eras.find((e) => e.period === c.period))
      .find((era) => era?.tallyFrom);
    const published = this.input.published;
    return named ?? (published ? this.fightingOf(published) : undefined);
  }

  /** Cues of a sentence, offsets from `from`: the scan starts a little before the sentence. */
  private cues(index: number, from: number, sentence: Span, eras: readonly EraHit[]): Cue[] {
    let cues = this.cuesBySentence[index];
    if (!cues) {
      const shift = sentence.start - from;
      const shifted: EraHit[] = [];
      for (const era of eras) shifted.push({ ...era, start: era.start + shift, end: era.end + shift });
      // Only a cue that reaches into the sentence is its own; the lead's others are the last one's.
      cues = [];
      for (const cue of this.scan(this.text.slice(from, sentence.end), shifted))
        if (cue.end > shift) cues.push(cue);
      this.cuesBySentence[index] = cues;
    }
    return cues;
  }

  /**
   * The day a date without its year is read against: the article's, else the last of its month
   * (a date after that month is of the year before).
   */
  private dateReference(): string | null {
    const { published, publishedMonth } = this.input;
    return published ?? (publishedMonth ? (periodEnd(publishedMonth) ?? null) : null);
  }

  /**
   * A tally keeper's uncued count in an article known only by its month: a fighting known only by
   * that same month ("2016-04") is the one it counts; any other stays unknown (its day is needed).
   */
  private fightingOfMonth(): string | null {
    const month = this.input.publishedMonth;
    const fighting = month ? this.pack.eras.find((e) => e.tallyFrom && e.period === month) : undefined;
    return fighting?.period ?? null;
  }

  /** "First Karabakh War Explained": an undated page about one war counts that war's tolls. */
  private headlineWar(): string | null {
    if (this.headlineEra === undefined) {
      const headline = this.text.trimStart().slice(0, 200).split('\n', 1)[0] ?? '';
      this.headlineEra = eraCues(this.pack, headline)[0]?.period ?? null;
    }
    return this.headlineEra;
  }

  /** The fighting whose tallies an article of `day` reports, or undefined. */
  private fightingOf(day: string): CompiledPack['eras'][number] | undefined {
    return this.pack.eras.find((e) => e.tallyFrom && e.tallyFrom <= day && day <= (e.tallyUntil ?? day));
  }

  /** A running total reported on `end` (the article's day by default). */
  private runningTotal(cues: Cue[], near: Cue): string | null {
    const began = this.input.published ? this.fightingOf(this.input.published)?.tallyFrom : undefined;
    // "In the fighting that began on 27 September, so far …": the day the fighting began starts
    // the tally; only a day said to end it ("as of") may be that day.
    const asOf = cues
      .filter((c) => c.kind === 'date' && c.period !== null && (c.asOf || c.period !== began))
      .sort((a, b) => distance(a, near.start, near.end) - distance(b, near.start, near.end))[0];
    // "So far this year": a tally from the year's first day.
    const yearOpen = cues.find((c) => c.startsYear && c.period !== null);
    const since =
      cues.find((c) => c.kind === 'since' && c.period !== null) ??
      (yearOpen ? { ...yearOpen, period: `${yearOpen.period}-01-01` } : undefined);
    let end = asOf?.period ?? this.carriedEnd() ?? this.input.published;
    if (!end) return null;
    const fighting = since ? undefined : this.fightingOf(end);
    // "So far" (or "as of" a day) after the fighting ended is its whole toll: the tally stops
    // on its last day.
    const last = fighting ? periodEnd(fighting.period) : null;
    if (last && last < end) end = last;
    const start = since?.period ?? fighting?.tallyFrom ?? null;
    return start && start < end ? `${start}/${end}` : start === end ? end : null;
  }

  /**
   * What a ministry's uncued count means in an article written during a fighting after its first
   * day: the fighting so far, from its start to the day of the report (to its last day once it
   * is over); on the first day, that day. With no report day but the article's, an era known
   * only by its month ("2016-04") is written as that month: the article's day only bounds when
   * the count was made.
   */
  private fightingSoFar(today: string | null, undated = false): string | null {
    const fighting = today ? this.fightingOf(today) : undefined;
    if (!today || !fighting?.tallyFrom || today <= fighting.tallyFrom) return null;
    if (undated && !isInterval(fighting.period)) return fighting.period;
    const last = periodEnd(fighting.period);
    const end = last && last < today ? last : today;
    return `${fighting.tallyFrom}/${end}`;
  }

  /**
   * An uncued count in an article written during a fighting known only by its month ("2016-04"),
   * after its first day and within that month: the fighting's, at the precision it is known by (a
   * flare-up's losses are reported as they are tallied, not per day).
   */
  private monthLongFighting(today: string): string | null {
    const fighting = this.fightingOf(today);
    if (!fighting?.tallyFrom || isInterval(fighting.period) || today <= fighting.tallyFrom) return null;
    const last = periodEnd(fighting.period);
    return last && today <= last ? fighting.period : null;
  }

  private carriedEnd(): string | null {
    const period = this.tally?.period;
    return period?.includes('/') ? (period.split('/')[1] ?? null) : null;
  }

  /**
   * The period of a figure at [figureStart, figureEnd) of the text, in the `index`-th sentence
   * whose era cues (sentence offsets) are `eras`.
   * The scan takes in the words just before the sentence on its line: "Am 27. September" is cut
   * after the ordinal's full stop.
   */
  periodOf(
    index: number,
    sentence: Span,
    eras: readonly EraHit[],
    figureStart: number,
    figureEnd: number,
    keeper: TallyKeeper | null = null,
    single = false,
  ): string | null {
    const leadStart = Math.max(0, sentence.start - LEAD);
    // Only the lead is searched: a page of one long line must not be searched back per figure.
    const newline = this.text.slice(leadStart, sentence.start).lastIndexOf('\n');
    const from = newline >= 0 ? leadStart + newline + 1 : leadStart;
    const lookBack = this.lookingBack();
    lookBack?.readUpTo(sentence.start);
    const cues = this.cues(index, from, sentence, eras);
    lookBack?.readSentence(cues, sentence.end);
    const start = figureStart - from;
    const end = figureEnd - from;
    let best: Cue | null = null;
    for (const cue of cues) {
      if (!best || distance(cue, start, end) < distance(best, start, end)) best = cue;
    }
    // No cue: the tally the article reported before it, else (looking back) the time it last
    // named, else a tally keeper's count of the fighting so far, else the article's day, else (an
    // undated page) the war its headline names. One person
    // ("a villager died when a rocket struck her house") is an event of the day, not a tally.
    this.lastCued = best !== null;
    if (!best) {
      if (this.tally && !single) return this.tally.period;
      if (lookBack) return lookBack.lastNamed;
      if (single) return this.input.published;
      if (!this.input.published) return this.fightingOfMonth() || this.headlineWar();
      const today = this.input.published;
      return (keeper ? this.fightingSoFar(today, true) : this.monthLongFighting(today)) || today;
    }
    // "On 4 April, the ministry reported …": the day of a keeper's report ends its tally.
    if (keeper && best.kind === 'date' && !best.asOf && best.period) {
      const shift = sentence.start - from;
      if (datesReport(best, keeper.report, shift, start, end)) {
        const soFar = this.fightingSoFar(best.period);
        if (soFar) return soFar;
      }
    }
    let period: string | null;
    if (best.kind === 'running' || (best.kind === 'date' && best.asOf))
      period = this.runningTotal(cues, best);
    else if (best.kind === 'since') {
      const today = this.input.published;
      period = best.period && today && best.period < today ? `${best.period}/${today}` : null;
    } else period = best.period;
    if (best.kind === 'running' || best.kind === 'since' || best.asOf) this.tally = { period };
    return period;
  }
}

export { fullDateIn } from './period-dates';
