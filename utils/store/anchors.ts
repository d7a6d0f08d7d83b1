/**
 * Whether a claim sits where its text-quote selector says in a source's text (pure). An import
 * that would pair a text with claims it does not hold (a forged article under the seed's claims,
 * say) is refused, so the reader page never marks the wrong words.
 */
import type { ErrorIssue } from './errors';
import type { TextQuoteSelector } from './types';

export interface Anchored {
  id: string;
  start: number;
  end: number;
  selector: TextQuoteSelector;
}

const shown = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * Why the claim does not sit at its place in `text`, or null when it does. A claim placed after
 * the text's end is one the reader typed without finding it in the text: never marked, so fine.
 */
export function anchorProblem(text: string, claim: Anchored): Pick<ErrorIssue, 'key' | 'params'> | null {
  if (claim.start > text.length) return null;
  const { exact, prefix, suffix } = claim.selector;
  const found = text.slice(claim.start, claim.end);
  // Offsets stay as written (strings): a number would be grouped in the reader's language.
  const where = { id: claim.id, exact: shown(exact) };
  if (found !== exact) {
    const at = { start: String(claim.start), end: String(claim.end), found: shown(found) };
    return { key: 'error.issue.anchorMoved', params: { ...where, ...at } };
  }
  const prefixAt = claim.start - prefix.length;
  if (prefix && (prefixAt < 0 || !text.startsWith(prefix, prefixAt))) {
    return { key: 'error.issue.anchorPrefix', params: { ...where, prefix: shown(prefix) } };
  }
  if (suffix && !text.startsWith(suffix, claim.end)) {
    return { key: 'error.issue.anchorSuffix', params: { ...where, suffix: shown(suffix) } };
  }
  return null;
}
