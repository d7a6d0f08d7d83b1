/**
 * Subscribing to a published pack in real Chromium (issue 17): the manager checks a signed pack
 * served by a static host on this computer, stores nothing until the reader confirms, and then the
 * overlay on a news page names the pack its reports came from. A tampered update keeps the
 * previous version and says why; unsubscribing takes the pack's reports out of the overlay.
 * Needs `npx wxt build` first (`npm run test:e2e` does it).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimPack } from '../../utils/store/claim-pack';
import { shardPack } from '../../utils/store/published/shards';
import { generateSigningKeys, signBytes } from '../../utils/store/published/signature';
import { markPoint, waitForOverlay } from './content-probes';
import { REPO_ROOT, saveScreenshot, useChromiumSuite, waitForMarks } from './harness';

const suite = useChromiumSuite({ viewport: { width: 1280, height: 1000 } });
const TITLE = 'Example desk tallies';
const fixture = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'tests/fixtures/claim-packs/helicopters.json'), 'utf8'),
) as ClaimPack;

/** A static host as GitHub Pages is one: files, strong ETags, 304s, and any site may read them. */
const files = new Map<string, string>();
/** Paths the host answered with a body (200), in order: what a subscriber downloaded. */
const served: string[] = [];
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    const body = files.get(new URL(request.url ?? '/', 'http://x').pathname);
    response.setHeader('Access-Control-Allow-Origin', '*');
    if (body === undefined) {
      response.writeHead(404).end('not found');
      return;
    }
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 20)}"`;
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag }).end();
      return;
    }
    served.push(new URL(request.url ?? '/', 'http://x').pathname);
    response.writeHead(200, { etag, 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function publish(pack: ClaimPack, privateKey: JsonWebKey): Promise<void> {
  const { index, files: shards } = await shardPack(pack, {
    publisher: 'Example desk',
    title: TITLE,
    baseName: 'index',
  });
  for (const shard of shards) files.set(`/packs/${shard.path}`, shard.text);
  const text = JSON.stringify(index);
  files.set('/packs/index.json', text);
  files.set(
    '/packs/index.json.sig',
    JSON.stringify(await signBytes(new TextEncoder().encode(text), privateKey)),
  );
}

async function openManager(): Promise<Page> {
  const page = await suite.newPage();
  await page.goto(`chrome-extension://${suite.session.extensionId}/options.html#packs`);
  await page.getByRole('heading', { name: 'Subscribed packs' }).waitFor();
  return page;
}

/** The text of the overlay opened on seed 000's "four … helicopters". */
async function helicopterOverlayText(): Promise<string> {
  const page = await suite.newPage();
  await page.goto(suite.demo.pageUrl('seed-000.html'));
  await waitForMarks(page, 10_000);
  const point = await markPoint(page, /^four .*helicopters$/);
  await page.mouse.click(point.x, point.y);
  const overlay = await waitForOverlay(await suite.session.context.newCDPSession(page));
  await page.close();
  return overlay?.groups.map((group) => group.text).join('\n') ?? '';
}

describe('a subscribed pack', () => {
  it('is checked before anything is stored, then its reports show in the overlay under its name', async () => {
    const keys = await generateSigningKeys();
    await publish(fixture, keys.privateKey);
    const manager = await openManager();
    await manager.getByLabel('Pack address (https)').fill(`${base}/packs/index.json`);
    await manager.getByLabel(/Publisher's public key/).fill(keys.publicKey);
    await manager.getByRole('button', { name: 'Check the pack' }).click();
    const preview = manager.getByRole('region', { name: 'The pack before subscribing' });
    await preview.waitFor();
    expect(await preview.textContent()).toMatch(
      new RegExp(`${TITLE}, published by Example desk: ${fixture.claims.length} claims from 4 articles`),
    );
    expect(await helicopterOverlayText()).not.toContain('from pack');

    await manager.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await manager.getByRole('heading', { name: TITLE, level: 3 }).waitFor();
    await saveScreenshot(manager, 'manager-subscribed-pack');
    const overlay = await helicopterOverlayText();
    expect(overlay).toContain(`from pack: ${TITLE}`);
    expect(overlay).toContain('Example Wire');

    // The publisher corrects one figure: a refresh downloads the index and that one shard only.
    const corrected = structuredClone(fixture);
    const fix = corrected.claims.find((claim) => claim.sourceId === 'fx-daily' && claim.value === 1);
    if (!fix) throw new Error('fixture changed');
    fix.value = 3;
    await publish(corrected, keys.privateKey);
    served.length = 0;
    await manager.getByRole('button', { name: 'Refresh now' }).click();
    await manager.getByText(/Updated: 1 changed part\(s\) fetched/).waitFor();
    expect(served.filter((p) => /index\.\d+\.json$/.test(p))).toHaveLength(1);
    expect(served).toContain('/packs/index.json');

    // The host now serves a shard that does not match the signed index.
    const tampered = structuredClone(fixture);
    tampered.claims[0]!.value = 400;
    await publish(tampered, keys.privateKey);
    for (const key of [...files.keys()].filter((k) => /index\.\d+\.json$/.test(k))) {
      files.set(key, '{"format":"crosstally-claim-pack"}');
    }
    await manager.getByRole('button', { name: 'Refresh now' }).click();
    await manager
      .getByText(/Kept the previous version: .*does not match its digest/)
      .first()
      .waitFor();
    expect(await helicopterOverlayText()).toContain(`from pack: ${TITLE}`);

    await manager.getByRole('button', { name: 'Unsubscribe…' }).click();
    await manager.getByRole('button', { name: 'Remove its claims and unsubscribe' }).click();
    await manager.getByText('No subscriptions yet.').waitFor();
    expect(await helicopterOverlayText()).not.toContain('from pack');
  });
});
