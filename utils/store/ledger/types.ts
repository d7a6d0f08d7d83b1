import type { Side } from '../../engine/types';
import type { Claim } from '../types';

/** What a content script tells of the page it read: untrusted page metadata, validated by the background. */
export interface ReadPage {
  /** The page's address. */
  url: string;
  /** The canonical URL the page declares (link rel=canonical or og:url, same site only), else null. */
  canonicalUrl: string | null;
  title: string;
  /** The publisher (JSON-LD publisher, og:site_name, else the site's name). */
  outlet: string;
  /** YYYY-MM-DD, or null when the page does not say. */
  publishedDate: string | null;
  /** BCP 47 tag, or 'und'. */
  language: string;
  /** A digest of the article's text (textDigest in keys.ts): the article's key when its URL says nothing. */
  textDigest: string;
}

/**
 * One figure of the page as the background's engine found it, with where it is in the page's text:
 * a claim's content without its source and note (the ledger gives those), and only with a value.
 */
export type ReadFigure = Pick<
  Claim,
  | 'metric'
  | 'qualifier'
  | 'side'
  | 'claimant'
  | 'quote'
  | 'quoteFigureStart'
  | 'quoteFigureEnd'
  | 'selector'
  | 'start'
  | 'end'
  | 'period'
> & { value: number };

/** One read article in the `readings` table (schema 5). */
export interface ReadingRow {
  /** The article's source id (`read:` and a hash of its first key). */
  sourceId: string;
  /** Every key the article was seen under: canonical URL, normalised URL, text digest. */
  keys: string[];
  /** The site's name ("example.com"), for "Forget this site". */
  site: string;
  firstReadAt: number;
  readAt: number;
}

/** The reader's choices for the ledger; kept by the background in browser.storage.local. */
export interface LedgerSettings {
  /** null until the reader chooses (the overlay asks once); off until then. */
  consent: boolean | null;
  /** Sites whose pages are never recorded. */
  excludedSites: string[];
  /** Read articles older than this many days are forgotten; null keeps them. */
  keepDays: KeepDays | null;
}

export const KEEP_DAYS_CHOICES = [30, 90, 365] as const;
export type KeepDays = (typeof KEEP_DAYS_CHOICES)[number];

/** Why a page was not recorded. */
export type NotRecordedReason = 'off' | 'undecided' | 'private' | 'excluded' | 'no-figures' | 'in-store';

/** recordReading's answer: what the ledger holds of the page now. */
export type RecordOutcome =
  | {
      recorded: true;
      sourceId: string;
      added: number;
      updated: number;
      unchanged: number;
      /** Figures of this article in the ledger (after the reader's removals). */
      inLedger: number;
    }
  | {
      recorded: false;
      reason: NotRecordedReason;
      inLedger: number;
      consent: boolean | null;
      /** The article's source when the ledger holds it from an earlier visit. */
      sourceId?: string;
    };

/** What the ledger holds: read articles, their claims, and the sites read (by name, sorted). */
export interface LedgerCounts {
  articles: number;
  claims: number;
  sites: { site: string; articles: number }[];
}

/** What "Forget this site" / "Forget everything read" / expiry removed. */
export interface ForgetResult {
  articles: number;
  claims: number;
}

/** The reader's correction of a read figure from the overlay (store/ledger/correct.ts). */
export interface ReadCorrection {
  value: number;
  /** Whose losses the figure counts; absent leaves the side as read. */
  side?: Side;
}
