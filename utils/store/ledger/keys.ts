/**
 * What makes two visits the same article, and two figures of it the same figure. Pure (no Dexie,
 * no zod): the content script computes the text digest with it too.
 *
 * An article is keyed by every name it goes by, strongest first: the canonical URL it declares,
 * its normalised address, and a digest of its text. A revisit matching any key is the same article,
 * so a page that later declares a canonical URL, or the same text at another address, is not kept
 * twice. A figure is keyed by its metric, side, claimant and its sentence with the numbers taken
 * out: an outlet that changes "16" to "19" changes the same figure (its history keeps the 16),
 * and a live blog that grows adds only its new sentences.
 */
import type { ReadFigure, ReadPage } from './types';

/** FNV-1a with two primes: 16 hex digits, stable across runs and browsers. */
export function hashHex(text: string): string {
  let a = 0x811c9dc5;
  let b = a;
  for (let i = 0; i < text.length; i++) {
    a = Math.imul(a ^ text.charCodeAt(i), 0x01000193) >>> 0;
    b = Math.imul(b ^ text.charCodeAt(i), 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** Query parameters that track the reader, never name the article. */
const TRACKING_PARAM =
  /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_[ce]id|igshid|yclid|_ga|ref|ref_src|cmpid|ocid)$/i;

/**
 * The address as the article's name: https, host without "www.", no hash, no tracking
 * parameters, the others sorted, no trailing slash. Null for anything but http(s).
 */
export function normaliseUrl(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const params = [...url.searchParams]
    .filter(([name]) => !TRACKING_PARAM.test(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = url.pathname.replace(/\/+$/, '') || '';
  // Only "www.": m. and amp. pages are other renderings, whose declared canonical URL names the article.
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  return `https://${host}${url.port ? `:${url.port}` : ''}${path}${query}`;
}

/**
 * A digest of the article's text: whitespace and case folded, digits kept (a text that only
 * changed a figure is the same article by its URL, not by this). 'text:' and 16 hex digits.
 */
export function textDigest(text: string): string {
  return `text:${hashHex(text.replace(/\s+/g, ' ').trim().toLowerCase())}`;
}

/** The article's keys, strongest first: declared canonical URL, normalised address, text digest. */
export function articleKeys(page: Pick<ReadPage, 'url' | 'canonicalUrl' | 'textDigest'>): string[] {
  const keys: string[] = [];
  const canonical = page.canonicalUrl ? normaliseUrl(page.canonicalUrl) : null;
  if (canonical) keys.push(`url:${canonical}`);
  const address = normaliseUrl(page.url);
  if (address && !keys.includes(`url:${address}`)) keys.push(`url:${address}`);
  keys.push(page.textDigest);
  return keys;
}

/** The source id of an article first seen under `firstKey`. */
export function readSourceId(firstKey: string): string {
  return `read:${hashHex(firstKey)}`;
}

/** Numbers, written as digits, taken out of a sentence: what stays when an outlet updates a figure. */
function withoutNumbers(sentence: string): string {
  return sentence
    .replace(/\d[\d.,\s\u00a0'’]*/g, '#')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** What identifies a figure within its article across visits: its sentence without the figure's number. */
export function figureKey(
  figure: Pick<ReadFigure, 'metric' | 'side' | 'claimant' | 'quote' | 'quoteFigureStart' | 'quoteFigureEnd'>,
): string {
  const { quote, quoteFigureStart: start, quoteFigureEnd: end } = figure;
  // The figure's own words go too ("sixteen" -> "nineteen"), not only digits.
  const sentence = `${quote.slice(0, start)}#${quote.slice(end)}`;
  return [figure.metric, figure.side ?? '-', figure.claimant?.id ?? '-', withoutNumbers(sentence)].join('|');
}

/** The claim id of a figure of an article; `occurrence` tells apart figures with the same key. */
export function readClaimId(sourceId: string, key: string, occurrence: number): string {
  return `${sourceId}:${hashHex(`${key}#${occurrence}`)}`;
}
