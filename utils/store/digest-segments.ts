/**
 * Import segments: an import puts the claims it only adds to a metric's digest into one row of its
 * own per metric, keyed `metric|~|level|import`, reading no group row. Readers merge every row of
 * a metric anyway (digest-rows.ts), so a segment needs no upgrade and no other reader. Without
 * segments each import read and rewrote every group row it touched: the whole digest, a store-sized
 * read and write per pack. Per-group segments (`metric|gg|import`, before this) still wrote ~900
 * rows a pack and merged every group every 8th import (bench:import-rate: ~1.1 s a pack, ~3.4 s
 * every 8th at 90,000 claims).
 *
 * Segments merge like a log-structured tree: SEGMENT_FAN - 1 rows of one level at most, so the
 * import that would make the FANth merges them (and its claims) into one row a level up. A claim
 * is then rewritten once per level, log_FAN of the imports, and a metric holds a few dozen rows
 * past its 64 groups. A removal (an edit, an undo, an import replacing a claim) reads the metric's
 * segments and takes its claims out of whichever lists them.
 */
import Dexie from 'dexie';
import type { CrosstallyDb } from './db';
import {
  addClaimsToRows,
  type DigestGroupRow,
  mergeRows,
  newGroupRow,
  putSettledRows,
  removeClaimFromRow,
} from './digest-rows';
import type { Claim } from './types';

/**
 * Segments per level that make it full. 8 keeps a metric's segments to 7 a level (a 64-group
 * metric reads ~10% more rows per level) while a claim is rewritten once per 8-fold growth.
 */
export const SEGMENT_FAN = 8;

/** Between a metric and a segment's level: `~` sorts after the group numbers, so a metric's segments follow its groups. */
const MARK = '|~|';

export const segmentKeyOf = (metric: string, level: number, importId: string): string =>
  `${metric}${MARK}${level}|${importId}`;

export const isSegmentKey = (key: string): boolean => key.includes(MARK);

/**
 * The sort key of an import's n-th slice unit of a metric's segment (writes.ts): after the
 * metric's group rows, as its segments are stored.
 */
export const segmentUnitKeyOf = (metric: string, unit: number): string =>
  `${metric}${MARK}${String(unit).padStart(6, '0')}`;

/** A segment key's level and writing import. */
export function segmentOfKey(key: string): { level: number; importId: string } {
  const rest = key.slice(key.indexOf(MARK) + MARK.length);
  const cut = rest.indexOf('|');
  return { level: Number(rest.slice(0, cut)), importId: rest.slice(cut + 1) };
}

/** The stored segment keys of each metric (keys only, one key range each). */
function segmentKeysOf(db: CrosstallyDb, metrics: readonly string[]): Promise<Map<string, string[]>> {
  return Dexie.Promise.all(
    metrics.map((metric) =>
      db.digestGroups
        .where(':id')
        .between(`${metric}${MARK}`, `${metric}${MARK}\uffff`, true, true)
        .primaryKeys(),
    ),
  ).then((lists) => new Map(metrics.map((metric, i) => [metric, (lists[i] ?? []).map(String)])));
}

/**
 * Where an import's claims for a metric go, given the metric's segment keys: its own segment
 * when an earlier slice of it wrote one; otherwise a new row at the lowest level that is not
 * full, merging every row of the levels below into it.
 */
function placeOf(
  keys: readonly string[],
  metric: string,
  importId: string,
): { key: string; merged: string[] } {
  const own = keys.find((key) => segmentOfKey(key).importId === importId);
  if (own) return { key: own, merged: [] };
  const byLevel: string[][] = [];
  for (const key of keys) {
    const { level } = segmentOfKey(key);
    for (let l = byLevel.length; l <= level; l++) byLevel.push([]);
    byLevel[level]?.push(key);
  }
  let level = 0;
  while ((byLevel[level]?.length ?? 0) >= SEGMENT_FAN - 1) level++;
  return { key: segmentKeyOf(metric, level, importId), merged: byLevel.slice(0, level).flat() };
}

/**
 * Takes `removed` (claims as stored) out of the segments of their metrics and puts `added` in
 * the import's own segment of theirs. A removed claim leaves only its old bucket, so the segment
 * that lists its new version keeps it: an added claim comes here only when its group loses no
 * claim (digest-patch.ts), so its bucket is never its old one. Every segment listing the old
 * bucket loses it, the import's own too (which may hold older imports' claims it merged).
 */
export function patchSegments(
  db: CrosstallyDb,
  removed: readonly Claim[],
  added: readonly Claim[],
  outletOf: (claim: Claim) => string,
  importId?: string,
): Promise<void> {
  const adding = new Set(importId === undefined ? [] : added.map((claim) => claim.metric));
  const removing = new Set(removed.map((claim) => claim.metric));
  // Only an import adds to segments; a write that only adds reads none.
  const metrics = [...new Set([...removing, ...adding])];
  if (metrics.length === 0) return Dexie.Promise.resolve();
  return segmentKeysOf(db, metrics).then((keysOf) => {
    const places = new Map<string, { key: string; merged: string[] }>();
    if (importId !== undefined)
      for (const metric of adding) places.set(metric, placeOf(keysOf.get(metric) ?? [], metric, importId));
    const toRead = new Set<string>();
    for (const metric of metrics) {
      const place = places.get(metric);
      if (place) for (const key of [place.key, ...place.merged]) toRead.add(key);
      if (removing.has(metric)) for (const key of keysOf.get(metric) ?? []) toRead.add(key);
    }
    return db.digestGroups.bulkGet([...toRead]).then((rows) => {
      const stored = new Map<string, DigestGroupRow>();
      for (const row of rows) if (row) stored.set(row.key, row);
      const changed = new Set<DigestGroupRow>();
      for (const claim of removed)
        for (const key of keysOf.get(claim.metric) ?? []) {
          const row = stored.get(key);
          if (row && removeClaimFromRow(row, claim)) changed.add(row);
        }
      const merged = new Set<string>();
      const targets = new Map<string, DigestGroupRow>();
      for (const [metric, place] of places) {
        const target = stored.get(place.key) ?? newGroupRow(place.key, metric);
        mergeRows(
          target,
          place.merged.flatMap((key) => stored.get(key) ?? []),
        );
        for (const key of place.merged) merged.add(key);
        targets.set(metric, target);
        changed.add(target);
      }
      addClaimsToRows(added, (claim) => targets.get(claim.metric) as DigestGroupRow, outletOf);
      return putSettledRows(
        db,
        [...changed].filter((row) => !merged.has(row.key)),
        (key) => stored.has(key),
        [...merged],
      );
    });
  });
}
