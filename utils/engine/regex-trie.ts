/**
 * An alternation written as a trie of its leading characters: `so far|since|today|to date` becomes
 * `s(?:o far|ince)|to(?:day| date)`, at every depth, with a leading group spelled out per branch
 * (`(?:in|over) the past` → `in the past|over the past`) so its branches join the others.
 *
 * Why: once an isolate has generated about 1 MB of regex code V8 compiles later regexes without
 * their optimisations (regex-factor.ts), and an alternation is then tried branch by branch at
 * every position: the period word scan, thirty branches deep, cost ~150 instructions a character.
 * A trie tries one branch per distinct first character, then only the branches that can go on.
 *
 * Exact: a backtracking matcher tries `a(?:b|c)` as `ab|ac` and `(?:a|b)c` as `ac|bc`, and two
 * branches that cannot start with the same character never both match at one position, so a branch
 * may move ahead of those; it never moves ahead of a branch that might start as it does (one whose
 * first character is not a plain one: a class, an escape, a group, a letter whose case folds
 * oddly), which stays where it is and stops every later branch from moving past it.
 */
import { branches, groupEnd } from './regex-first';
import { captureCount } from './regex-source';

/** Characters with a meaning of their own in a regex source outside a class. */
const SPECIAL = new Set([...'\\^$.|?*+()[]{}']);
const QUANTIFIER = new Set([...'?*+{']);

/**
 * The key of a branch's first character when it is one plain character that no quantifier makes
 * optional or repeats, else null. Under `i` a letter's key is its lower case, and only a letter that
 * case maps back to itself (not "ſ", "ς", "ı", "İ") is plain: two keys never match one character.
 */
function plainKey(branch: string, ignoreCase: boolean): string | null {
  const c = branch[0];
  if (c === undefined || SPECIAL.has(c) || QUANTIFIER.has(branch[1] ?? '')) return null;
  // A branch with a capture group stays where it is: moving it, or one past it, renumbers groups.
  if (captureCount(branch) > 0) return null;
  const code = c.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return null;
  if (!ignoreCase || !/\p{L}/u.test(c)) return c;
  const lower = c.toLowerCase();
  return lower.length === 1 && c.toUpperCase().toLowerCase() === lower ? lower : null;
}

/** How many branches a leading group may be spelled out into, so the source stays small. */
const MAX_SPELLED = 12;

/** The branch with a leading non-capturing group spelled out per branch of the group. */
function spelledOut(branch: string): string[] {
  if (!branch.startsWith('(?:')) return [branch];
  const end = groupEnd(branch, 0);
  const rest = branch.slice(end);
  if (QUANTIFIER.has(rest[0] ?? '')) return [branch];
  const inner = branches(branch.slice(3, end - 1));
  // Captures written twice would renumber groups; a Unicode class written again costs ~7 kB of
  // code (regex-factor.ts), a long list of tails more.
  if (inner.length > MAX_SPELLED || captureCount(branch) > 0 || /\\[pP]\{/.test(rest)) return [branch];
  return inner.flatMap((b) => spelledOut(b + rest));
}

/**
 * The alternation of `branchSources` as a trie of their leading plain characters (see above);
 * `ignoreCase` for a regex with the `i` flag.
 */
export function trieAlternation(branchSources: readonly string[], ignoreCase: boolean): string {
  const slots: { key: string | null; rests: string[] }[] = [];
  /** The slot each key may still join: none past a branch that might start as it does. */
  const open = new Map<string, number>();
  for (const branch of branchSources.flatMap((source) => branches(source).flatMap(spelledOut))) {
    const key = plainKey(branch, ignoreCase);
    if (key === null) {
      open.clear();
      slots.push({ key: null, rests: [branch] });
      continue;
    }
    const at = open.get(key);
    if (at !== undefined) (slots[at] as { rests: string[] }).rests.push(branch.slice(1));
    else {
      open.set(key, slots.length);
      slots.push({ key, rests: [branch.slice(1)] });
    }
  }
  return slots
    .map(({ key, rests }) => {
      if (key === null) return rests[0] as string;
      if (rests.length === 1) return `${key}${rests[0]}`;
      // "s(?:o far(?: this year|))", not "s(?:o(?: (?:f(?:a(?:r…": one branch goes on unwrapped.
      const inner = trieAlternation(rests, ignoreCase);
      return branches(inner).length === 1 ? `${key}${inner}` : `${key}(?:${inner})`;
    })
    .join('|');
}
