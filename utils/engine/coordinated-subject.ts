/**
 * "Azerbaijan said it destroyed 40 Armenian tanks and Armenia said it downed 12 helicopters": two
 * reports joined by "and", each with its own speaker. The second verb's subject is the phrase after
 * the "and" that follows the first report's count, not a subject read back across that report.
 */

/** How many words the second speaker may have ("the Armenian defence ministry in Yerevan"). */
const SPEAKER_WORDS = 6;
const AND = /(?:,\s*|\s)and\s+/gu;

/**
 * The subject of a non-final language's attribution verb at `verbAt`, after an earlier attribution
 * verb ending at `previousEnd` whose report holds a count, or null when no such "and" joins them.
 */
export function coordinatedSubject(sentence: string, previousEnd: number, verbAt: number): string | null {
  const between = sentence.slice(previousEnd, verbAt);
  let last: RegExpExecArray | null = null;
  AND.lastIndex = 0;
  for (let m = AND.exec(between); m !== null; m = AND.exec(between)) last = m;
  AND.lastIndex = 0;
  if (!last || !/\p{N}/u.test(between.slice(0, last.index))) return null;
  const subject = between.slice(last.index + last[0].length).trim();
  if (!subject || /[\p{N},;:]/u.test(subject) || subject.split(/\s+/u).length > SPEAKER_WORDS) return null;
  return subject;
}
