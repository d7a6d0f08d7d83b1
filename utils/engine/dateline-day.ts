/**
 * The day a story's dateline gives ("BAKU, Oct. 5 (Reuters) -", "БАКУ, 7 дек – Sputnik",
 * "Yerevan, 12 October 2020."): the article's day when the page gives none. A dateline without its
 * year is read against the article's month when that is known; else it names no day.
 */
import type { CompiledPack } from './compiled-pack';
import { type Cue, pushDates } from './period-dates';

/** How many opening lines may hold the dateline (a headline, captions and page chrome come first). */
const DATELINE_LINES = 12;
/** How far into its line a dateline's date may start: after a city of a few words. */
const DATE_REACH = 40;
/** A dateline: a city of one to three capitalised words, a comma, then the date. */
const DATELINE = /^\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:[\s/]\p{Lu}[\p{L}\p{M}.'’-]*){0,2},\s*/u;

/** What follows a dateline's date: an agency ("(Reuters)", "/ТАСС/"), a dash or a full stop. */
const DATELINE_END = /^\s*(?:\(|\/|[-–—]|\.(?:\s|$))/u;

/** The day of the article's dateline, or null. `reference` dates a dateline without its year. */
export function datelineDay(pack: CompiledPack, text: string, reference: string | null): string | null {
  for (const line of text.split('\n', DATELINE_LINES)) {
    const lead = DATELINE.exec(line);
    if (!lead) continue;
    const head = line.slice(0, lead[0].length + DATE_REACH);
    const cues: Cue[] = [];
    pushDates(pack, head, reference, cues);
    const date = cues.find((c) => c.kind === 'date' && c.start === lead[0].length);
    // The dateline ends after its date: an agency, a dash or a full stop ("On Monday, 5 October,
    // Baku said" is a sentence, not a dateline).
    if (!date || !DATELINE_END.test(head.slice(date.end))) continue;
    if (date.period && /^\d{4}-\d{2}-\d{2}$/.test(date.period)) return date.period;
  }
  return null;
}
