/**
 * Subscribing to a published pack in real Chromium (issue 17): the manager checks a signed pack
 * served by a static host on this computer, stores nothing until the reader confirms, and then the
 * overlay on a news page names the pack its reports came from. A tampered update keeps the
 * previous version and says why; unsubscribing takes the pack's reports out of the overlay.
 * Needs `npx wxt build` first (`npm run test:e2e` does it).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSigningKeys } from '../../utils/store/published/signature';
import { markPoint, waitForOverlay } from './content-probes';
import { saveScreenshot, useChromiumSuite, waitForMarks } from './harness';
import { fixturePack, type PackHost, startPackHost, PACK_TITLE as TITLE } from './pack-host';

const suite = useChromiumSuite({ viewport: { width: 1280, height: 1000 } });
const fixture = fixturePack();

/** Any site may read its files, as on most static hosts: no host access is needed. */
let host: PackHost;
beforeAll(async () => {
  host = await startPackHost({ anyOrigin: true });
});
afterAll(() => host.close());

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
    await host.publish(fixture, keys.privateKey);
    const manager = await openManager();
    await manager.getByLabel('Pack address (https)').fill(host.indexUrl);
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
    await host.publish(corrected, keys.privateKey);
    host.served.length = 0;
    await manager.getByRole('button', { name: 'Refresh now' }).click();
    await manager.getByText(/Updated: 1 changed part\(s\) fetched/).waitFor();
    expect(host.served.filter((p) => /index\.\d+\.json$/.test(p))).toHaveLength(1);
    expect(host.served).toContain('/packs/index.json');

    // The host now serves a shard that does not match the signed index.
    const tampered = structuredClone(fixture);
    tampered.claims[0]!.value = 400;
    await host.publish(tampered, keys.privateKey);
    host.tamperShards();
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
