/**
 * The Dexie database. Import only from the background and extension pages: a content script that
 * imports this module carries Dexie (~100 kB) into every page it runs on.
 *
 * Schema history (keep every version that has an upgrade; add new versions below, never edit old ones):
 * 1: sources, claims (metric, value, source, claimant, origin indexes) and meta.
 * 2: quote words for search (multi-entry index, filled for existing claims), [value+metric] in
 *    place of value (finds the metrics a bare number is stored under), per-metric digests (built
 *    for existing claims), source documents and tombstones of deleted seed and imported claims.
 * 3: a version per claim (1 for every existing claim; each write adds one), so a write from a
 *    manager tab opened before another tab's change is refused instead of undoing it. No index.
 * 4: the import journal (what each chunk of a running import replaced), so an import written in
 *    many short transactions can still be undone as a whole (import-journal.ts).
 * 5: periods (issue 15). A claim's `eventDate` becomes its `period`, and retired metric ids become
 *    their metric over an era (claim-upgrade.ts, shared with old claim packs); a content-based id
 *    that named the old metric moves to the new one, with its tombstone. Digests are rebuilt: their
 *    buckets now carry the period. Notes, values and editedAt stay as the reader left them.
 * 6: the reading ledger's articles (`readings`: the keys that identify a read article, its site and
 *    when it was read; utils/store/ledger/). A new table only: no row of another table is rewritten,
 *    so fields a version this code does not know added (a claim's period) stay as they are.
 * 7: digests split into one row per metric and bucket (`digestBuckets`, digest-rows.ts), so a
 *    write patches a few small rows instead of rewriting every claim id of a metric. Each old
 *    digest row becomes its bucket rows as it was (no claim is read or rewritten); `digests` goes.
 *    Sources get a `url` index: a page's saved claims are found by its address without reading
 *    every source (10,000 of them with a full reading ledger, on every page).
 * 8: search words leave the claim rows for `words` rows (word-rows.ts): one row per word and
 *    write batch, listing its claims, instead of a multi-entry index (~15 entries per claim
 *    written, most of an import's time). Claim rows keep their batch number; nothing else changes.
 * 9: claims lose their `claimant.id` index (search's claimant filter reads the digests): every
 *    index entry costs each claim written about a third of writing the row itself.
 * 10: digest buckets gathered into at most 64 group rows per metric (`digestGroups`, digest-rows.ts)
 *    instead of one row per bucket: an import put ~9,000 bucket rows for 10,000 claims, each put
 *    costing about as much as a claim's. Each bucket row moves into its group row as it was (no
 *    claim is read); `digestBuckets` goes.
 * 11: claim blocks (`claimBlocks`, claim-blocks.ts): an import writes its claims 32 to a row. A
 *    new table only: claims already stored stay rows.
 * 12: claim blocks lose their `valueMetrics` index (a figure's block claims are found by id from
 *    its metric's digest): ~30 of a block's ~80 index entries, ~40% of the time an import spent
 *    putting blocks. Stored blocks keep the field, read by nothing. Sources lose their `outlet`
 *    index, which nothing reads (an entry per source written).
 *
 * Write claims and sources only through writes.ts: it keeps words and digests in step.
 */
import Dexie, { type ObservabilitySet, type Table } from 'dexie';
import type { ClaimBlock } from './claim-blocks';
import { upgradeToPeriods } from './db-upgrade-periods';
import { bucketRowsOf, type DigestBucketRow, groupRowsOfBuckets } from './digest-bucket-rows';
import type { DigestGroupRow } from './digest-rows';
import { buildDigests, type MetricDigest } from './digests';
import type { ReadingRow } from './ledger/types';
import type { Claim, Source, SourceDocument } from './types';
import { upgradeToWordRows, type WordRow } from './word-rows';
import { claimWords } from './words';
import { WriteFaults } from './write-faults';

export const DEFAULT_DB_NAME = 'crosstally';

/** A claim as stored: with its version and its word batch (see writes.ts). */
export interface StoredClaim extends Claim {
  /** 1 when first written; every write of the claim adds one (store-only, never exported). */
  version: number;
  /** The write batch whose word rows list this claim (word-rows.ts; store-only). */
  wordBatch: number;
  /** The block holding the claim, when it is in one (claim-blocks.ts): set by readers, never stored. */
  block?: string;
}

/** A deleted seed or imported claim, so reseeding and re-importing leave it deleted. */
export interface Tombstone {
  id: string;
  deletedAt: number;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/** What one chunk of an import replaced: enough to put the store back as it was. */
export interface ImportJournalRow {
  seq?: number;
  importId: string;
  /** Ids the chunk added (absent before it). */
  addedClaims: string[];
  addedSources: string[];
  addedDocuments: string[];
  /** Rows as they were before the chunk overwrote or deleted them. */
  claims: Claim[];
  sources: Source[];
  documents: SourceDocument[];
  tombstones: Tombstone[];
  /** Metrics of the claims written or replaced: their digests are rebuilt after the import or its undo. */
  metrics: string[];
}

export class CrosstallyDb extends Dexie {
  sources!: Table<Source, string>;
  claims!: Table<StoredClaim, string>;
  documents!: Table<SourceDocument, string>;
  tombstones!: Table<Tombstone, string>;
  digestGroups!: Table<DigestGroupRow, string>;
  meta!: Table<MetaRow, string>;
  importJournal!: Table<ImportJournalRow, number>;
  readings!: Table<ReadingRow, string>;
  words!: Table<WordRow, [string, number]>;
  claimBlocks!: Table<ClaimBlock, string>;
  /** Simulated write failures (a full disk) for tests; off unless a test arms it. */
  readonly faults = new WriteFaults();
  /** Bumped on every write to any table, here or (through Dexie's broadcast) in another context. */
  revision = 0;
  /** Bumped on every write to `sources`, likewise: what was read of sources still holds while it stands. */
  sourceRevision = 0;

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    this.version(1).stores({
      sources: 'id, kind, outlet',
      claims: 'id, metric, value, sourceId, claimant.id, origin',
      meta: 'key',
    });
    this.version(2)
      .stores({
        claims: 'id, metric, sourceId, claimant.id, origin, *words, [value+metric]',
        documents: 'sourceId',
        tombstones: 'id',
        digests: 'metric',
      })
      .upgrade(async (tx) => {
        const claims = tx.table<StoredClaim & { words: string[] }, string>('claims');
        await claims.toCollection().modify((claim) => {
          claim.words = claimWords(claim);
        });
        const sources = await tx.table<Source, string>('sources').toArray();
        const digests = buildDigests(
          (await claims.toArray()).map(fromStoredClaim),
          new Map(sources.map((s) => [s.id, s])),
        );
        await tx.table<MetricDigest, string>('digests').bulkPut([...digests.values()]);
      });
    // Only adds a field: every other field (the reader's edits, notes, editedAt) stays as it was.
    this.version(3)
      .stores({})
      .upgrade(async (tx) => {
        await tx
          .table<StoredClaim, string>('claims')
          .toCollection()
          .modify((claim) => {
            if (typeof claim.version !== 'number') claim.version = 1;
          });
      });
    this.version(4).stores({ importJournal: '++seq, importId' });
    this.version(5)
      .stores({})
      .upgrade((tx) => upgradeToPeriods(tx));
    this.version(6).stores({ readings: 'sourceId, *keys, site, readAt' });
    this.version(7)
      .stores({ digests: null, digestBuckets: 'key, metric', sources: 'id, kind, outlet, url' })
      .upgrade(async (tx) => {
        const old = await tx.table<MetricDigest, string>('digests').toArray();
        await tx.table<DigestBucketRow, string>('digestBuckets').bulkPut(old.flatMap(bucketRowsOf));
      });
    this.version(8)
      .stores({ claims: 'id, metric, sourceId, claimant.id, origin, [value+metric]', words: '[word+batch]' })
      .upgrade((tx) => upgradeToWordRows(tx));
    this.version(9).stores({ claims: 'id, metric, sourceId, origin, [value+metric]' });
    this.version(10)
      .stores({ digestBuckets: null, digestGroups: 'key, metric' })
      .upgrade(async (tx) => {
        const buckets = await tx.table<DigestBucketRow, string>('digestBuckets').toArray();
        await tx.table<DigestGroupRow, string>('digestGroups').bulkPut(groupRowsOfBuckets(buckets));
      });
    this.version(11).stores({ claimBlocks: 'key, *ids, *metrics, *sources, *origins, *valueMetrics' });
    this.version(12).stores({
      claimBlocks: 'key, *ids, *metrics, *sources, *origins',
      sources: 'id, kind, url',
    });
    this.use({
      stack: 'dbcore',
      name: 'revision',
      create: (down) => ({
        ...down,
        table: (tableName) => {
          const table = down.table(tableName);
          return {
            ...table,
            mutate: (request) => {
              const refused = this.faults.refusal(request.type);
              if (refused) return Promise.reject(refused);
              this.revision++;
              if (tableName === 'sources') this.sourceRevision++;
              return table.mutate(request);
            },
          };
        },
      }),
    });
    // Writes from another context of the extension (an extension page) invalidate caches here too.
    const prefix = `idb://${name}/`;
    const onMutated = (parts: ObservabilitySet) => {
      const names = Object.keys(parts);
      if (names.some((part) => part.startsWith(prefix))) this.revision++;
      if (names.some((part) => part.startsWith(`${prefix}sources/`))) this.sourceRevision++;
    };
    Dexie.on('storagemutated', onMutated);
    this.on('close', () => Dexie.on.storagemutated.unsubscribe(onMutated));
  }
}

export function toStoredClaim(claim: Claim, version: number, wordBatch: number): StoredClaim {
  // A claim with no block is copied by a plain spread (several times faster than a rest pattern:
  // an import writes every claim through here); its own version and batch are overwritten.
  if (!('block' in claim)) return { ...claim, version, wordBatch };
  const {
    version: _old,
    wordBatch: _batch,
    block: _block,
    ...fields
  } = claim as Claim & Partial<StoredClaim>;
  return { ...fields, version, wordBatch };
}

/** The claim without store-only fields, as sent to callers. */
export function fromStoredClaim(stored: StoredClaim): Claim {
  // `words`: rows as schemas 2 to 7 stored them (read by their upgrades).
  const {
    words: _words,
    version: _version,
    wordBatch: _batch,
    block: _block,
    ...claim
  } = stored as StoredClaim & {
    words?: string[];
  };
  return claim;
}
