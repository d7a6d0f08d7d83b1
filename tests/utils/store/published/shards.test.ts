import { describe, expect, it } from 'vitest';
import type { ClaimPack } from '../../../../utils/store/claim-pack/schema';
import { CLAIM_PACK_FORMAT, CLAIM_PACK_VERSION } from '../../../../utils/store/claim-pack/schema';
import { parseClaimPackText } from '../../../../utils/store/claim-pack/validate';
import { parsePackIndex } from '../../../../utils/store/published/index-file';
import { shardPack } from '../../../../utils/store/published/shards';

function packOf(sourceCount: number, claimsPerSource: number, stamp = 1000): ClaimPack {
  const sources = Array.from({ length: sourceCount }, (_, i) => ({
    id: `article-${i}.txt`,
    label: `Article ${i}`,
    outlet: 'Example Wire',
    url: null,
    language: 'en',
    publishedDate: '2020-10-01',
    kind: 'import' as const,
    segments: [],
  }));
  const claims = sources.flatMap((source) =>
    Array.from({ length: claimsPerSource }, (_, j) => ({
      id: `${source.id}#tanks_destroyed@${j * 10}`,
      metric: 'tanks_destroyed',
      value: j + 1,
      qualifier: 'exact' as const,
      side: 'AZ' as const,
      claimant: null,
      sourceId: source.id,
      quote: `${j + 1} tanks were destroyed.`,
      quoteFigureStart: 0,
      quoteFigureEnd: 7,
      selector: { exact: `${j + 1} tanks`, prefix: '', suffix: '' },
      start: j * 10,
      end: j * 10 + 7,
      period: null,
      origin: 'import' as const,
      createdAt: stamp,
      updatedAt: stamp,
    })),
  );
  return { format: CLAIM_PACK_FORMAT, version: CLAIM_PACK_VERSION, createdAt: stamp, sources, claims };
}

const opts = { publisher: 'Example desk', title: 'Tank tallies', baseName: 'pack', shardClaims: 100 };

describe('sharding a published pack', () => {
  it('splits a large pack into importable shards listed, with digests, in a valid index', async () => {
    const { index, files } = await shardPack(packOf(60, 10), opts);
    expect(index.shards.length).toBe(files.length);
    expect(index.shards.length).toBeGreaterThan(4);
    expect(index.claims).toBe(600);
    expect(index.shards.reduce((n, s) => n + s.claims, 0)).toBe(600);
    for (const file of files) {
      const shard = parseClaimPackText(file.text);
      const ids = new Set(shard.sources.map((s) => s.id));
      expect(shard.claims.every((c) => ids.has(c.sourceId))).toBe(true);
    }
    expect(parsePackIndex(JSON.stringify(index))).toEqual(index);
  });

  it('rewrites only the shard of the article that changed when a folder is published again', async () => {
    const before = await shardPack(packOf(60, 10), opts);
    const changed = packOf(60, 10);
    changed.claims = changed.claims.map((c) =>
      c.sourceId === 'article-7.txt' && c.start === 0 ? { ...c, value: 99, updatedAt: 2000 } : c,
    );
    const after = await shardPack(changed, { ...opts });
    const differing = after.index.shards.filter(
      (shard, i) =>
        shard.sha256 !== before.index.shards[i]?.sha256 || shard.path !== before.index.shards[i]?.path,
    );
    expect(differing).toHaveLength(1);
    expect(after.files.find((f) => f.path === differing[0]?.path)?.text).toContain('article-7.txt');
  });

  it('keeps a small pack in one shard', async () => {
    const { index } = await shardPack(packOf(3, 2), opts);
    expect(index.shards).toHaveLength(1);
    expect(index.shards[0]?.path).toBe('pack.0.json');
  });
});

describe('reading an index someone published', () => {
  it('refuses shard paths that leave the index folder, bad digests and lying counts', async () => {
    const { index } = await shardPack(packOf(3, 2), opts);
    const withShard = (patch: object) =>
      JSON.stringify({ ...index, shards: [{ ...index.shards[0], ...patch }] });
    expect(() => parsePackIndex(withShard({ path: '../secrets.json' }))).toThrow(
      /file name beside the index/,
    );
    expect(() => parsePackIndex(withShard({ path: 'https://evil.example/x.json' }))).toThrow(/file name/);
    expect(() => parsePackIndex(withShard({ sha256: 'abc' }))).toThrow(/SHA-256/);
    expect(() => parsePackIndex(JSON.stringify({ ...index, claims: 7 }))).toThrow(/says 7 claims/);
    expect(() => parsePackIndex('{')).toThrow(/not JSON/);
  });
});
