/**
 * Recording a read page in the ledger: one source per article (found by any of its keys), one
 * claim per figure (found by its figure key), in one transaction. A revisit updates in place; a
 * figure whose value changed keeps what it said before as history; a figure the reader removed
 * (tombstone) or corrected (editedAt) is left as the reader made it. The background decides
 * whether a page may be recorded at all (consent, private windows, excluded sites): not this.
 */
import { claimReadTables, claimRows, countOfSource } from '../claim-rows';
import { type CrosstallyDb, fromStoredClaim } from '../db';
import { guardQuota } from '../errors';
import { carryWrite } from '../page-lookups';
import type { Claim, FigureHistoryEntry, Source } from '../types';
import { putClaimRows, putClaims, putSources, writeTables } from '../writes';
import { articleKeys, figureKey, readClaimId, readSourceId } from './keys';
import type { ReadFigure, ReadingRow, ReadPage, RecordOutcome } from './types';

/** Keys kept per article: a page renamed many times keeps its latest names. */
const MAX_KEYS_PER_ARTICLE = 16;
/** Values kept per figure: a live blog updating a toll hourly keeps the last ones. */
const MAX_HISTORY = 20;

export interface ReadingInput {
  page: ReadPage;
  /** The page's site name (siteNameOf its host), for "Forget this site". */
  site: string;
  figures: ReadFigure[];
}

export function ledgerTables(db: CrosstallyDb) {
  return [...writeTables(db), db.readings, db.tombstones];
}

/** The reading an article's keys name; the strongest key wins when several articles match. */
async function findReading(db: CrosstallyDb, keys: string[]): Promise<ReadingRow | undefined> {
  // One exact lookup per key: anyOf walks a cursor over the index between the lowest and the
  // highest key (an address and a text digest sort far apart: most of the index), slow in some
  // IndexedDB engines and most of a save's time in fake-indexeddb's.
  const found = (
    await Promise.all(keys.map((key) => db.readings.where('keys').equals(key).toArray()))
  ).flat();
  for (const key of keys) {
    const match = found.find((row) => row.keys.includes(key));
    if (match) return match;
  }
  return undefined;
}

function sourceOf(page: ReadPage, id: string, now: number): Source {
  return {
    id,
    label: (page.title || page.outlet || page.url).slice(0, 500),
    outlet: page.outlet || null,
    url: page.canonicalUrl ?? page.url,
    language: page.language,
    publishedDate: page.publishedDate,
    kind: 'read',
    segments: [],
    readAt: now,
  };
}

/** The figures with their claim ids: the n-th figure with the same key gets occurrence n. */
function identify(sourceId: string, figures: ReadFigure[]): { id: string; figure: ReadFigure }[] {
  const seen = new Map<string, number>();
  return figures.map((figure) => {
    const key = figureKey(figure);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return { id: readClaimId(sourceId, key, occurrence), figure };
  });
}

function contentOf(figure: ReadFigure, sourceId: string) {
  return { ...figure, sourceId };
}

function moved(existing: Claim, figure: ReadFigure): boolean {
  return (
    existing.quote !== figure.quote ||
    existing.start !== figure.start ||
    existing.end !== figure.end ||
    existing.quoteFigureStart !== figure.quoteFigureStart ||
    existing.quoteFigureEnd !== figure.quoteFigureEnd ||
    existing.selector.exact !== figure.selector.exact ||
    existing.selector.prefix !== figure.selector.prefix ||
    existing.selector.suffix !== figure.selector.suffix
  );
}

/** Saves a read page's figures; call only for pages the reader let the ledger keep. */
export async function recordReading(
  db: CrosstallyDb,
  input: ReadingInput,
  now = Date.now(),
): Promise<RecordOutcome & { recorded: true }> {
  const { page, site, figures } = input;
  const keys = articleKeys(page);
  let carry = () => {};
  const outcome = await guardQuota(() =>
    db.transaction('rw', ledgerTables(db), async () => {
      const reading = await findReading(db, keys);
      const sourceId = reading?.sourceId ?? readSourceId(keys[0] ?? page.textDigest);
      const previous = await db.sources.get(sourceId);
      const lastReadAt = previous?.readAt ?? reading?.readAt ?? now;
      await putSources(db, [sourceOf(page, sourceId, now)]);
      await db.readings.put({
        sourceId,
        keys: [...new Set([...keys, ...(reading?.keys ?? [])])].slice(0, MAX_KEYS_PER_ARTICLE),
        site,
        firstReadAt: reading?.firstReadAt ?? now,
        readAt: now,
      });
      const identified = identify(sourceId, figures);
      const ids = identified.map(({ id }) => id);
      const [stored, tombstones] = await Promise.all([claimRows(db, ids), db.tombstones.bulkGet(ids)]);
      const writes: Claim[] = [];
      // Figures only moved in the text (a live blog grew above them): their digest buckets stay
      // as they are, so their rows are rewritten without touching the metrics' digests.
      const movedOnly: Claim[] = [];
      // The stored rows this write replaces, for the page lookups' patch.
      const replaced: Claim[] = [];
      let added = 0;
      let updated = 0;
      let unchanged = 0;
      identified.forEach(({ id, figure }, i) => {
        const row = stored[i];
        // The reader removed it: it stays removed on every revisit.
        if (tombstones[i]) return;
        if (!row) {
          writes.push({ ...contentOf(figure, sourceId), id, origin: 'read', createdAt: now, updatedAt: now });
          added++;
          return;
        }
        const existing = fromStoredClaim(row);
        // The reader corrected it: the correction stands over what the page says.
        if (existing.editedAt !== undefined) {
          unchanged++;
          return;
        }
        // A vague figure's bucket depends on its words too (digests.ts), so new words count as a change.
        const changed =
          existing.value !== figure.value ||
          existing.qualifier !== figure.qualifier ||
          (figure.qualifier === 'vague' && existing.selector.exact !== figure.selector.exact);
        if (!changed && !moved(existing, figure)) {
          unchanged++;
          return;
        }
        const claim: Claim = { ...existing, ...contentOf(figure, sourceId), updatedAt: now };
        replaced.push(existing);
        if (changed) {
          const said: FigureHistoryEntry = {
            value: existing.value,
            qualifier: existing.qualifier,
            seenAt: lastReadAt,
          };
          claim.history = [...(existing.history ?? []), said].slice(-MAX_HISTORY);
          updated++;
          writes.push(claim);
        } else {
          unchanged++;
          movedOnly.push(claim);
        }
      });
      await putClaims(db, writes);
      await putClaimRows(db, movedOnly);
      const inLedger = await countOfSource(db, sourceId);
      carry = carryWrite(db, replaced, [...writes, ...movedOnly]);
      return { recorded: true as const, sourceId, added, updated, unchanged, inLedger };
    }),
  );
  // The next page's lookups stay warm: patched with this page's figures, not dropped.
  carry();
  return outcome;
}

/** The ledger's source of the article these keys name and its figures there (none: null). */
export async function figuresInLedger(
  db: CrosstallyDb,
  keys: string[],
): Promise<{ sourceId: string; count: number } | null> {
  return db.transaction('r', [db.readings, ...claimReadTables(db)], async () => {
    const reading = await findReading(db, keys);
    if (!reading) return null;
    return {
      sourceId: reading.sourceId,
      count: await countOfSource(db, reading.sourceId),
    };
  });
}
