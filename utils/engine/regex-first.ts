/**
 * What a regex match can start with, read from the source without compiling it: a lookahead of
 * character classes that every match's first character passes (`(?=[…]|\p{L})`), or null when
 * any character might start a match.
 *
 * Why: a scan with hundreds of alternatives tries each of them at every position. V8 skips most
 * positions by its own check of the first characters, but not once the isolate has generated
 * about 1 MB of regex code (a worker that has read several languages): it then compiles regexes
 * without their optimisations. Placed before the alternation (and before a boundary look-behind)
 * the lookahead skips those positions and matches the same: it only rules out positions where no
 * alternative could start. It can also hide a literal prefix from V8's own fast scan, so it is used
 * only where measured faster in both cases (the coverage context scan, number words).
 *
 * Conservative: anything not understood (`.`, negated classes, backreferences, an alternative
 * that may match the empty string) gives up with null.
 */

/** A set of first characters, as class atoms: literal characters and whole class bodies. */
interface First {
  chars: Set<string>;
  classes: Set<string>;
  /** The sequence read so far may match the empty string: what follows may start the match too. */
  nullable: boolean;
}

const GIVE_UP = null;

/** Escapes that stand for one class of characters and may be placed inside a class as they are. */
const CLASS_ESCAPES = new Set(['d', 'D', 's', 'S', 'w', 'W', 't', 'n', 'r', 'f', 'v']);

/** Length of the escape starting at `i` (source[i] is a backslash). */
export function escapeEnd(source: string, i: number): number {
  const next = source[i + 1];
  if (
    (next === 'p' || next === 'P' || next === 'u' || next === 'k') &&
    source[i + 2] === (next === 'k' ? '<' : '{')
  ) {
    const close = source.indexOf(next === 'k' ? '>' : '}', i + 3);
    return close < 0 ? source.length : close + 1;
  }
  if (next === 'u') return i + 6;
  if (next === 'x') return i + 4;
  if (next === 'c') return i + 3;
  return i + 2;
}

/** End (exclusive, after `]`) of the class opening at `i`. */
export function classEnd(source: string, i: number): number {
  let j = i + 1;
  if (source[j] === '^') j++;
  if (source[j] === ']') j++;
  while (j < source.length && source[j] !== ']') j = source[j] === '\\' ? escapeEnd(source, j) : j + 1;
  return j + 1;
}

/** End (exclusive, after `)`) of the group opening at `i`. */
export function groupEnd(source: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < source.length) {
    const c = source[j];
    if (c === '\\') j = escapeEnd(source, j);
    else if (c === '[') j = classEnd(source, j);
    else {
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return j + 1;
      j++;
    }
  }
  return source.length;
}

/** Whether the quantifier at `i` (if any) allows zero repetitions, and where it ends. */
function quantifier(source: string, i: number): { optional: boolean; end: number } {
  const c = source[i];
  let optional = false;
  let end = i;
  if (c === '?' || c === '*') {
    optional = true;
    end = i + 1;
  } else if (c === '+') end = i + 1;
  else if (c === '{') {
    const m = /^\{(\d*)(?:,\d*)?\}/.exec(source.slice(i));
    if (m) {
      optional = Number(m[1] || '0') === 0;
      end = i + m[0].length;
    }
  }
  if (end > i && source[end] === '?') end++;
  return { optional, end };
}

/** Top-level branches of an alternation (source without its enclosing group). */
export function branches(source: string): string[] {
  const out: string[] = [];
  let start = 0;
  let j = 0;
  while (j < source.length) {
    const c = source[j];
    if (c === '\\') j = escapeEnd(source, j);
    else if (c === '[') j = classEnd(source, j);
    else if (c === '(') j = groupEnd(source, j);
    else {
      if (c === '|') {
        out.push(source.slice(start, j));
        start = j + 1;
      }
      j++;
    }
  }
  out.push(source.slice(start));
  return out;
}

function firstOfAlternation(source: string): First | null {
  const first: First = { chars: new Set(), classes: new Set(), nullable: false };
  for (const branch of branches(source)) {
    const f = firstOfSequence(branch);
    if (f === GIVE_UP) return GIVE_UP;
    for (const c of f.chars) first.chars.add(c);
    for (const c of f.classes) first.classes.add(c);
    first.nullable ||= f.nullable;
  }
  return first;
}

/** First characters of one branch: its atoms in order, until one cannot match empty. */
function firstOfSequence(source: string): First | null {
  const first: First = { chars: new Set(), classes: new Set(), nullable: true };
  let i = 0;
  while (i < source.length && first.nullable) {
    const c = source[i] as string;
    let atom: First | null;
    let end: number;
    if (c === '^' || c === '$') {
      i++;
      continue;
    }
    if (c === '\\') {
      end = escapeEnd(source, i);
      const kind = source[i + 1] ?? '';
      if (kind === 'b' || kind === 'B') {
        i = end;
        continue;
      }
      if (/[1-9k]/.test(kind)) return GIVE_UP;
      const escaped = source.slice(i, end);
      atom =
        kind === 'p' || kind === 'P' || CLASS_ESCAPES.has(kind) || kind === 'u' || kind === 'x'
          ? { chars: new Set(), classes: new Set([escaped]), nullable: false }
          : /[a-zA-Z0-9]/.test(kind)
            ? GIVE_UP
            : { chars: new Set([kind]), classes: new Set(), nullable: false };
    } else if (c === '[') {
      end = classEnd(source, i);
      if (source[i + 1] === '^') return GIVE_UP;
      atom = { chars: new Set(), classes: new Set([source.slice(i + 1, end - 1)]), nullable: false };
    } else if (c === '(') {
      end = groupEnd(source, i);
      const inner = source.slice(i + 1, end - 1);
      if (/^\?<?[=!]/.test(inner)) {
        // A lookaround reads no character of the match.
        i = end;
        continue;
      }
      const body = inner.startsWith('?:')
        ? inner.slice(2)
        : inner.startsWith('?<')
          ? inner.slice(inner.indexOf('>') + 1)
          : inner;
      atom = firstOfAlternation(body);
    } else if (c === '.' || c === '|' || c === ')') {
      return GIVE_UP;
    } else {
      // A character outside the BMP is two code units.
      const code = c.charCodeAt(0);
      end = code >= 0xd800 && code <= 0xdbff ? i + 2 : i + 1;
      atom = { chars: new Set([source.slice(i, end)]), classes: new Set(), nullable: false };
    }
    if (atom === GIVE_UP) return GIVE_UP;
    const q = quantifier(source, end);
    for (const ch of atom.chars) first.chars.add(ch);
    for (const cls of atom.classes) first.classes.add(cls);
    first.nullable = atom.nullable || q.optional;
    i = q.end;
  }
  return first;
}

/**
 * A lookahead that every match of `source` passes at its first character, or null. It belongs in
 * the same regex as `source`, right before it, so flags (`i`, `u`) apply to both alike.
 */
export function firstCharLookahead(source: string): string | null {
  const first = firstOfAlternation(source);
  if (first === GIVE_UP || first.nullable) return null;
  const atoms = [...first.classes].map((body) => `[${body}]`);
  if (first.chars.size > 0) {
    const chars = [...first.chars].map((ch) => (/[\]\\^-]/.test(ch) ? `\\${ch}` : ch)).join('');
    atoms.unshift(`[${chars}]`);
  }
  return `(?=${atoms.join('|')})`;
}

/**
 * For a source ending in `$` (one branch, no backreference): a sticky test that, tried at a
 * string's end, tells whether the source matches anywhere in it. It reads backwards from the end
 * (a lookbehind) instead of trying every start, so a caller tests it first and runs the source
 * itself only when it passes. Null for other sources.
 */
export function endAnchoredTest(source: string, flags: string): RegExp | null {
  if (!source.endsWith('$') || source.endsWith('\\$') || /\\[1-9k]/.test(source)) return null;
  const body = source.slice(0, -1);
  if (branches(body).length !== 1) return null;
  return new RegExp(`(?<=${body})$`, `${flags.replace(/[gy]/g, '')}y`);
}

/** Whether `text` passes an endAnchoredTest. */
export function passesAtEnd(test: RegExp, text: string): boolean {
  test.lastIndex = text.length;
  return test.test(text);
}

/** A branch led by a plain ASCII letter or digit that no quantifier makes optional or repeats. */
const PLAIN_FIRST = /^[A-Za-z0-9](?![?*+{])/;

/**
 * The alternation of `branchSources` for a case-insensitive regex, its branches grouped by their
 * first letter ("d(?:estroyed|owned)|k(?:illed)"): V8 then tries at a position only the branches
 * that can start there (2.2× faster on the loss words). Only runs of neighbouring branches that
 * start with a plain letter or digit are grouped; any other branch stays where it stands. So it
 * matches exactly as the plain join: at a position at most one group of a run can match, its
 * branches keep their order, and runs and other branches keep theirs.
 */
export function groupedByFirstChar(branchSources: readonly string[]): string {
  const out: string[] = [];
  let run = new Map<string, string[]>();
  const flush = () => {
    for (const [key, rests] of run)
      out.push(rests.length === 1 ? `${key}${rests[0]}` : `${key}(?:${rests.join('|')})`);
    run = new Map();
  };
  for (const branch of branchSources) {
    if (!PLAIN_FIRST.test(branch) || branches(branch).length !== 1) {
      flush();
      out.push(branch);
      continue;
    }
    const key = (branch[0] as string).toLowerCase();
    const rests = run.get(key) ?? [];
    rests.push(branch.slice(1));
    run.set(key, rests);
  }
  flush();
  return out.join('|');
}

/** A class body of word characters only: letters, digits, "_", \d, \w and the ranges a-z, A-Z, 0-9. */
const WORD_CLASS_BODY = /^(?:\\d|\\w|a-z|A-Z|0-9|[A-Za-z0-9_])+$/;

/** Whether every match of `source` starts with a word character (\w), as far as can be read. */
export function startsWithWordChar(source: string): boolean {
  const first = firstOfAlternation(source);
  if (first === GIVE_UP || first.nullable) return false;
  return (
    [...first.chars].every((c) => /^\w$/.test(c)) && [...first.classes].every((c) => WORD_CLASS_BODY.test(c))
  );
}

/**
 * For a pattern only ever tested (never read for its match): the source without a leading `^` and
 * without the optional parts that lead it (`\s*`, `(?:\p{L}+\s+)?`). It tests true on a text exactly
 * when the source matches somewhere in it, but a scan no longer tries a leading optional part at
 * every position before its first required word. Null when the source has a top-level `|` (the
 * `^` would not bind every branch) or a backreference.
 */
export function unanchoredTest(source: string): string | null {
  if (branches(source).length !== 1 || /\\[1-9k]/.test(source)) return null;
  let i = source.startsWith('^') ? 1 : 0;
  for (;;) {
    let end = i;
    if (source.startsWith('\\s', i)) end = i + 2;
    else if (source[i] === '(' && !/^\(\?<?[=!]/.test(source.slice(i, i + 4))) end = groupEnd(source, i);
    const q = end > i ? quantifier(source, end) : null;
    if (!q?.optional) break;
    i = source[q.end] === '?' ? q.end + 1 : q.end;
  }
  return source.slice(i);
}

/** Whether a source has no `|` at its top level ("\\ba|b": a prefix would bind only "a"). */
export function isOneBranch(source: string): boolean {
  return branches(source).length === 1;
}
