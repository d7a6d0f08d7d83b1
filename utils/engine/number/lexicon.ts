/**
 * The number finder for every language but English (whose finder, numbers.ts, knows English
 * idiom): digits with the language's group and decimal marks ("1.000", "1 000", "2,5"), suffixes
 * glued to digits ("550'den", "10-dan"), number words with their inflections and compounds
 * ("двадцать пять", "fünfundzwanzig", "venticinque", "yirmi beş"), scale words ("90 тысяч",
 * "1,5 Millionen"), vague counts ("десятки"), and qualifiers before or after the number ("более",
 * "mindestens", "550'den fazla"). Dates, years, times and designations ("Су-25", "TB2") are left out.
 *
 * One global regex finds candidates; each is read with sticky regexes over a bounded window and the
 * scan resumes after it, so the cost stays linear in the text.
 */
import type { NumberLexicon } from '../lexicon';
import type { NumberMention } from '../types';
import { type CompiledNumbers, compiled, SPACE, WINDOW } from './compiled-numbers';
import { attachedBefore, isYearValue } from './context';
import { countJustBefore, implicitOneAt, withImplicitOnes } from './implicit-ones';
import { qualifiedMention } from './mention';

const CLAUSE_END_Y = new RegExp(`${SPACE}*(?:[.,;:!?)]|$)`, 'y');

/** "Eriwan räumte den Tod … ein.": a particle word right before a clause's end is no count. */
function isParticle(c: CompiledNumbers, text: string, at: number, end: number): boolean {
  if (!c.particles.has(text.slice(at, end).toLowerCase())) return false;
  CLAUSE_END_Y.lastIndex = end;
  return CLAUSE_END_Y.test(text);
}

function isLetterAt(text: string, at: number): boolean {
  return /[\p{L}\p{M}]/u.test(text.charAt(at));
}

/** Reads number words from `at`: compounds inside one word and words joined by spaces or hyphens. */
function readWords(c: CompiledNumbers, text: string, at: number): { value: number; end: number } | null {
  const parts: number[] = [];
  const isScale: boolean[] = [];
  let pos = at;
  let end = -1;
  let committed = 0;
  for (let guard = 0; guard < 12; guard++) {
    c.morphemeY.lastIndex = pos;
    const m = c.morphemeY.exec(text);
    if (!m) break;
    const word = m[0].toLowerCase().replace(/\s+/g, ' ');
    const scale = c.scales.get(word);
    parts.push(scale ?? c.values.get(word) ?? 0);
    isScale.push(scale !== undefined);
    pos = c.morphemeY.lastIndex;
    if (isLetterAt(text, pos)) continue; // inside one word: "fünf|und|zwanzig"
    end = pos;
    committed = parts.length;
    c.gapY.lastIndex = pos;
    if (!c.gapY.test(text)) break;
    pos = c.gapY.lastIndex;
  }
  if (end < 0) return null;
  // Only whole words count: parts of a word that did not end where a number word ends are dropped.
  parts.length = committed;
  let value = 0;
  let group = 0;
  let any = false;
  let lastScale = Number.POSITIVE_INFINITY;
  for (let i = 0; i < parts.length; i++) {
    const v = parts[i] as number;
    if (isScale[i]) {
      if (v >= lastScale) break;
      value += (group || 1) * v;
      group = 0;
      lastScale = v;
    } else if (v === 100 && group > 0 && group < 10) group *= 100;
    else if (v === 0) continue;
    else group += v;
    any = true;
  }
  if (!any) return null;
  return { value: value + group, end };
}

function qualifierBefore(c: CompiledNumbers, text: string, at: number, floor: number) {
  const from = Math.max(floor, at - WINDOW);
  const window = text.slice(from, at);
  if (!c.anyBefore?.(window)) return null;
  for (const { qualifier, pattern } of c.before) {
    const m = pattern.exec(window);
    if (m) {
      const lead = /^[^\p{L}\p{N}]/u.test(m[0]) ? 1 : 0;
      return { qualifier, start: from + m.index + lead };
    }
  }
  return null;
}

function qualifierAfter(c: CompiledNumbers, text: string, end: number) {
  for (const { qualifier, pattern } of c.afterY) {
    pattern.lastIndex = end;
    if (pattern.test(text)) return { qualifier, end: pattern.lastIndex };
  }
  return null;
}

function sticky(pattern: RegExp | null, text: string, at: number): boolean {
  if (!pattern) return false;
  pattern.lastIndex = at;
  return pattern.test(text);
}

interface Found {
  value: number | null;
  form: NumberMention['form'];
  start: number;
  end: number;
  /** End of the number with its suffix, where an after-qualifier may start. */
  tail: number;
  /** A round count said as "about" it ("une vingtaine"): about, unless a qualifier says more. */
  about?: boolean;
}

function readDigits(c: CompiledNumbers, text: string, at: number, floor: number): Found | null {
  if (attachedBefore(text, at)) return null;
  c.digitsY.lastIndex = at;
  const m = c.digitsY.exec(text);
  if (!m) return null;
  const whole = (m[1] ?? '').replace(c.groupSeparator, '');
  let value = Number(m[2] === undefined ? whole : `${whole}.${m[2]}`);
  let end = c.digitsY.lastIndex;
  if (whole.length > 12 || (whole.length > 1 && whole.startsWith('0') && m[2] === undefined)) return null;
  const next = text.charCodeAt(end);
  // "5:30", "27/09", "12.5.2020", "1988-94": part of a longer token.
  if ((next === 58 || next === 47 || next === 46) && /\d/.test(text.charAt(end + 1))) return null;
  if ((next === 45 || next === 0x2013) && /\d/.test(text.charAt(end + 1))) return null;
  let tail = end;
  const glued = isLetterAt(text, end) ? scaleAfter(c, text, end, c.gluedScaleY) : null;
  if (glued) {
    value *= glued.scale;
    end = glued.end;
    tail = end;
  } else if (sticky(c.suffixY, text, end)) tail = (c.suffixY as RegExp).lastIndex;
  else if (isLetterAt(text, end) || next === 37 /* % */) return null;
  if (sticky(c.ageOfOneY, text, tail)) {
    // "13 yaşlı qız həlak olub": the age names one person; the noun is read after the age word.
    const ageEnd = (c.ageOfOneY as RegExp).lastIndex;
    return { value: 1, form: 'words', start: at, end: ageEnd, tail: ageEnd };
  }
  if (text.charAt(tail) === '%' || sticky(c.dateAfterY, text, end) || sticky(c.notCountAfterY, text, tail)) {
    return null;
  }
  const before = windowBefore(text, at, floor);
  if (/[%$€£₽₼֏№#]\s*$/u.test(before) || c.notCountBefore?.(before)) return null;
  if (m[2] === undefined && whole.length === 4 && whole === m[1]) {
    const year = Number(whole);
    // A bare year: at a clause end, or before or after a date word ("2020 года", "im Jahr 2020").
    if (isYearValue(year) && /^\s*(?:[.,;:)»"]|$)/u.test(text.slice(tail, tail + 3))) return null;
  }
  const scaled = glued ? null : scaleAfter(c, text, tail);
  if (scaled) {
    value *= scaled.scale;
    end = scaled.end;
    tail = end;
    // "2 bin 783", "1 milyon 200 bin": the rest of the number after its scale word.
    const rest = digitsBelow(c, text, end, scaled.scale, 2);
    if (rest) {
      value += rest.value;
      end = rest.end;
      tail = rest.tail;
    }
  }
  return { value: Number(value.toPrecision(15)), form: 'digits', start: at, end, tail };
}

/** The scale word right after `at` ("тысяч", "bin", "minə"), with its value and end. */
function scaleAfter(
  c: CompiledNumbers,
  text: string,
  at: number,
  reader: RegExp | null = c.scaleAfterY,
): { scale: number; end: number } | null {
  if (!reader) return null;
  reader.lastIndex = at;
  const m = reader.exec(text);
  if (!m?.[1]) return null;
  const scale = c.scales.get(m[1].toLowerCase().replace(/\s+/g, ' '));
  return scale === undefined ? null : { scale, end: reader.lastIndex };
}

const REMAINDER_Y = new RegExp(`${SPACE}+(\\d{1,3})(?![\\d.,]\\d|\\d)`, 'y');

/**
 * Digits that finish a number after its scale word, worth less than the scale ("2 bin 783",
 * "1 milyon 200 bin"), or null: a date ("100 bin 25 Eylül"), a measure or anything glued to them
 * is not part of the number.
 */
function digitsBelow(
  c: CompiledNumbers,
  text: string,
  at: number,
  below: number,
  depth: number,
): { value: number; end: number; tail: number } | null {
  REMAINDER_Y.lastIndex = at;
  const m = REMAINDER_Y.exec(text);
  if (!m?.[1] || depth === 0) return null;
  let end = REMAINDER_Y.lastIndex;
  let tail = end;
  if (sticky(c.suffixY, text, end)) tail = (c.suffixY as RegExp).lastIndex;
  else if (isLetterAt(text, end)) return null;
  if (sticky(c.dateAfterY, text, end) || sticky(c.notCountAfterY, text, tail)) return null;
  let value = Number(m[1]);
  if (tail === end) {
    const scaled = scaleAfter(c, text, end);
    if (scaled && scaled.scale < below) {
      value *= scaled.scale;
      end = scaled.end;
      tail = end;
      const rest = digitsBelow(c, text, end, scaled.scale, depth - 1);
      if (rest) {
        value += rest.value;
        end = rest.end;
        tail = rest.tail;
      }
    }
  }
  return value < below ? { value, end, tail } : null;
}

/** The text a count's look-behind reads: back to the previous count, at most WINDOW characters. */
const windowBefore = (text: string, at: number, floor: number) =>
  text.slice(Math.max(floor, at - WINDOW), at);

/** Every count in `text` in the lexicon's language, sorted and never overlapping. */
export function findNumbersIn(text: string, lex: NumberLexicon): NumberMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const c = compiled(lex);
  const mentions: NumberMention[] = [];
  let floor = 0;
  c.scanner.lastIndex = 0;
  for (let m = c.scanner.exec(text); m !== null; m = c.scanner.exec(text)) {
    const at = m.index;
    let found: Found | null = null;
    let resume = at + Math.max(1, m[0].length);
    if (m.groups && (m.groups.oneAfter !== undefined || m.groups.oneAt !== undefined)) {
      // One machine lost with no count (implicitOneInScan), unless a count stands right before it.
      const one = m.groups.oneAfter !== undefined ? at + m[0].length : at;
      if (!countJustBefore(mentions, text, one)) mentions.push(implicitOneAt(one));
      c.scanner.lastIndex = resume;
      continue;
    }
    if (/\d/.test(m[0])) {
      found = readDigits(c, text, at, floor);
      if (!found) resume = skipToken(text, at);
    } else if (qualifiedScaleAt(c, text, at, floor)) {
      // "более миллиона", "свыше тысячи": one of the scale, a count only after a qualifier.
      const end = (c.qualifiedScaleY as RegExp).lastIndex;
      const value = c.scales.get(text.slice(at, end).toLowerCase()) ?? null;
      found = { value, form: 'words', start: at, end, tail: end };
    } else if (sticky(c.approximateY, text, at)) {
      const end = (c.approximateY as RegExp).lastIndex;
      const value = c.approximate.get(text.slice(at, end).toLowerCase().replace(/\s+/g, ' ')) ?? null;
      found = { value, form: 'words', start: at, end, tail: end, about: true };
    } else if (sticky(c.vagueY, text, at)) {
      const end = (c.vagueY as RegExp).lastIndex;
      found = { value: null, form: 'vague', start: at, end, tail: end };
    } else {
      const words = readWords(c, text, at);
      // A word is no count where digits are none either ("anni Novanta", "all'età di tre anni").
      const notCount = words !== null && c.notCountBefore?.(windowBefore(text, at, floor)) === true;
      if (
        words &&
        (notCount || sticky(c.dateAfterY, text, words.end) || isParticle(c, text, at, words.end))
      ) {
        resume = words.end;
      } else if (words) {
        found = { value: words.value, form: 'words', start: at, end: words.end, tail: words.end };
      }
    }
    if (found) {
      const mention = mentionOf(c, text, found, floor);
      mentions.push(mention);
      floor = mention.end;
      resume = mention.end;
    }
    c.scanner.lastIndex = Math.max(resume, at + 1);
  }
  return c.implicitOne ? withImplicitOnes(c.implicitOne, text, mentions) : mentions;
}

/** Whether a scale word that counts alone stands at `at` with a qualifier before it. */
function qualifiedScaleAt(c: CompiledNumbers, text: string, at: number, floor: number): boolean {
  return sticky(c.qualifiedScaleY, text, at) && qualifierBefore(c, text, at, floor) !== null;
}

/** The rest of a token that is not a count; one regex for every call (a literal here made one per call). */
const TOKEN_REST_Y = /[\p{L}\p{N}]*(?:[-–/.:,][\p{L}\p{N}]+)*/uy;

function skipToken(text: string, at: number): number {
  TOKEN_REST_Y.lastIndex = at;
  TOKEN_REST_Y.test(text);
  return Math.max(TOKEN_REST_Y.lastIndex, at + 1);
}

function mentionOf(c: CompiledNumbers, text: string, found: Found, floor: number): NumberMention {
  if (found.form === 'vague') return qualifiedMention(found, null, null);
  // "une vingtaine" is about twenty unless a qualifier before it says more ("plus d'une centaine").
  const before =
    qualifierBefore(c, text, found.start, floor) ??
    (found.about ? { qualifier: 'about' as const, start: found.start } : null);
  return qualifiedMention(found, before, qualifierAfter(c, text, found.tail), found.tail);
}
