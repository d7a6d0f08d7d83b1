/**
 * Anchoring a saved quote (a W3C text-quote selector: exact, prefix, suffix) in a page's text,
 * number-safe. Fuzzy anchoring attaches notes to near-identical sentences (hypothesis/client#7571);
 * for figures that would be a lie, so nothing here is fuzzy about numbers:
 *
 * - A span counts as the quote only when it has the quote's words and the quote's numbers
 *   (whitespace may differ, and "two" may be written "2"): status 'exact'.
 * - A span with the quote's words but other numbers is the same figure edited since it was saved
 *   only when the text around it is the saved prefix and suffix: status 'changed', with what the
 *   page says now. Without that context it is another figure, and the quote is not found.
 *
 * Pure: no DOM, no browser APIs. The DOM side (offsets to ranges) lives in the content script.
 */
import type { Figure } from '../engine/types';
import { NUMBER_TOKEN_SOURCE, numberTokens, sameNumber } from './number-tokens';

export type AnchorStatus = 'exact' | 'changed';

export interface AnchoredQuote {
  start: number;
  end: number;
  status: AnchorStatus;
  /** For 'changed': the page's numbers in the span now, as written ("4"). */
  nowSays?: string;
}

export interface AnchorOptions {
  /** Where the quote was when saved: breaks ties between equally good places. */
  hint?: number;
}

/** Context saved on each side of a quote. */
/** Text-quote selector (W3C Web Annotation): robust anchoring of a quote in a page. */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export const CONTEXT_CHARS = 32;
/** An edited figure needs at least this much matching context on each side (or all there was)... */
const MIN_SIDE_CONTEXT = 8;
/** ...and this share of all the saved context. */
const MIN_CONTEXT_SHARE = 0.75;
/** Longer quotes are not searched (the store caps `exact` at 1000 characters). */
const MAX_EXACT_CHARS = 1000;

/** The selector describing `text.slice(start, end)`, with up to `context` characters around it. */
export function describeQuote(
  text: string,
  start: number,
  end: number,
  context = CONTEXT_CHARS,
): TextQuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
  };
}

/** Where a figure found in `text` stands, as a saved claim keeps it: its sentence, its place in it, its selector. */
export function figureQuote(text: string, figure: Figure) {
  return {
    quote: figure.sentence,
    quoteFigureStart: figure.start - figure.sentenceStart,
    quoteFigureEnd: figure.end - figure.sentenceStart,
    selector: describeQuote(text, figure.start, figure.end),
    start: figure.start,
    end: figure.end,
  };
}

/** The numbers of a quote as written, joined: "2", "2, 3". */
export function numbersOf(quote: string): string {
  return numberTokens(quote)
    .map((token) => token.text)
    .join(', ');
}

function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regex for the quote with each number as a slot for any number and each run of whitespace as
 * any whitespace. Null for a quote that is blank or too long to search.
 */
function skeletonPattern(exact: string): RegExp | null {
  const trimmed = exact.trim();
  if (!trimmed || trimmed.length > MAX_EXACT_CHARS) return null;
  let source = /^[\p{L}\p{N}]/u.test(trimmed) ? String.raw`(?<![\p{L}\p{N}])` : '';
  let at = 0;
  const literal = (piece: string) => piece.split(/\s+/).map(escapeRegex).join(String.raw`\s+`);
  for (const token of numberTokens(trimmed)) {
    source += `${literal(trimmed.slice(at, token.start))}(${NUMBER_TOKEN_SOURCE})`;
    at = token.end;
  }
  source += literal(trimmed.slice(at));
  if (/[\p{L}\p{N}]$/u.test(trimmed)) source += String.raw`(?![\p{L}\p{N}])`;
  return new RegExp(source, 'giu');
}

const squash = (text: string): string => text.replace(/\s+/g, ' ');

/** How many characters of `saved` (read from its end) end the text before `at`. */
function prefixMatch(text: string, at: number, saved: string): number {
  const want = squash(saved);
  const have = squash(text.slice(Math.max(0, at - saved.length * 2), at));
  let n = 0;
  while (n < want.length && n < have.length && want[want.length - 1 - n] === have[have.length - 1 - n]) n++;
  return n;
}

/** How many characters of `saved` (read from its start) begin the text after `at`. */
function suffixMatch(text: string, at: number, saved: string): number {
  const want = squash(saved);
  const have = squash(text.slice(at, at + saved.length * 2));
  let n = 0;
  while (n < want.length && n < have.length && want[n] === have[n]) n++;
  return n;
}

/** Whether the context around a span is the saved context: enough on each side, and most of it overall. */
function isSavedContext(
  bounds: TextBounds,
  span: { start: number; end: number },
  selector: TextQuoteSelector,
  matched: { prefix: number; suffix: number },
): boolean {
  const prefix = squash(selector.prefix);
  const suffix = squash(selector.suffix);
  // A quote saved at the start (or end) of the text must still be there.
  if (!prefix.trim() && bounds.first < span.start) return false;
  if (!suffix.trim() && bounds.last >= span.end) return false;
  if (matched.prefix < Math.min(prefix.length, MIN_SIDE_CONTEXT)) return false;
  if (matched.suffix < Math.min(suffix.length, MIN_SIDE_CONTEXT)) return false;
  const total = prefix.length + suffix.length;
  return total === 0 || (matched.prefix + matched.suffix) / total >= MIN_CONTEXT_SHARE;
}

/** Offsets of the text's first and last non-blank characters. */
interface TextBounds {
  first: number;
  last: number;
}

function boundsOf(text: string): TextBounds {
  let last = text.length - 1;
  while (last >= 0 && /\s/.test(text[last] as string)) last--;
  const first = text.search(/\S/);
  return { first: first < 0 ? text.length : first, last };
}

interface Candidate extends AnchoredQuote {
  score: number;
}

/**
 * Where `selector` is in `text`, or null when it is not there. Prefers the place whose context
 * matches best; an 'exact' place wins ties with a 'changed' one, and the place nearest `hint`
 * wins ties between equals.
 */
export function anchorQuote(
  text: string,
  selector: TextQuoteSelector,
  options: AnchorOptions = {},
): AnchoredQuote | null {
  const pattern = skeletonPattern(selector.exact);
  if (!pattern) return null;
  const savedNumbers = numberTokens(selector.exact.trim()).map((token) => token.text);
  const bounds = boundsOf(text);
  let best: Candidate | null = null;
  // Overlapping places count too ("two 0" inside "0 two 0"): search again from each place's next character.
  for (
    let match = pattern.exec(text);
    match;
    pattern.lastIndex = match.index + 1, match = pattern.exec(text)
  ) {
    const span = { start: match.index, end: match.index + match[0].length };
    const nowNumbers = match.slice(1);
    const same = nowNumbers.every((now, i) => sameNumber(now ?? '', savedNumbers[i] ?? ''));
    const matched = {
      prefix: prefixMatch(text, span.start, selector.prefix),
      suffix: suffixMatch(text, span.end, selector.suffix),
    };
    if (!same && !isSavedContext(bounds, span, selector, matched)) continue;
    const candidate: Candidate = same
      ? { ...span, status: 'exact', score: matched.prefix + matched.suffix }
      : {
          ...span,
          status: 'changed',
          nowSays: nowNumbers.join(', '),
          score: matched.prefix + matched.suffix,
        };
    if (!best || isBetter(candidate, best, options.hint)) best = candidate;
  }
  if (!best) return null;
  const { score: _score, ...anchored } = best;
  return anchored;
}

function isBetter(candidate: Candidate, best: Candidate, hint: number | undefined): boolean {
  if (candidate.score !== best.score) return candidate.score > best.score;
  if (candidate.status !== best.status) return candidate.status === 'exact';
  if (hint === undefined) return false;
  return Math.abs(candidate.start - hint) < Math.abs(best.start - hint);
}
