/**
 * Whether a date in a sentence dates a tally keeper's report rather than the losses it counts:
 * "On 4 April, the ministry reported that … 18 tanks", "… the ministry said on 3 October". The
 * report's day then ends the keeper's tally of the fighting (see figure-period.ts).
 */

/** A figure claimed by a body that keeps a party's tally, and where its report verb stands. */
export interface TallyKeeper {
  /** Offsets of the attribution verb in the sentence ("reported", "said"), or null. */
  report: { at: number; end: number } | null;
}

/** How far after a report verb its day may start: a preposition's width ("reported on Sept. 27"). */
const REPORT_DAY_REACH = 5;

/**
 * Whether a date dates the report rather than the losses: it stands on the report verb's side
 * away from the figure ("On 4 April, X reported that … 18 tanks") or right after the verb.
 */
export function datesReport(
  cue: { start: number; end: number },
  report: TallyKeeper['report'],
  shift: number,
  figureStart: number,
  figureEnd: number,
): boolean {
  if (!report) return false;
  const at = report.at + shift;
  const end = report.end + shift;
  if (figureStart >= end)
    return (cue.end <= at || cue.start <= end + REPORT_DAY_REACH) && cue.end <= figureStart;
  if (figureEnd <= at) return cue.start >= at && cue.start <= end + REPORT_DAY_REACH;
  return false;
}
