/**
 * A static host for published claim packs on 127.0.0.1, as GitHub Pages is one: files, strong
 * ETags and 304s. `anyOrigin` adds `Access-Control-Allow-Origin: *` (most static hosts send it);
 * without it only an extension granted access to the host can read the files. Used by the
 * subscription e2e tests in Chromium and Firefox.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ClaimPack } from '../../utils/store/claim-pack/schema';
import { shardPack } from '../../utils/store/published/shards';
import { signBytes } from '../../utils/store/published/signature';
import { REPO_ROOT } from './harness';

export const PACK_TITLE = 'Example desk tallies';
export const PACK_PUBLISHER = 'Example desk';

/** The helicopters fixture pack (7 claims from 4 articles). */
export function fixturePack(): ClaimPack {
  return JSON.parse(
    readFileSync(path.join(REPO_ROOT, 'tests/fixtures/claim-packs/helicopters.json'), 'utf8'),
  ) as ClaimPack;
}

export interface PackHost {
  /** `http://127.0.0.1:PORT` */
  base: string;
  /** The signed index's address. */
  indexUrl: string;
  /** Served files by path: change them to change what the host serves. */
  files: Map<string, string>;
  /** Paths the host answered with a body (200), in order: what a subscriber downloaded. */
  served: string[];
  /** Shards `pack` under /packs/ with a signed index. */
  publish(pack: ClaimPack, privateKey: JsonWebKey): Promise<void>;
  /** Replaces every shard with one that does not match the signed index's digests. */
  tamperShards(): void;
  close(): Promise<void>;
}

export async function startPackHost(options: { anyOrigin: boolean }): Promise<PackHost> {
  const files = new Map<string, string>();
  const served: string[] = [];
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://x').pathname;
    const body = files.get(pathname);
    if (options.anyOrigin) response.setHeader('Access-Control-Allow-Origin', '*');
    if (body === undefined) {
      response.writeHead(404).end('not found');
      return;
    }
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 20)}"`;
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag }).end();
      return;
    }
    served.push(pathname);
    response.writeHead(200, { etag, 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    indexUrl: `${base}/packs/index.json`,
    files,
    served,
    async publish(pack, privateKey) {
      const { index, files: shards } = await shardPack(pack, {
        publisher: PACK_PUBLISHER,
        title: PACK_TITLE,
        baseName: 'index',
      });
      for (const shard of shards) files.set(`/packs/${shard.path}`, shard.text);
      const text = JSON.stringify(index);
      files.set('/packs/index.json', text);
      files.set(
        '/packs/index.json.sig',
        JSON.stringify(await signBytes(new TextEncoder().encode(text), privateKey)),
      );
    },
    tamperShards() {
      for (const key of [...files.keys()].filter((k) => /index\.\d+\.json$/.test(k)))
        files.set(key, '{"format":"crosstally-claim-pack"}');
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
