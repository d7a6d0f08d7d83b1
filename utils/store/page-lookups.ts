/**
 * The store lookups every coverage page makes in the background (analyzePage, the checker),
 * cached in memory per database handle: per metric, how many claims it holds (in all and per
 * value), and per value and metric, which sources said it in which sentence.
 *
 * Why not the query cache (query-cache.ts): that one is dropped on every write, and with the
 * reading ledger on every page read is a write, so each next page paid cold index walks over
 * ~100,000 read claims (issue 16). These caches are instead kept by commit: they stay valid
 * until a transaction that wrote claims or digests commits (Dexie's storagemutated event, here or
 * in another context of the extension), and a ledger write patches them with exactly what it
 * changed (carryWrite) instead of letting them drop.
 */
import Dexie from 'dexie';
import { claimsOfMetric, claimsOfValueAndMetric, countOfMetric } from './claim-rows';
import type { CrosstallyDb } from './db';
import { readDigest } from './digest-rows';
import type { Claim } from './types';

/** A metric's claims: how many, and how many per value (valued claims only: the `[value+metric]` index). */
export interface MetricTally {
  claims: number;
  byValue: Map<number, number>;
}

/** The claims of one value and metric: per quote, its claims' ids and sources. */
type SentenceSources = Map<string, Map<string, string>>;

interface PageLookups {
  /** Commits of claims or digests seen when these were read. */
  generation: number;
  tallies: Map<string, MetricTally>;
  sentences: Map<string, SentenceSources>;
}

/** Value-and-metric pairs kept: a page asks for a few dozen; the ledger has ~1,000 in use. */
const MAX_SENTENCE_ENTRIES = 512;

const generations = new WeakMap<CrosstallyDb, { commits: number }>();
const lookups = new WeakMap<CrosstallyDb, PageLookups>();

/** Commits that wrote claims or digests since this handle first asked. */
function generationOf(db: CrosstallyDb): number {
  let counter = generations.get(db);
  if (!counter) {
    const seen = { commits: 0 };
    const parts = [
      `idb://${db.name}/claims/`,
      `idb://${db.name}/claimBlocks/`,
      `idb://${db.name}/digestGroups/`,
    ];
    const onMutated = (mutated: Record<string, unknown>) => {
      if (Object.keys(mutated).some((part) => parts.some((prefix) => part.startsWith(prefix))))
        seen.commits++;
    };
    Dexie.on('storagemutated', onMutated);
    db.on('close', () => Dexie.on.storagemutated.unsubscribe(onMutated));
    generations.set(db, seen);
    counter = seen;
  }
  return counter.commits;
}

function lookupsOf(db: CrosstallyDb): PageLookups {
  const generation = generationOf(db);
  let current = lookups.get(db);
  if (!current || current.generation !== generation) {
    current = { generation, tallies: new Map(), sentences: new Map() };
    lookups.set(db, current);
  }
  return current;
}

/** Keeps what was read only if nothing committed while it was read. */
function keepIfCurrent(
  db: CrosstallyDb,
  generationAtStart: number,
  keep: (cache: PageLookups) => void,
): void {
  if (generationOf(db) === generationAtStart) keep(lookupsOf(db));
}

const vmKey = (value: number, metric: string) => `${value}|${metric}`;

async function readTally(db: CrosstallyDb, metric: string): Promise<MetricTally> {
  const tally: MetricTally = { claims: 0, byValue: new Map() };
  const add = (value: number | null, claims: number) => {
    tally.claims += claims;
    if (value !== null) tally.byValue.set(value, (tally.byValue.get(value) ?? 0) + claims);
  };
  // The digest lists every claim of the metric by bucket (value first), read from a few group
  // rows: far fewer entries to walk than the metric index itself. A vague bucket groups by word,
  // so its value is one claim's: a vague claim with a number sends the count to the claims themselves.
  const digest = await readDigest(db, metric);
  const buckets = digest ? Object.values(digest.buckets) : [];
  if (buckets.length > 0 && buckets.every((bucket) => bucket.v === null || bucket.q !== 'vague')) {
    for (const bucket of buckets) add(bucket.v, bucket.ids.length);
    return tally;
  }
  // No digest: no claim, or claims written before digests existed (then counted from their rows).
  if (!digest && (await countOfMetric(db, metric)) === 0) return tally;
  for (const claim of await claimsOfMetric(db, metric)) add(claim.value, 1);
  return tally;
}

/** Per metric, its claims in all and per value. */
export async function metricTallies(
  db: CrosstallyDb,
  metrics: readonly string[],
): Promise<Map<string, MetricTally>> {
  const cache = lookupsOf(db);
  const missing = metrics.filter((metric) => !cache.tallies.has(metric));
  const read = new Map<string, MetricTally>();
  if (missing.length > 0) {
    const generation = cache.generation;
    const tallies = await Promise.all(missing.map((metric) => readTally(db, metric)));
    missing.forEach((metric, i) => {
      read.set(metric, tallies[i] as MetricTally);
    });
    keepIfCurrent(db, generation, (current) => {
      for (const [metric, tally] of read) current.tallies.set(metric, tally);
    });
  }
  const found = new Map<string, MetricTally>();
  for (const metric of metrics) {
    const tally = read.get(metric) ?? cache.tallies.get(metric);
    if (tally) found.set(metric, tally);
  }
  return found;
}

/** The claims of each metric (0 for a metric the store does not hold). */
export async function metricCounts(db: CrosstallyDb, metrics: readonly string[]): Promise<number[]> {
  const tallies = await metricTallies(db, metrics);
  return metrics.map((metric) => tallies.get(metric)?.claims ?? 0);
}

/** The sources of the claims of this value and metric quoted with exactly this sentence. */
export async function sourcesSaying(
  db: CrosstallyDb,
  value: number,
  metric: string,
  sentence: string,
): Promise<string[]> {
  const key = vmKey(value, metric);
  const cache = lookupsOf(db);
  let sentences = cache.sentences.get(key);
  if (!sentences) {
    const generation = cache.generation;
    const read: SentenceSources = new Map();
    // Claims of the value and metric only (an index lookup), not every claim of the metric.
    for (const claim of await claimsOfValueAndMetric(db, value, metric)) setSaying(read, claim, true);
    sentences = read;
    keepIfCurrent(db, generation, (current) => {
      if (current.sentences.size >= MAX_SENTENCE_ENTRIES)
        current.sentences.delete(current.sentences.keys().next().value as string);
      current.sentences.set(key, read);
    });
  }
  // In the index's order (claim id), as a read of the index would list them.
  const claims = sentences.get(sentence) ?? new Map<string, string>();
  const ids = [...claims.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [...new Set(ids.map((id) => claims.get(id) as string))];
}

function setSaying(
  sentences: SentenceSources,
  claim: Pick<Claim, 'id' | 'quote' | 'sourceId'>,
  said: boolean,
): void {
  const claims = sentences.get(claim.quote) ?? new Map<string, string>();
  if (said) claims.set(claim.id, claim.sourceId);
  else claims.delete(claim.id);
  if (claims.size > 0) sentences.set(claim.quote, claims);
  else sentences.delete(claim.quote);
}

function patch(cache: PageLookups, claim: Claim, change: 1 | -1): void {
  const tally = cache.tallies.get(claim.metric);
  if (tally) {
    tally.claims += change;
    if (claim.value !== null) {
      const count = (tally.byValue.get(claim.value) ?? 0) + change;
      if (count > 0) tally.byValue.set(claim.value, count);
      else tally.byValue.delete(claim.value);
    }
  }
  if (claim.value === null) return;
  const sentences = cache.sentences.get(vmKey(claim.value, claim.metric));
  if (sentences) setSaying(sentences, claim, change === 1);
}

/**
 * For a write that knows exactly what it changed (a ledger save, a read figure removed): call
 * inside its rw transaction (over claims and digests), after its writes, with the claims as they
 * were stored before (`removed`) and as written (`added`); call what it returns once the
 * transaction committed. The caches then move on with the write, patched, instead of dropping;
 * if any other write committed in between, they drop as usual.
 */
export function carryWrite(db: CrosstallyDb, removed: readonly Claim[], added: readonly Claim[]): () => void {
  // No other transaction writing claims can commit while this one is active.
  const before = lookupsOf(db);
  return () => {
    const after = generationOf(db);
    // No commit seen (nothing written): the caches are still right. More than this one, or a
    // reader already started afresh: they drop as usual.
    if (after !== before.generation + 1 || lookups.get(db) !== before) return;
    for (const claim of removed) patch(before, claim, -1);
    for (const claim of added) patch(before, claim, 1);
    before.generation = after;
  };
}
