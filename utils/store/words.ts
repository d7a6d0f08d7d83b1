/**
 * Search words: lowercased, diacritics folded, so "Agdam" finds "Ağdam" and "Şuşa" finds "Susa".
 * Pure; the store keeps a claim's words in word rows (word-rows.ts).
 */
import type { Claim } from './types';

/** Words too common in news quotes to narrow a search; leaving them out keeps the index small. */
const STOP_WORDS = new Set(
  'a an and are as at be been by for from had has have he her his in is it its of on or said says she that the their they this to was were which who with'.split(
    ' ',
  ),
);

/** Printable ASCII and line breaks only: nothing to fold but case. */
const ASCII_ONLY = /^[\t\n\r -~]*$/;

/** Letters without diacritics (NFKD drops combining marks; dotless ı and ə have no decomposition). */
export function foldText(text: string): string {
  // Most quotes in English are plain ASCII: normalizing them is most of an import's word time.
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/ə/g, 'e')
    .replace(/ß/g, 'ss');
}

/** The folded words of a text, in order, duplicates kept. */
export function tokenize(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** The distinct words a claim is found by: its quote and its claimant's label. */
export function claimWords(claim: Pick<Claim, 'quote' | 'claimant' | 'note'>): string[] {
  const words = new Set<string>();
  const texts = [claim.quote, claim.claimant?.label ?? '', claim.note ?? ''];
  for (const text of texts) {
    for (const word of tokenize(text)) {
      if (!STOP_WORDS.has(word)) words.add(word);
    }
  }
  return [...words];
}

/** Whether two versions of a claim are found by the same words: the texts claimWords reads are equal. */
export function sameClaimWords(
  a: Pick<Claim, 'quote' | 'claimant' | 'note'>,
  b: Pick<Claim, 'quote' | 'claimant' | 'note'>,
): boolean {
  return (
    a.quote === b.quote &&
    (a.note ?? '') === (b.note ?? '') &&
    (a.claimant?.label ?? '') === (b.claimant?.label ?? '')
  );
}

/** The distinct words of a search query, stop words dropped (they are not indexed). */
export function queryWords(query: string): string[] {
  return [...new Set(tokenize(query))].filter((word) => !STOP_WORDS.has(word));
}
