/**
 * The reader's claims saved from this page, anchored again each time the page is marked: asked
 * from the background once per page address (and again after a save), and only on sites the
 * reader saved claims from (saved-claims-sites.ts), anchored number-safely by
 * their text-quote selectors (utils/anchoring/text-quote.ts), and turned into marks. A claim not
 * found is listed for the toolbar popup, never placed by guess.
 */

import { tokenValue } from '../anchoring/number-tokens';
import { anchorQuote, numbersOf } from '../anchoring/text-quote';
import { canonicalUrl } from '../dom/page-metadata';
import { type CollectedText, collectText } from '../dom/text-map';
import type { Figure } from '../engine/types';
import { t } from '../i18n/translate';
import type { NotFoundClaim, PageClaims, SendRequest } from '../messaging/protocol';
import type { Claim } from '../store/types';
import { isSavedSite, readSavedSites } from './saved-claims-sites';

/** Mark ids of saved claims start with this; engine figures' ids never do. */
export const SAVED_MARK_PREFIX = 'saved|';

/** A saved claim found on the page, ready to mark. */
export interface PlacedClaim {
  id: string;
  range: Range;
  /** The claim as the page shows it now (its value is the page's, when the page changed it). */
  figure: Figure;
  reportCount: number;
  metricLabel: string;
  /** Set when the page's number differs from the saved one. */
  notice?: string;
}

export interface SavedClaims {
  /** Anchors this page's saved claims in `collected` (the article), else in the body's text. */
  place(collected: CollectedText): Promise<PlacedClaim[]>;
  /** Saved claims of this page the last `place` did not find. */
  notFound(): NotFoundClaim[];
  /** Whether this page's site has saved claims at all (read from storage, no message sent). */
  mayHaveClaims(): Promise<boolean>;
  /**
   * A claim was saved from this page: re-read the site list (the background, its only writer, has
   * listed the site by the time the save is answered) and ask the background again on the next `place`.
   */
  saved(url: string): Promise<void>;
}

export interface SavedClaimsOptions {
  send: SendRequest;
  doc?: Document;
  /** The sites with saved claims; browser.storage.local's list by default. */
  savedSites?: () => Promise<string[]>;
}

const NO_CLAIMS: PageClaims = { claims: [], metricLabels: {}, reportCounts: {} };

/** "This page said 2 when you saved it; it now says 4." */
export function changedNotice(savedExact: string, nowSays: string): string {
  return t('overlay.changed', { saved: numbersOf(savedExact) || savedExact, now: nowSays });
}

function figureOf(claim: Claim, text: string, start: number, end: number, nowSays?: string): Figure {
  const now = nowSays === undefined ? Number.NaN : tokenValue(nowSays);
  return {
    value: nowSays === undefined ? claim.value : Number.isFinite(now) ? now : null,
    qualifier: claim.qualifier,
    text: text.slice(start, end),
    start,
    end,
    metric: claim.metric,
    side: claim.side,
    claimant: claim.claimant,
    // A saved claim keeps no period (yet): unknown, never guessed.
    period: null,
    sentence: claim.quote,
    sentenceStart: Math.max(0, start - claim.quoteFigureStart),
  };
}

export function createSavedClaims(options: SavedClaimsOptions): SavedClaims {
  const doc = options.doc ?? document;
  const savedSites = options.savedSites ?? readSavedSites;
  let sites: Promise<string[]> | null = null;
  let asked: { url: string; answer: Promise<PageClaims> } | null = null;
  let missing: NotFoundClaim[] = [];

  const claimsOf = async (url: string): Promise<PageClaims> => {
    sites ??= savedSites().catch(() => []);
    if (!isSavedSite(await sites, url)) return NO_CLAIMS;
    if (asked?.url !== url) {
      const answer = options
        .send({ type: 'claimsForPage', url })
        .then((response) => (response.ok ? response.data : NO_CLAIMS));
      asked = { url, answer };
    }
    return asked.answer;
  };

  const place = async (collected: CollectedText): Promise<PlacedClaim[]> => {
    const { claims, metricLabels, reportCounts } = await claimsOf(canonicalUrl(doc));
    const placed: PlacedClaim[] = [];
    const notFound: NotFoundClaim[] = [];
    let body: CollectedText | null = null;
    for (const claim of claims) {
      let source = collected;
      let anchored = anchorQuote(source.text, claim.selector, { hint: claim.start });
      if (!anchored && doc.body) {
        // Saved from outside the article (a sidebar, a caption): look in the whole page.
        body ??= collectText(doc.body);
        source = body;
        anchored = anchorQuote(source.text, claim.selector, { hint: claim.start });
      }
      const range = anchored ? source.map.rangeFor(anchored.start, anchored.end) : null;
      const metricLabel = metricLabels[claim.metric] ?? claim.metric;
      if (!anchored || !range) {
        notFound.push({ id: claim.id, text: claim.selector.exact, metricLabel });
        continue;
      }
      const { start, end, nowSays } = anchored;
      placed.push({
        id: `${SAVED_MARK_PREFIX}${claim.id}`,
        range,
        figure: figureOf(claim, source.text, start, end, nowSays),
        reportCount: reportCounts[claim.metric] ?? 0,
        metricLabel,
        ...(nowSays === undefined ? {} : { notice: changedNotice(claim.selector.exact, nowSays) }),
      });
    }
    missing = notFound;
    return placed;
  };

  return {
    place: (collected) =>
      place(collected).catch((error: unknown) => {
        // A hostile page must never break marking: its saved claims are simply not placed this time.
        console.debug('Crosstally: saved claims could not be placed', error);
        return [];
      }),
    notFound: () => missing,
    async mayHaveClaims() {
      sites ??= savedSites().catch(() => []);
      return isSavedSite(await sites, canonicalUrl(doc));
    },
    async saved() {
      sites = null;
      asked = null;
    },
  };
}

/** Whether `b` starts inside `a` (not at its very end). */
function startsInside(a: Range, b: Range): boolean {
  const atEnd = b.startContainer === a.endContainer && b.startOffset === a.endOffset;
  return !atEnd && a.comparePoint(b.startContainer, b.startOffset) === 0;
}

/** Whether two ranges share any text; ranges in different trees never do. */
function overlaps(a: Range, b: Range): boolean {
  try {
    return startsInside(a, b) || startsInside(b, a);
  } catch {
    return false;
  }
}

function documentOrder(a: { range: Range }, b: { range: Range }): number {
  try {
    return a.range.compareBoundaryPoints(a.range.START_TO_START, b.range);
  } catch {
    return 0;
  }
}

/**
 * The engine's marks and the saved claims' marks together, in reading order; a saved claim
 * replaces an engine mark over the same text (it is the reader's own reading of that figure).
 */
export function withSavedClaims<T extends { range: Range }>(engine: readonly T[], saved: readonly T[]): T[] {
  const kept = engine.filter((mark) => !saved.some((claim) => overlaps(mark.range, claim.range)));
  return [...kept, ...saved].sort(documentOrder);
}
