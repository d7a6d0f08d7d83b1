/**
 * A language's number lexicon compiled once (per lexicon object): the candidate scanner, sticky
 * readers for words, digits, scales and suffixes, and the qualifier and not-a-count tests. The
 * reading itself is in lexicon.ts.
 */
import type { NumberLexicon } from '../lexicon';
import { endAnchoredTest, firstCharLookahead, passesAtEnd } from '../regex-first';
import type { Qualifier } from '../types';

const NOT_LETTER = '(?![\\p{L}\\p{M}])';
export const SPACE = '[ \\t\\u00A0\\u2009\\u202F]';
export const WINDOW = 48;

export interface CompiledNumbers {
  scanner: RegExp;
  /** Sticky: one number word or scale at a position, longest first. */
  morphemeY: RegExp;
  values: Map<string, number>;
  scales: Map<string, number>;
  digitsY: RegExp;
  groupSeparator: RegExp;
  decimalMark: string;
  suffixY: RegExp | null;
  scaleAfterY: RegExp | null;
  /** Sticky: a scale word glued to the digits before it ("30mila"), in group 1. */
  gluedScaleY: RegExp | null;
  vagueY: RegExp | null;
  /** Sticky: a round count said as "about" it (NumberLexicon.approximate), with `approximate` its values. */
  approximateY: RegExp | null;
  approximate: Map<string, number>;
  /** Sticky: a scale word that is a count of its own after a qualifier ("более миллиона"). */
  qualifiedScaleY: RegExp | null;
  /** Global: a machine lost without a count (NumberLexicon.implicitOne). */
  implicitOne: RegExp | null;
  /** Sticky, after an age's digits: the age names one person (NumberLexicon.ageOfOne). */
  ageOfOneY: RegExp | null;
  gapY: RegExp;
  before: { qualifier: Qualifier; pattern: RegExp }[];
  /** Whether any `before` pattern matches a window. */
  anyBefore: ((window: string) => boolean) | null;
  afterY: { qualifier: Qualifier; pattern: RegExp }[];
  dateAfterY: RegExp | null;
  notCountBefore: ((window: string) => boolean) | null;
  notCountAfterY: RegExp | null;
  particles: Set<string>;
}

const cache = new WeakMap<NumberLexicon, CompiledNumbers>();

function escapeLiteral(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function literals(words: string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeLiteral(w).replace(/ +/g, `${SPACE}+`))
    .join('|');
}

function sources(list: string[] | undefined): string | null {
  return list && list.length > 0 ? [...list].sort((a, b) => b.length - a.length).join('|') : null;
}

/**
 * Whether a window ends with one of `alternatives` (and spaces) after a non-letter or its start.
 * Tested at the window's end only (endAnchoredTest): V8 tries the plain `…$` pattern at every
 * character, and without its regex optimisations (the isolate's regex budget spent) that cost a
 * Turkish megabyte ~170 ms.
 */
function windowEndTest(alternatives: string): (window: string) => boolean {
  const source = `(?:^|[^\\p{L}\\p{N}])(?:${alternatives})${SPACE}*$`;
  const atEnd = endAnchoredTest(source, 'iu');
  if (atEnd) return (window) => passesAtEnd(atEnd, window);
  const plain = new RegExp(source, 'iu');
  return (window) => plain.test(window);
}

/** A scanner branch for `source`: its first character is tested before the word-start look-behind. */
function scanBranch(source: string): string {
  return `${firstCharLookahead(source) ?? ''}(?<![\\p{L}\\p{M}\\p{N}])(?:${source})`;
}

function compile(lex: NumberLexicon): CompiledNumbers {
  const values = new Map(Object.entries(lex.words).map(([w, v]) => [w.toLowerCase(), v]));
  const scales = new Map(Object.entries(lex.scales).map(([w, v]) => [w.toLowerCase(), v]));
  const allWords = [...values.keys(), ...scales.keys()];
  const wordAlt = literals([...values.keys()]);
  const vague = literals(lex.vague);
  const approximate = new Map(Object.entries(lex.approximate ?? {}).map(([w, v]) => [w.toLowerCase(), v]));
  const approximateAlt = literals([...approximate.keys()]);
  const qualifiedScales = literals(lex.qualifiedScales ?? []);
  const starts = [wordAlt, vague, approximateAlt, qualifiedScales].filter(Boolean).join('|');
  // Their own groups, tried after digits and words: a match names one machine (findNumbersIn).
  const ones = lex.implicitOneInScan ?? {};
  const oneInScan = [
    ones.lead ? `|(?<oneAfter>${scanBranch(ones.lead)})` : '',
    ones.phrase ? `|(?<oneAt>${scanBranch(ones.phrase)})` : '',
  ].join('');
  const groupChars = lex.groupSeparators.replace(/ /g, ' \u00A0\u2009\u202F');
  const decimalMark = lex.decimalMark ?? (lex.groupSeparators.includes('.') ? ',' : '.');
  const group = `[${groupChars.replace(/[\]\\^-]/g, '\\$&')}]`;
  const before = (Object.entries(lex.before) as [Qualifier, string[]][])
    .filter(([, list]) => list.length > 0)
    .map(([qualifier, list]) => ({
      qualifier,
      pattern: new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${sources(list)})${SPACE}*$`, 'iu'),
    }));
  const afterY = (Object.entries(lex.after ?? {}) as [Qualifier, string[]][])
    .filter(([, list]) => list.length > 0)
    .map(([qualifier, list]) => ({
      qualifier,
      pattern: new RegExp(`${SPACE}*(?:${sources(list)})${NOT_LETTER}`, 'iuy'),
    }));
  const anyBefore = sources(Object.values(lex.before).flat());
  const dateAfter = sources(lex.dateWordsAfter);
  const notBefore = sources(lex.notCountBefore);
  const notAfter = sources(lex.notCountAfter);
  return {
    // A number word's first letter is tested before the costlier look-behind (regex-first.ts).
    scanner: new RegExp(
      `\\d${starts ? `|${firstCharLookahead(starts) ?? ''}(?<![\\p{L}\\p{M}\\p{N}])(?:${starts})` : ''}${oneInScan}`,
      'giu',
    ),
    morphemeY: new RegExp(`(?:${literals(allWords)})`, 'iuy'),
    values,
    scales,
    digitsY: new RegExp(
      `(\\d{1,3}(?:${group}\\d{3})+(?!\\d)|\\d+)(?:${escapeLiteral(decimalMark)}(\\d+))?`,
      'y',
    ),
    groupSeparator: new RegExp(group, 'g'),
    decimalMark,
    suffixY: lex.digitSuffix ? new RegExp(`(?:${lex.digitSuffix})`, 'iuy') : null,
    scaleAfterY:
      scales.size > 0 ? new RegExp(`${SPACE}+(${literals([...scales.keys()])})${NOT_LETTER}`, 'iuy') : null,
    gluedScaleY: lex.gluedScales?.length
      ? new RegExp(`(${literals(lex.gluedScales)})${NOT_LETTER}`, 'iuy')
      : null,
    vagueY: vague ? new RegExp(`(?:${vague})${NOT_LETTER}`, 'iuy') : null,
    approximateY: approximateAlt ? new RegExp(`(?:${approximateAlt})${NOT_LETTER}`, 'iuy') : null,
    approximate,
    qualifiedScaleY: qualifiedScales ? new RegExp(`(?:${qualifiedScales})${NOT_LETTER}`, 'iuy') : null,
    implicitOne: lex.implicitOne ? new RegExp(lex.implicitOne, 'dgiu') : null,
    ageOfOneY: lex.ageOfOne ? new RegExp(`${SPACE}*(?:${lex.ageOfOne})`, 'iuy') : null,
    gapY: new RegExp(`${SPACE}*-${SPACE}*|${SPACE}+`, 'y'),
    before,
    anyBefore: anyBefore ? windowEndTest(anyBefore) : null,
    afterY,
    dateAfterY: dateAfter ? new RegExp(`\\.?${SPACE}*(?:${dateAfter})${NOT_LETTER}`, 'iuy') : null,
    notCountBefore: notBefore ? windowEndTest(notBefore) : null,
    notCountAfterY: notAfter ? new RegExp(`${SPACE}*(?:${notAfter})`, 'iuy') : null,
    particles: new Set((lex.particles ?? []).map((w) => w.toLowerCase())),
  };
}

export function compiled(lex: NumberLexicon): CompiledNumbers {
  let c = cache.get(lex);
  if (!c) {
    c = compile(lex);
    cache.set(lex, c);
  }
  return c;
}
