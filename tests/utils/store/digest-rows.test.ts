/**
 * Digest group rows (schema 10, digest-rows.ts): each bucket lives in the group row its key
 * hashes to, a patch changes only the rows of its claims' buckets, an emptied bucket and an
 * emptied row leave, and whatever writes came before, the rows are what a rebuild from the
 * claims would write.
 */
import { describe, expect, it } from 'vitest';
import { allClaimRows } from '../../../utils/store/claim-rows';
import type { CrosstallyDb } from '../../../utils/store/db';
import { patchDigestRows } from '../../../utils/store/digest-patch';
import {
  DIGEST_GROUPS,
  type DigestGroupRow,
  groupKeyOf,
  groupOf,
  groupRowsOf,
  readAllDigests,
  readDigest,
  rowKeyOf,
} from '../../../utils/store/digest-rows';
import { isSegmentKey, SEGMENT_FAN, segmentOfKey } from '../../../utils/store/digest-segments';
import { bucketKeyOf, buildDigests } from '../../../utils/store/digests';
import { applyImport } from '../../../utils/store/import-export';
import { deleteClaim, updateClaim } from '../../../utils/store/mutations';
import { seedStore } from '../../../utils/store/seed';
import type { Claim } from '../../../utils/store/types';
import { rebuildDigests } from '../../../utils/store/writes';
import { claimPackGenerator } from '../../bench/extension/claim-packs';
import { fixtureFullPack, fixturePack, freshDb, must, nth, snapshot } from './helpers';

/**
 * The stored group rows, each bucket's claims as sorted "id outlet" pairs (their order means
 * nothing). A vague bucket's value is whichever of its claims came first (digests.ts), so left out.
 */
/**
 * The digest rows in a comparable form: one per group (the buckets of import segments folded
 * into the groups they hash to), buckets by key, each bucket's claims with their outlets as a
 * sorted list, and the claimants its buckets name.
 */
async function groupRows(db: CrosstallyDb) {
  const byGroup = new Map<
    string,
    { key: string; metric: string; buckets: Record<string, unknown>; claimants: Record<string, unknown> }
  >();
  const claimsOf = new Map<string, string[]>();
  const fieldsOf = new Map<string, object>();
  for (const row of await db.digestGroups.toArray()) {
    for (const [bucketKey, { ids, outlets, v, ...fields }] of Object.entries(row.buckets)) {
      const key = groupKeyOf(row.metric, bucketKey);
      const group = byGroup.get(key) ?? { key, metric: row.metric, buckets: {}, claimants: {} };
      byGroup.set(key, group);
      if (fields.c !== null) group.claimants[fields.c] = row.claimants[fields.c];
      const at = `${key}|${bucketKey}`;
      fieldsOf.set(at, { ...fields, ...(fields.q === 'vague' ? {} : { v }) });
      claimsOf.set(at, [...(claimsOf.get(at) ?? []), ...ids.map((id, i) => `${id} ${outlets[i]}`)]);
      group.buckets[bucketKey] = null;
    }
  }
  return [...byGroup.values()].map((group) => ({
    ...group,
    buckets: Object.fromEntries(
      Object.keys(group.buckets)
        .sort()
        .map((bucketKey) => {
          const at = `${group.key}|${bucketKey}`;
          return [bucketKey, { ...fieldsOf.get(at), claims: (claimsOf.get(at) ?? []).sort() }];
        }),
    ),
  }));
}

/**
 * Every row well formed: a group row's buckets in its group, none empty, the claimants exactly
 * those they name; at most SEGMENT_FAN - 1 import segments per metric and level.
 */
function expectWellFormed(rows: DigestGroupRow[]) {
  const segmentsPer = new Map<string, number>();
  for (const row of rows) {
    const buckets = Object.entries(row.buckets);
    expect(buckets.length, row.key).toBeGreaterThan(0);
    if (isSegmentKey(row.key)) {
      const at = `${row.metric} ${segmentOfKey(row.key).level}`;
      segmentsPer.set(at, (segmentsPer.get(at) ?? 0) + 1);
    } else {
      // A group's own row, or a per-group segment (`metric|gg|import`) an older build wrote.
      const group = row.key.split('|', 2).join('|');
      for (const [key] of buckets) expect(groupKeyOf(row.metric, key)).toBe(group);
    }
    for (const [, bucket] of buckets) {
      expect(bucket.ids.length).toBeGreaterThan(0);
      expect(bucket.outlets).toHaveLength(bucket.ids.length);
    }
    const named = new Set(buckets.map(([, bucket]) => bucket.c).filter((c) => c !== null));
    expect(Object.keys(row.claimants).sort()).toEqual([...named].sort());
  }
  for (const count of segmentsPer.values()) expect(count).toBeLessThan(SEGMENT_FAN);
}

/** Sorted by key, to compare group lists. */
const byKey = <T extends { key: string }>(rows: T[]) => [...rows].sort((a, b) => (a.key < b.key ? -1 : 1));

/** The digest rows hold what a rebuild from the stored claims writes (compared group by group). */
async function expectAsRebuilt(db: CrosstallyDb): Promise<void> {
  const patched = await groupRows(db);
  await rebuildDigests(db);
  expect(byKey(patched)).toEqual(byKey(await groupRows(db)));
}

/** A fixture claim with these fields. */
function claimWith(fields: Partial<Claim>): Claim {
  return { ...(nth(fixtureFullPack().claims, 0) as Claim), ...fields };
}

const ARM_MOD = { id: 'arm_mod', label: "Armenia's Ministry of Defence", party: 'ARM' } as const;
const NK_MOD = { id: 'nk_mod', label: 'Nagorno-Karabakh Defence Ministry', party: 'NK' } as const;

describe('digest group rows', () => {
  it('hashes a bucket key to a fixed group (stored rows are keyed by it)', () => {
    expect(groupOf('')).toBe(0);
    expect(groupOf('2:exact|nk_mod|NK|')).toBe(56);
    expect(groupOf('vague:dozens|az_mod|AZ|2020-10')).toBe(38);
    expect(groupOf('14:at_least|||')).toBe(24);
    const claim = claimWith({ value: 14, qualifier: 'at_least', claimant: null, side: null, period: null });
    expect(bucketKeyOf(claim)).toBe('14:at_least|||');
    expect(rowKeyOf(claim)).toBe('helicopters_downed|24');
  });

  it('keeps each bucket in its group row, a few rows per metric, in step with the claims', async () => {
    const db = freshDb();
    await seedStore(db, fixturePack(), 1);
    await applyImport(db, claimPackGenerator(31).pack(0, 3_000));
    const rows = await db.digestGroups.toArray();
    expectWellFormed(rows);
    const metrics = new Set(rows.map((row) => row.metric));
    const buckets = rows.reduce((sum, row) => sum + Object.keys(row.buckets).length, 0);
    // Grouped: far fewer rows than buckets, and a big metric spread over many rows.
    expect(buckets).toBeGreaterThan(3 * rows.length);
    const groupsOf = (metric: string) =>
      new Set(
        rows
          .filter((row) => row.metric === metric)
          .flatMap((row) => Object.keys(row.buckets).map((key) => groupKeyOf(metric, key))),
      ).size;
    expect(Math.max(...[...metrics].map(groupsOf))).toBe(DIGEST_GROUPS);
    const { claims, sources } = await snapshot(db);
    const built = buildDigests(claims, new Map(sources.map((source) => [source.id, source])));
    const read = await readAllDigests(db);
    expect(read.map((digest) => digest.metric).sort()).toEqual([...built.keys()].sort());
    for (const digest of read) {
      const expected = must(built.get(digest.metric));
      expect(Object.keys(digest.buckets).sort()).toEqual(Object.keys(expected.buckets).sort());
      expect(digest.claimants).toEqual(expected.claimants);
      for (const [key, bucket] of Object.entries(digest.buckets))
        expect([...bucket.ids].sort()).toEqual([...must(expected.buckets[key]).ids].sort());
    }
    db.close();
  });

  it('drops an emptied bucket (and the claimant only it named) from its row, then the emptied row', async () => {
    const db = freshDb();
    const first = claimWith({ id: 'a', value: 2, claimant: ARM_MOD, side: 'AZ' });
    // A claim of another claimant whose bucket falls in the same group row.
    let value = 3;
    while (rowKeyOf(claimWith({ value, claimant: NK_MOD })) !== rowKeyOf(first)) value++;
    const second = claimWith({ id: 'b', value, claimant: NK_MOD });
    const elsewhere = claimWith({ id: 'c', value: 2, claimant: null, side: null });
    expect(rowKeyOf(elsewhere)).not.toBe(rowKeyOf(first));
    const outlet = () => 'Example Wire';
    await patchDigestRows(db, [], [first, second, elsewhere], outlet);
    const key = rowKeyOf(first);
    const row = must(await db.digestGroups.get(key));
    expect(Object.keys(row.buckets).sort()).toEqual([bucketKeyOf(first), bucketKeyOf(second)].sort());
    expect(Object.keys(row.claimants).sort()).toEqual(['arm_mod', 'nk_mod']);

    await patchDigestRows(db, [first], [], outlet);
    const left = must(await db.digestGroups.get(key));
    expect(Object.keys(left.buckets)).toEqual([bucketKeyOf(second)]);
    expect(left.claimants).toEqual({ nk_mod: NK_MOD });
    expect(must(await readDigest(db, first.metric)).claimants).toEqual({ nk_mod: NK_MOD });

    await patchDigestRows(db, [second], [], outlet);
    expect(await db.digestGroups.get(key)).toBeUndefined();
    expect(await db.digestGroups.count()).toBe(1);
    await patchDigestRows(db, [elsewhere], [], outlet);
    expect(await readDigest(db, first.metric)).toBeUndefined();
    expect(await db.digestGroups.count()).toBe(0);
    db.close();
  });

  it('adds a claim a bucket already lists once, and moves an edited claim between rows', async () => {
    const db = freshDb();
    const claim = claimWith({ id: 'a' });
    const outlet = () => 'Example Wire';
    await patchDigestRows(db, [], [claim, claim], outlet);
    await patchDigestRows(db, [], [claim], outlet);
    const bucket = () => readDigest(db, claim.metric).then((digest) => digest?.buckets[bucketKeyOf(claim)]);
    expect((await bucket())?.ids).toEqual(['a']);
    expect((await bucket())?.outlets).toEqual(['Example Wire']);

    let value = 3;
    while (rowKeyOf(claimWith({ value })) === rowKeyOf(claim)) value++;
    const edited = { ...claim, value };
    await patchDigestRows(db, [claim], [edited], outlet);
    expect((await db.digestGroups.toArray()).map((row) => row.key)).toEqual([rowKeyOf(edited)]);
    expect(Object.keys(must(await readDigest(db, claim.metric)).buckets)).toEqual([bucketKeyOf(edited)]);
    db.close();
  });

  it('holds what a rebuild from the claims would after imports, edits and deletes', async () => {
    const db = freshDb();
    await seedStore(db, fixturePack(), 1);
    const generator = claimPackGenerator(32);
    await applyImport(db, generator.pack(0, 1_500));
    // The same ids with other figures over them, and more.
    await applyImport(db, claimPackGenerator(33).pack(1_000, 1_500), { onConflict: 'take-theirs' });
    const seed = fixtureFullPack().claims;
    await updateClaim(db, nth(seed, 0).id, { metric: 'aircraft_downed', value: 9 });
    await updateClaim(db, nth(seed, 1).id, { qualifier: 'vague', value: null });
    await updateClaim(db, nth(seed, 2).id, { claimant: null });
    const stored = await allClaimRows(db);
    for (const claim of stored.filter((_claim, i) => i % 7 === 0)) await deleteClaim(db, claim.id);
    for (const claim of stored.filter((_claim, i) => i % 7 === 3))
      await updateClaim(db, claim.id, { value: (claim.value ?? 0) + 1 });
    // An import cut short: its journal puts the digests back.
    const controller = new AbortController();
    let chunks = 0;
    await applyImport(db, claimPackGenerator(34).pack(2_500, 1_000), {
      signal: controller.signal,
      beforeChunk: async () => {
        if (++chunks === 3) controller.abort();
      },
    }).catch((error: unknown) => error);
    expect(chunks).toBe(3);

    const patched = await groupRows(db);
    expectWellFormed(await db.digestGroups.toArray());
    expect(patched.length).toBeGreaterThan(DIGEST_GROUPS);
    await rebuildDigests(db);
    expect(byKey(patched)).toEqual(byKey(await groupRows(db)));
    db.close();
  });

  it('gives each import one segment row per metric, reading no group row, merged a level up when a level fills', async () => {
    const db = freshDb();
    const generator = claimPackGenerator(34);
    const imports = SEGMENT_FAN + 2;
    const segmentsOf = async () =>
      (await db.digestGroups.toArray()).filter((row) => isSegmentKey(row.key)).map((row) => row.key);
    let firstImports: string[] = [];
    const levels: number[][] = [];
    for (let i = 0; i < imports; i++) {
      await applyImport(db, generator.pack(i * 600, 600));
      const rows = await db.digestGroups.toArray();
      expectWellFormed(rows);
      // Nothing but segments: no import read or wrote a group row.
      expect(rows.every((row) => isSegmentKey(row.key))).toBe(true);
      const segments = await segmentsOf();
      const metrics = new Set(rows.map((row) => row.metric));
      if (i === 0) firstImports = segments;
      levels.push([0, 1].map((level) => segments.filter((key) => segmentOfKey(key).level === level).length));
      // The first import's rows are left as written until a level fills.
      if (i < SEGMENT_FAN - 1) expect(segments).toEqual(expect.arrayContaining(firstImports));
      expect(segments.length).toBeLessThanOrEqual(metrics.size * Math.min(i + 1, SEGMENT_FAN - 1));
    }
    // One row per metric and import; the FANth import merged level 0 into a row of level 1.
    expect(firstImports.length).toBe(new Set(firstImports.map((key) => key.split('|')[0])).size);
    const metricCount = firstImports.length;
    expect(levels[SEGMENT_FAN - 2]).toEqual([metricCount * (SEGMENT_FAN - 1), 0]);
    expect(levels[SEGMENT_FAN - 1]).toEqual([0, metricCount]);
    expect(levels[SEGMENT_FAN + 1]).toEqual([2 * metricCount, metricCount]);
    await expectAsRebuilt(db);
    db.close();
  });

  it('takes replaced and deleted claims out of the segments listing them, whatever level they reached', async () => {
    const db = freshDb();
    const generator = claimPackGenerator(35);
    const packs = Array.from({ length: SEGMENT_FAN + 1 }, (_, i) => generator.pack(i * 400, 400));
    for (const pack of packs) await applyImport(db, pack);
    const levelOf = new Map<string, number>();
    for (const row of await db.digestGroups.toArray())
      for (const bucket of Object.values(row.buckets))
        for (const id of bucket.ids) levelOf.set(id, segmentOfKey(row.key).level);
    // Claims from the level-1 row (the first eight imports) and from the last import's level-0
    // row, with other figures.
    const again = {
      ...nth(packs, 0),
      sources: packs.flatMap((pack) => pack.sources),
      claims: packs.flatMap((pack) => pack.claims),
    };
    const changed = again.claims.filter((_claim, i) => i % 5 === 0);
    expect(new Set(changed.map((claim) => levelOf.get(claim.id)))).toEqual(new Set([0, 1]));
    await applyImport(
      db,
      { ...again, claims: changed.map((claim) => ({ ...claim, value: (claim.value ?? 0) + 1 })) },
      { onConflict: 'take-theirs' },
    );
    expectWellFormed(await db.digestGroups.toArray());
    for (const claim of again.claims.filter((_claim, i) => i % 7 === 1)) await deleteClaim(db, claim.id);
    expectWellFormed(await db.digestGroups.toArray());
    await expectAsRebuilt(db);
    db.close();
  });

  it('reads the per-group segments an older build wrote, and merges a group of them when a write reads it', async () => {
    const db = freshDb();
    await applyImport(db, claimPackGenerator(36).pack(0, 1_500));
    const digests = await readAllDigests(db);
    // As the previous build left them: each group's buckets split between its own row and a
    // segment of an import (`metric|gg|import`).
    const legacy = digests.flatMap(groupRowsOf).flatMap((row) => {
      const keys = Object.keys(row.buckets);
      if (keys.length < 2) return [row];
      const half = (from: number, to: number, key: string): DigestGroupRow => {
        const buckets = Object.fromEntries(keys.slice(from, to).map((k) => [k, must(row.buckets[k])]));
        const named = new Set(Object.values(buckets).map((bucket) => bucket.c));
        const claimants = Object.fromEntries(Object.entries(row.claimants).filter(([id]) => named.has(id)));
        return { ...row, key, buckets, claimants };
      };
      const cut = Math.floor(keys.length / 2);
      return [half(0, cut, row.key), half(cut, keys.length, `${row.key}|import-old`)];
    });
    await db.digestGroups.clear();
    await db.digestGroups.bulkPut(legacy);
    expect(await readAllDigests(db)).toEqual(digests);
    const segment = must(legacy.find((row) => row.key.endsWith('|import-old')));
    const id = must(Object.values(segment.buckets)[0]?.ids[0]);
    await updateClaim(db, id, { note: 'moved by an edit', value: 999 });
    const group = segment.key.slice(0, segment.key.lastIndexOf('|'));
    const keys = (await db.digestGroups.toCollection().primaryKeys()).map(String);
    expect(keys).toContain(group);
    expect(keys).not.toContain(segment.key);
    expectWellFormed(await db.digestGroups.toArray());
    await expectAsRebuilt(db);
    db.close();
  });

  it("takes a replaced claim out of the import's own segment when that segment merged the one listing it", async () => {
    const db = freshDb();
    const outlet = () => 'Example Wire';
    const old = claimWith({ id: 'y', value: 2 });
    // Seven imports fill level 0 of the metric; the first lists the claim.
    for (let i = 0; i < SEGMENT_FAN - 1; i++)
      await patchDigestRows(
        db,
        [],
        [i === 0 ? old : claimWith({ id: `c${i}`, value: 3 + i })],
        outlet,
        `imp-${i}`,
      );
    // The eighth merges them into its own row a level up...
    await patchDigestRows(db, [], [claimWith({ id: 'z', value: 40 })], outlet, 'imp-8');
    const merged = (await db.digestGroups.toArray()).filter((row) => isSegmentKey(row.key));
    expect(merged.map((row) => segmentOfKey(row.key))).toEqual([{ level: 1, importId: 'imp-8' }]);
    // ...and then replaces the claim with a figure of another group.
    let value = 50;
    while (rowKeyOf(claimWith({ value })) === rowKeyOf(old)) value++;
    const replaced = { ...old, value };
    await patchDigestRows(db, [old], [replaced], outlet, 'imp-8');
    const digest = must(await readDigest(db, old.metric));
    const listing = Object.entries(digest.buckets).filter(([, bucket]) => bucket.ids.includes('y'));
    expect(listing.map(([key]) => key)).toEqual([bucketKeyOf(replaced)]);
    expectWellFormed(await db.digestGroups.toArray());
    db.close();
  });
});
