/**
 * Joins lexicon regex sources into one alternation, longest first, with the entries that end in
 * "any more letters" (`stem\p{L}*`) sharing one `\p{L}*`: `(?:stem1|stem2|…)\p{L}*`.
 *
 * Why: V8 compiles each `\p{L}` in case-insensitive Unicode mode to a large range check, and once
 * an isolate has generated about 1 MB of regex code it compiles every later regex without its
 * optimisations. A lexicon writes `\p{L}*` hundreds of times; written once per alternation, the
 * engine's regex code shrinks and a second language read in the same worker stays fast.
 *
 * Only neighbours in the longest-first order are grouped, so the branches are tried in the same
 * order as before and every match is the same: `a\p{L}*|b\p{L}*` and `(?:a|b)\p{L}*` are one regex.
 */
import { walkRegexSource } from './regex-source';

const OPEN = '\\p{L}*';

/** True when `source` has no `|` outside groups and classes (a suffix would bind to one branch). */
function isOneBranch(source: string): boolean {
  let depth = 0;
  let oneBranch = true;
  const inClass = walkRegexSource(source, (c) => {
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) oneBranch = false;
    return oneBranch;
  });
  return oneBranch && depth === 0 && !inClass;
}

function isOpenStem(source: string): boolean {
  if (!source.endsWith(OPEN) || source.length === OPEN.length) return false;
  const stem = source.slice(0, -OPEN.length);
  // "\\p{L}*" after an escaped backslash is no suffix; a stem must be one whole branch.
  return !stem.endsWith('\\') && isOneBranch(stem);
}

export function joinSources(sources: readonly string[]): string {
  return sourceBranches(sources).join('|');
}

/** joinSources's branches, before they are joined. */
export function sourceBranches(sources: readonly string[]): string[] {
  // A source written twice (the same word under two metrics) only makes the regex longer.
  const sorted = [...new Set(sources)].sort((a, b) => b.length - a.length);
  const branches: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1) branches.push(`(?:${run.join('|')})${OPEN}`);
    else if (run.length === 1) branches.push(`${run[0]}${OPEN}`);
    run = [];
  };
  for (const source of sorted) {
    if (isOpenStem(source)) run.push(source.slice(0, -OPEN.length));
    else {
      flush();
      branches.push(source);
    }
  }
  flush();
  return branches;
}
