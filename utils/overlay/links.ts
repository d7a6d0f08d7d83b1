/**
 * Where a report's link goes. Seed documents open in the extension's reader
 * page; web sources open at the quote through a text-fragment link. Only
 * http(s) URLs become links: stored URLs may come from imports and are
 * untrusted (no javascript:, data: or file: links).
 */
import type { ReadCorrection } from '../store/ledger/types';
import type { Report } from '../store/types';
import { textFragmentUrl } from './format';

/** How the overlay turns reports into links; supplied by the content script. */
export interface ReportLinker {
  /** The reader page URL for a stored document (e.g. via browser.runtime.getURL), or null when it has none. */
  readerUrl: (report: Report) => string | null;
  /**
   * When given, a click on a report link calls this instead of navigating, so the
   * background can open the tab (an extension page cannot be opened from a web page
   * unless it is web-accessible, which would let pages detect the extension).
   */
  onOpen?: (href: string, report: Report) => void;
  /** Removes a report from the reading ledger (reports of pages the reader read); absent: no button. */
  onForget?: (report: Report) => void;
  /**
   * Corrects a read report (its value; whose losses, when given); resolves to an error message to
   * show, or null once saved. Absent: no Correct button.
   */
  onCorrect?: (report: Report, correction: ReadCorrection) => Promise<string | null>;
}

export interface ReportLink {
  href: string;
  kind: 'reader' | 'web';
}

export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export function reportLink(report: Report, readerUrl: ReportLinker['readerUrl']): ReportLink | null {
  if (report.sourceKind !== 'seed' && report.url && isWebUrl(report.url)) {
    return { href: textFragmentUrl(report.url, report.selector), kind: 'web' };
  }
  const reader = readerUrl(report);
  return reader ? { href: reader, kind: 'reader' } : null;
}

/** The reader page path for a passage of a stored document: `reader.html?source=<id>&start=<n>&end=<n>`. */
export function readerPath(sourceId: string, start: number, end: number): string {
  const query = new URLSearchParams({ source: sourceId, start: String(start), end: String(end) });
  return `reader.html?${query.toString()}`;
}
