import { beforeEach, describe, expect, it } from 'vitest';
import {
  acceptNewKey,
  previewSubscription,
  refreshSubscription,
  type SubscriptionDeps,
  subscribe,
  unsubscribe,
} from '../../../../utils/background/subscriptions/service';
import type { ClaimPack } from '../../../../utils/store/claim-pack/schema';
import { allClaimRows, claimCount } from '../../../../utils/store/claim-rows';
import type { CrosstallyDb } from '../../../../utils/store/db';
import { StoreError } from '../../../../utils/store/errors';
import { editClaim } from '../../../../utils/store/manager/versions';
import { shardPack } from '../../../../utils/store/published/shards';
import { generateSigningKeys, sha256Hex, signBytes } from '../../../../utils/store/published/signature';
import type { Subscription } from '../../../../utils/store/published/subscription';
import { fixtureFullPack, freshDb } from '../../store/helpers';
import { type StaticHost, staticHost } from './static-host';

const INDEX = 'https://desk.example/packs/index.json';

async function publish(host: StaticHost, pack: ClaimPack, privateKey?: JsonWebKey) {
  const { index, files } = await shardPack(pack, {
    publisher: 'Example desk',
    title: 'Helicopter tallies',
    baseName: 'index',
    shardClaims: 2,
  });
  for (const file of files) host.put(new URL(file.path, INDEX).href, file.text);
  const text = `${JSON.stringify(index)}\n`;
  host.put(INDEX, text);
  if (privateKey)
    host.put(`${INDEX}.sig`, JSON.stringify(await signBytes(new TextEncoder().encode(text), privateKey)));
  else host.files.delete(`${INDEX}.sig`);
}

let db: CrosstallyDb;
let host: StaticHost;
let list: Subscription[];
let clock: number;
let deps: SubscriptionDeps;

beforeEach(() => {
  db = freshDb();
  host = staticHost();
  list = [];
  clock = Date.UTC(2020, 9, 1);
  deps = {
    db,
    fetch: host.fetch,
    storage: {
      read: async () => structuredClone(list),
      write: async (next) => {
        list = structuredClone(next);
      },
    },
    now: () => clock,
  };
});

const packClaims = async (id: string) =>
  (await allClaimRows(db)).filter((claim) => claim.sourceId.startsWith(`pack:${id}:`));

describe('subscribing to a published pack', () => {
  it('shows publisher, size and claim count first, and stores nothing until the reader confirms', async () => {
    const keys = await generateSigningKeys();
    await publish(host, fixtureFullPack(), keys.privateKey);
    const preview = await previewSubscription(deps, INDEX, keys.publicKey);
    expect(preview).toMatchObject({
      publisher: 'Example desk',
      claims: fixtureFullPack().claims.length,
      signedBy: keys.publicKey,
    });
    expect(preview.bytes).toBeGreaterThan(0);
    expect(await claimCount(db)).toBe(0);
    expect(list).toEqual([]);

    const sub = await subscribe(deps, INDEX, keys.publicKey);
    const claims = await packClaims(sub.id);
    expect(claims.map((c) => c.value).sort()).toEqual(
      fixtureFullPack()
        .claims.map((c) => c.value)
        .sort(),
    );
    expect(list[0]).toMatchObject({ publisher: 'Example desk', publicKey: keys.publicKey, lastError: null });
  });

  it('refuses addresses other than https (http only on this computer)', async () => {
    await expect(previewSubscription(deps, 'http://desk.example/index.json')).rejects.toThrow(/https only/);
    await expect(previewSubscription(deps, 'ftp://desk.example/x')).rejects.toThrow(/https only/);
    await expect(previewSubscription(deps, 'https://user:pw@desk.example/x')).rejects.toThrow(/password/);
  });

  it('refuses a pack signed by another key than the one the reader gave', async () => {
    const publisher = await generateSigningKeys();
    const impostor = await generateSigningKeys();
    await publish(host, fixtureFullPack(), impostor.privateKey);
    await expect(previewSubscription(deps, INDEX, publisher.publicKey)).rejects.toThrow(
      /signed by another key/,
    );
    await expect(subscribe(deps, INDEX, publisher.publicKey)).rejects.toThrow();
    expect(await claimCount(db)).toBe(0);
  });

  it('refuses an unreachable host as a refusal with its key, not as an unexpected failure', async () => {
    host.down = true;
    const refused = await previewSubscription(deps, INDEX).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StoreError);
    expect(refused).toMatchObject({ code: 'invalid', key: 'error.fetchOffline', params: { url: INDEX } });
    expect((refused as StoreError).message).toMatch(/could not be reached/);
  });
});

describe('refreshing', () => {
  it('asks conditionally, fetches only the shard that changed, and drops what the publisher removed', async () => {
    const keys = await generateSigningKeys();
    const pack = fixtureFullPack();
    await publish(host, pack, keys.privateKey);
    const sub = await subscribe(deps, INDEX, keys.publicKey);
    host.served.length = 0;
    expect((await refreshSubscription(deps, sub.id)).message).toMatch(/Up to date/);
    expect(host.served).toEqual([]);

    const changed = structuredClone(pack);
    const target = changed.claims[0]!;
    target.value = 3;
    changed.claims = changed.claims.filter(
      (c) => c.sourceId !== changed.claims.at(-1)!.sourceId || c === target,
    );
    await publish(host, changed, keys.privateKey);
    host.served.length = 0;
    const outcome = await refreshSubscription(deps, sub.id);
    expect(outcome.message).toMatch(/Updated/);
    const shardFetches = host.served.filter((url) => /index\.\d+\.json$/.test(url));
    expect(shardFetches.length).toBeLessThan(Object.keys(sub.shards).length);
    const values = (await packClaims(sub.id)).map((c) => c.value).sort();
    expect(values).toEqual(changed.claims.map((c) => c.value).sort());
  });

  it('keeps the previous version, saying why and since when, when the host is down, a file is bad or the signature fails', async () => {
    const keys = await generateSigningKeys();
    await publish(host, fixtureFullPack(), keys.privateKey);
    const sub = await subscribe(deps, INDEX, keys.publicKey);
    const before = (await packClaims(sub.id)).length;
    const goodAt = list[0]!.lastGoodAt;

    clock += 3600_000;
    host.down = true;
    const offline = await refreshSubscription(deps, sub.id);
    expect(offline.message).toMatch(/Kept the previous version: .*could not be reached/);
    // Kept as a key with its address, for the manager to say in the reader's language.
    expect(offline).toMatchObject({
      kept: true,
      said: { key: 'error.fetchOffline', params: { url: INDEX } },
    });
    expect(list[0]!.lastError).toEqual(offline.said);
    host.down = false;

    const tampered = fixtureFullPack();
    tampered.claims[0]!.value = 400;
    await publish(host, tampered, keys.privateKey);
    // The index is genuine and signed; the shard files behind it were swapped on the host.
    for (const url of [...host.files.keys()].filter((u) => /index\.\d+\.json$/.test(u))) {
      host.put(url, '{"format":"crosstally-claim-pack"}');
    }
    const swapped = await refreshSubscription(deps, sub.id);
    expect(swapped.message).toMatch(/does not match its digest/);
    expect(swapped.said).toMatchObject({
      key: 'error.sigShardDigest',
      params: { path: expect.stringMatching(/^index\.\d+\.json$/) },
    });

    host.files.delete(INDEX);
    expect((await refreshSubscription(deps, sub.id)).message).toMatch(/HTTP 404|not there/);

    await publish(host, tampered, keys.privateKey);
    host.put(INDEX, `${new TextDecoder().decode(host.files.get(INDEX))} `);
    expect((await refreshSubscription(deps, sub.id)).message).toMatch(/does not match the file/);

    expect((await packClaims(sub.id)).length).toBe(before);
    expect((await packClaims(sub.id)).some((c) => c.value === 400)).toBe(false);
    expect(list[0]).toMatchObject({ lastGoodAt: goodAt });
    expect(list[0]!.lastError).toEqual({
      key: 'error.sigBad',
      message:
        'The signature does not match the file: it was changed after signing, or signed by another key.',
    });
  });

  it('keeps the previous version when a signed shard is not a valid claim pack', async () => {
    const keys = await generateSigningKeys();
    await publish(host, fixtureFullPack(), keys.privateKey);
    const sub = await subscribe(deps, INDEX, keys.publicKey);
    const before = (await packClaims(sub.id)).map((c) => c.value).sort();
    // A publisher's tool wrote a broken shard and signed an index that lists it as it is.
    const broken =
      '{"format":"crosstally-claim-pack","version":1,"createdAt":0,"sources":[],"claims":[{"id":"x"}]}';
    const index = JSON.parse(new TextDecoder().decode(host.files.get(INDEX)));
    const entry = index.shards[0];
    host.put(new URL(entry.path, INDEX).href, broken);
    entry.sha256 = await sha256Hex(new TextEncoder().encode(broken));
    entry.bytes = new TextEncoder().encode(broken).length;
    const text = JSON.stringify(index);
    host.put(INDEX, text);
    host.put(
      `${INDEX}.sig`,
      JSON.stringify(await signBytes(new TextEncoder().encode(text), keys.privateKey)),
    );
    const invalid = await refreshSubscription(deps, sub.id);
    expect(invalid.message).toMatch(/Kept the previous version: .*invalid field/);
    // The store's own key, with the bad field as a reason, not one English sentence.
    expect(invalid.said.key).toBe('error.invalidPack');
    expect(invalid.said.reasons?.length).toBeGreaterThan(0);
    expect((await packClaims(sub.id)).map((c) => c.value).sort()).toEqual(before);
  });

  it('holds a changed key until the reader accepts it', async () => {
    const first = await generateSigningKeys();
    const second = await generateSigningKeys();
    await publish(host, fixtureFullPack(), first.privateKey);
    const sub = await subscribe(deps, INDEX, first.publicKey);
    const changed = fixtureFullPack();
    changed.claims[0]!.value = 9;
    await publish(host, changed, second.privateKey);
    const held = await refreshSubscription(deps, sub.id);
    expect(held.message).toMatch(/new key/);
    expect(held).toMatchObject({ kept: false, said: { key: 'error.subNewKey' } });
    expect(list[0]!.pendingKey).toBe(second.publicKey);
    expect((await packClaims(sub.id)).some((c) => c.value === 9)).toBe(false);
    expect((await refreshSubscription(deps, sub.id)).message).toMatch(/until you accept it/);

    const accepted = await acceptNewKey(deps, sub.id);
    expect(accepted.message).toMatch(/Updated/);
    expect(accepted.said).toMatchObject({ key: 'error.subUpdated', params: { count: expect.any(Number) } });
    expect(list[0]).toMatchObject({ publicKey: second.publicKey, pendingKey: null });
    expect((await packClaims(sub.id)).some((c) => c.value === 9)).toBe(true);
  });
});

describe('unsubscribing', () => {
  it("removes the pack's claims, never the reader's own or their edits to pack claims", async () => {
    await publish(host, fixtureFullPack());
    const sub = await subscribe(deps, INDEX);
    const [edited] = await packClaims(sub.id);
    await editClaim(db, edited!.id, edited!.version, { note: 'checked against the ministry site' });
    const own = (await claimCount(db)) - (await packClaims(sub.id)).length;
    const removed = await unsubscribe(deps, sub.id);
    expect(removed).toEqual({ claims: fixtureFullPack().claims.length - 1, keptEdited: 1 });
    const left = await packClaims(sub.id);
    expect(left.map((c) => c.id)).toEqual([edited!.id]);
    expect(await db.sources.get(edited!.sourceId)).toBeTruthy();
    expect((await claimCount(db)) - left.length).toBe(own);
    expect(list).toEqual([]);
  });
});
