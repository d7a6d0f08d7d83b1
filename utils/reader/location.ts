/**
 * The reader page's address: which stored document to show and which passage to bring into view.
 * A passage is named by a claim id (the reader looks its offsets up among the document's claims)
 * or by text offsets (`readerPath` in utils/overlay/links.ts).
 */

export interface ReaderTarget {
  sourceId: string;
  claimId: string | null;
  /** Offsets in the document's text; both set or both null. */
  start: number | null;
  end: number | null;
}

/** Longest id the reader accepts from its address; store ids are far shorter. */
const MAX_ID_CHARS = 300;

/** `reader.html?source=<id>&claim=<id>`, relative to the extension's root. */
export function readerClaimPath(sourceId: string, claimId: string): string {
  return `reader.html?${new URLSearchParams({ source: sourceId, claim: claimId }).toString()}`;
}

function offset(value: string | null): number | null {
  if (value === null || !/^\d{1,9}$/.test(value)) return null;
  return Number(value);
}

function id(value: string | null): string | null {
  return value && value.length <= MAX_ID_CHARS ? value : null;
}

/** Reads the reader's query string ("?source=...&claim=..." or "&start=&end="); null without a source. */
export function parseReaderQuery(search: string): ReaderTarget | null {
  const query = new URLSearchParams(search);
  const sourceId = id(query.get('source'));
  if (!sourceId) return null;
  let start = offset(query.get('start'));
  let end = offset(query.get('end'));
  if (start === null || end === null || end <= start) {
    start = null;
    end = null;
  }
  return { sourceId, claimId: id(query.get('claim')), start, end };
}
