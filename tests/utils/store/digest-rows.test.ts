/**
 * Digest group rows (schema 10, digest-rows.ts): each bucket lives in the group row its key
 * hashes to, a patch changes only the rows of its claims' buckets, an emptied bucket and an
 * emptied row leave, and whatever writes came before, the rows are what a rebuild from the
 * claims would write.
 */
import { describe, expect, it } from 'vitest';
import { allClaimRows } from '../../../utils/store/claim-rows';
import type { CrosstallyDb } from '../../../utils/store/db';
import {
  DIGEST_GROUPS,
  type DigestGroupRow,
  groupKeyOf,
  groupOf,
  MAX_GROUP_SEGMENTS,
  patchDigestRows,
  readAllDigests,
  readDigest,
  rowKeyOf,
} from '../../../utils/store/digest-rows';
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
/** The group a stored row belongs to: its own key, or a segment's key without the segment. */
const groupOfRow = (row: Pick<DigestGroupRow, 'key'>) => row.key.split('|', 2).join('|');

/**
 * The digest rows in a comparable form: one per group (an import's segment rows folded into their
 * group's), buckets by key, each bucket's claims with their outlets as a sorted list.
 */
async function groupRows(db: CrosstallyDb) {
  const byGroup = new Map<
    string,
    { key: string; metric: string; buckets: Record<string, unknown>; claimants: object }
  >();
  const claimsOf = new Map<string, string[]>();
  const fieldsOf = new Map<string, object>();
  for (const row of await db.digestGroups.toArray()) {
    const key = groupOfRow(row);
    const group = byGroup.get(key) ?? { key, metric: row.metric, buckets: {}, claimants: {} };
    Object.assign(group.claimants, row.claimants);
    byGroup.set(key, group);
    for (const [bucketKey, { ids, outlets, v, ...fields }] of Object.entries(row.buckets)) {
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

/** Every row well formed: its buckets in their group, none empty, the claimants exactly those they name. */
function expectWellFormed(rows: DigestGroupRow[]) {
  const perMetric = new Map<string, number>();
  for (const row of rows) {
    perMetric.set(row.metric, (perMetric.get(row.metric) ?? 0) + 1);
    const buckets = Object.entries(row.buckets);
    expect(buckets.length, row.key).toBeGreaterThan(0);
    for (const [key, bucket] of buckets) {
      expect(groupKeyOf(row.metric, key)).toBe(groupOfRow(row));
      expect(bucket.ids.length).toBeGreaterThan(0);
      expect(bucket.outlets).toHaveLength(bucket.ids.length);
    }
    const named = new Set(buckets.map(([, bucket]) => bucket.c).filter((c) => c !== null));
    expect(Object.keys(row.claimants).sort()).toEqual([...named].sort());
  }
  for (const count of perMetric.values())
    expect(count).toBeLessThanOrEqual(DIGEST_GROUPS * (1 + MAX_GROUP_SEGMENTS));
  const perGroup = new Map<string, number>();
  for (const row of rows) perGroup.set(groupOfRow(row), (perGroup.get(groupOfRow(row)) ?? 0) + 1);
  for (const count of perGroup.values()) expect(count).toBeLessThanOrEqual(1 + MAX_GROUP_SEGMENTS);
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
      new Set(rows.filter((row) => row.metric === metric).map(groupOfRow)).size;
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
    const byKey = (rows: typeof patched) => [...rows].sort((a, b) => (a.key < b.key ? -1 : 1));
    expect(byKey(patched)).toEqual(byKey(await groupRows(db)));
    db.close();
  });

  it('gives each import rows of its own in the groups it only adds to, merged when a group is full', async () => {
    const db = freshDb();
    const generator = claimPackGenerator(34);
    const imports = MAX_GROUP_SEGMENTS + 2;
    let ownRowsAfterFirst: string[] = [];
    for (let i = 0; i < imports; i++) {
      await applyImport(db, generator.pack(i * 1_500, 1_500));
      const rows = await db.digestGroups.toArray();
      expectWellFormed(rows);
      const segments = rows.filter((row) => row.key !== groupOfRow(row)).map((row) => row.key);
      if (i === 0) ownRowsAfterFirst = segments;
      // The first import's rows are left as written while their groups have room.
      if (i > 0 && i < MAX_GROUP_SEGMENTS)
        expect(segments).toEqual(expect.arrayContaining(ownRowsAfterFirst));
    }
    expect(ownRowsAfterFirst.length).toBeGreaterThan(DIGEST_GROUPS);
    const rows = await db.digestGroups.toArray();
    // Groups that filled up were merged into their own row by a later import.
    expect(rows.some((row) => row.key === groupOfRow(row))).toBe(true);
    const patched = await groupRows(db);
    await rebuildDigests(db);
    const byKey = (list: typeof patched) => [...list].sort((a, b) => (a.key < b.key ? -1 : 1));
    expect(byKey(patched)).toEqual(byKey(await groupRows(db)));
    db.close();
  });
});
