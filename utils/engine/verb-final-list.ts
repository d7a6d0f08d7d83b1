/**
 * In a verb-final language a list of counts shares the verb after its last item ("12 düşman tankı
 * ve diğer zırhlı araçlar, 4 hava savunma sistemi, 5 İHA … imha edildi"): the first item's verb may
 * stand far after it. Measured from the list's last count, it binds as near as that count's.
 */

/** Clause ends a list does not cross. */
const CLAUSE_END = /[.;:!?]/;
/** The start of the last count in a gap. */
const LAST_COUNT = /\p{N}[^\p{N}]*$/u;

/**
 * Where a verb after a count is measured from: the last count of a list between them, when the
 * gap holds counts and no clause end; else the count's own end.
 */
export function listVerbFrom(sentence: string, end: number, verbAt: number): number {
  const gap = sentence.slice(end, verbAt);
  if (CLAUSE_END.test(gap)) return end;
  const last = LAST_COUNT.exec(gap);
  return last ? end + last.index : end;
}
