/**
 * Alternations of regexes that are only ever tested (does it match anywhere?), never executed for
 * where or which branch matched: such a test's answer does not depend on the order of branches,
 * so they may be rearranged for speed.
 *
 * Why: V8 tries the branches of an alternation one after another at each position. Grouped by
 * their first character ("s(?:ix-year war|econd … war)|t(?:ovuz …)"), a position is tried only
 * against the branches that can start there; groupedByFirstChar can group only neighbouring
 * branches (order matters to an executed regex), which left the era cues (listed by era, their
 * branches led by groups such as "(?:in|during|by) …") one flat alternation of ~60 branches, tried
 * on every sentence that holds a figure.
 */
import { branches, groupEnd, groupedByFirstChar } from './regex-first';

/** Past this many branches a leading group is left as it is (a source cannot blow up). */
const MAX_BRANCHES = 2000;

/** A leading non-capturing group, unquantified, spread over its branches: "(?:a|b)c" → "ac", "bc". */
function spread(branch: string, budget: { left: number }): string[] {
  if (!branch.startsWith('(?:')) return [branch];
  const end = groupEnd(branch, 0);
  const next = branch[end];
  if (next === '?' || next === '*' || next === '+' || next === '{') return [branch];
  const inner = branches(branch.slice(3, end - 1));
  if (inner.length - 1 > budget.left) return [branch];
  budget.left -= inner.length - 1;
  const rest = branch.slice(end);
  return inner.flatMap((b) => spread(b + rest, budget));
}

/** The branch's first character when it is a plain ASCII letter or digit, lower-cased; else ''. */
function firstKey(branch: string): string {
  return /^[A-Za-z0-9]/.test(branch) ? (branch[0] as string).toLowerCase() : '';
}

/**
 * For a case-insensitive regex only ever tested: the same language of matches, its alternation
 * spread and regrouped by first character. The source may be `\b(?:…)`, `(?:…)` or a bare
 * alternation; one with a backreference comes back as it is (spreading copies its groups).
 */
export function groupedForTest(source: string): string {
  if (/\\[1-9k]/.test(source)) return source;
  let lead = '';
  let body = source;
  if (source.startsWith('\\b(?:') && groupEnd(source, 2) === source.length) {
    lead = '\\b';
    body = source.slice(5, -1);
  } else if (source.startsWith('(?:') && groupEnd(source, 0) === source.length) {
    body = source.slice(3, -1);
  }
  const budget = { left: MAX_BRANCHES };
  const spreadOut = branches(body).flatMap((b) => spread(b, budget));
  // Stable: branches with the same first character keep their order.
  const ordered = spreadOut
    .map((branch, index) => ({ branch, index, key: firstKey(branch) }))
    .sort((a, b) => (a.key === b.key ? a.index - b.index : a.key < b.key ? -1 : 1))
    .map((entry) => entry.branch);
  return `${lead}(?:${groupedByFirstChar(ordered)})`;
}
