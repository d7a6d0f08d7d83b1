/**
 * Alternations with a shared letter-class tail written once: `armeni\p{L}*|ermeni\p{L}*` becomes
 * `(?:armeni|ermeni)\p{L}*`.
 *
 * Why: V8 compiles each `\p{L}` to about 7 kB of machine code, and once an isolate has generated
 * about 1 MB of regex code (and holds 16 MB of executable memory) it compiles every later regex
 * without its optimisations, 2x slower or worse. The coverage scans alone wrote ~700 of these
 * classes (5.4 MB of code) before any figure pattern was compiled. The rewrite matches exactly as
 * the plain join: a backtracking matcher tries `A S|B S` and `(?:A|B)S` in the same order (A with
 * each length of S, then B with each), and only neighbouring branches are grouped, so no branch
 * moves ahead of another.
 */
import { branches, classEnd, escapeEnd, groupEnd } from './regex-first';

/** A letter-class tail at the very end of a branch (`\p{L}*`, `\p{L}+`, `\p{L}{0,3}`). */
const LETTER_TAIL = /\\p\{L\}(?:[*+]|\{\d+(?:,\d*)?\})$/;

/** The branch split before its letter-class tail, or null when it has none (or nothing before it). */
export function letterTail(branch: string): { head: string; tail: string } | null {
  const tail = LETTER_TAIL.exec(branch)?.[0];
  if (tail === undefined) return null;
  const head = branch.slice(0, -tail.length);
  // An escaped backslash right before (`\\p{L}*` is a literal "\" then "p{L}*"), or a dangling
  // operator, leaves the branch as it is.
  const slashes = /\\*$/.exec(head)?.[0].length ?? 0;
  if (head === '' || slashes % 2 === 1 || /[|(]$/.test(head)) return null;
  return { head, tail };
}

/** Runs of neighbouring branches with the same tail, in order: one run holds one branch or more. */
export function tailRuns<T>(
  items: readonly T[],
  branchOf: (item: T) => string,
): { items: T[]; tail: string | null }[] {
  const runs: { items: T[]; tail: string | null }[] = [];
  for (const item of items) {
    const tail = letterTail(branchOf(item))?.tail ?? null;
    const last = runs[runs.length - 1];
    if (last && tail !== null && last.tail === tail) last.items.push(item);
    else runs.push({ items: [item], tail });
  }
  return runs;
}

/** The source with every group's alternation factored as factorLetterTails does at the top level. */
function factorGroups(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '\\' || c === '[') {
      const end = c === '\\' ? escapeEnd(source, i) : classEnd(source, i);
      out += source.slice(i, end);
      i = end;
    } else if (c === '(') {
      const end = groupEnd(source, i);
      const opener = /^\((?:\?(?:[:=!]|<[=!]|<[^>]*>))?/.exec(source.slice(i))?.[0] ?? '(';
      out += `${opener}${factorLetterTails(source.slice(i + opener.length, end - 1))})`;
      i = end;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/**
 * An alternation source with each run of neighbouring branches sharing a letter tail factored,
 * at the top level and inside every group.
 */
export function factorLetterTails(source: string): string {
  const parts = branches(source).map(factorGroups);
  if (parts.length < 2) return parts.join('|');
  return tailRuns(parts, (branch) => branch)
    .map(({ items, tail }) =>
      tail === null || items.length === 1
        ? items.join('|')
        : `(?:${items.map((branch) => letterTail(branch)?.head ?? branch).join('|')})${tail}`,
    )
    .join('|');
}
