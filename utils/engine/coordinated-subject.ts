/**
 * "Azerbaijan said it destroyed 40 Armenian tanks and Armenia said it downed 12 helicopters": two
 * reports joined by "and", each with its own speaker. The second verb's subject is the phrase after
 * the "and" that follows the first report's count, not a subject read back across that report.
 * The joining words are the language's (Lexicon grammar speakerJoin, global).
 */

/** How many words the second speaker may have ("the Armenian defence ministry in Yerevan"). */
const SPEAKER_WORDS = 6;

/**
 * The subject of a non-final language's attribution verb at `verbAt`, after an earlier attribution
 * verb ending at `previousEnd` whose report holds a count, or null when no `join` links them.
 */
export function coordinatedSubject(
  join: RegExp | null,
  sentence: string,
  previousEnd: number,
  verbAt: number,
): string | null {
  if (!join) return null;
  const between = sentence.slice(previousEnd, verbAt);
  let last: RegExpExecArray | null = null;
  join.lastIndex = 0;
  for (let m = join.exec(between); m !== null; m = join.exec(between)) last = m;
  join.lastIndex = 0;
  if (!last || !/\p{N}/u.test(between.slice(0, last.index))) return null;
  const subject = between.slice(last.index + last[0].length).trim();
  if (!subject || /[\p{N},;:]/u.test(subject) || subject.split(/\s+/u).length > SPEAKER_WORDS) return null;
  return subject;
}
