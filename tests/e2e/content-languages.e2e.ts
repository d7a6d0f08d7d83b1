/**
 * Pages in other languages, in real Chromium with the built extension: a Russian and a Turkish
 * report (demo pages of our own making, assets/demo) get marks, and the overlay of their
 * helicopter figure lists the English seed reports of the same metric with their claimants,
 * resolved to the same ids as in English.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClaimPack } from '../../utils/store/claim-pack/schema';
import { highlightedTexts, markPoint, waitForOverlay } from './content-probes';
import { REPO_ROOT, saveScreenshot, useChromiumSuite, waitForMarks } from './harness';

const seedPack = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'assets/seed-claims.json'), 'utf8'),
) as ClaimPack;
const MARKS_TIMEOUT_MS = 10_000;

const suite = useChromiumSuite();

const pages = [
  { lang: 'ru', file: 'russian-report.html', helicopters: /^два .*вертол[её]та$/, tanks: /танк/ },
  { lang: 'tr', file: 'turkish-report.html', helicopters: /^iki .*helikopter\S*$/, tanks: /tank/ },
];

describe.each(pages)('a report in $lang', ({ lang, file, helicopters, tanks }) => {
  it('gets its figures marked', async () => {
    const page = await suite.newPage();
    await page.goto(suite.demo.pageUrl(file));
    await waitForMarks(page, MARKS_TIMEOUT_MS);
    const texts = (await highlightedTexts(page)) ?? [];
    expect(texts.some((text) => helicopters.test(text))).toBe(true);
    expect(texts.some((text) => tanks.test(text))).toBe(true);
    expect(suite.pageErrors).toEqual([]);
  });

  it('shows the English seed reports of its helicopter figure, with their claimants', async () => {
    const page = await suite.newPage();
    await page.goto(suite.demo.pageUrl(file));
    await waitForMarks(page, MARKS_TIMEOUT_MS);
    const point = await markPoint(page, helicopters);
    await page.mouse.click(point.x, point.y);
    const overlay = await waitForOverlay(await suite.session.context.newCDPSession(page));
    if (!overlay) throw new Error('no overlay');
    await saveScreenshot(page, `content-overlay-${lang}`);
    expect(overlay.name).toMatch(/helicopters shot down/);
    // The page's own claimant, read in its language, is the English pack's Armenian ministry.
    expect(overlay.pageLine).toMatch(/^This page: 2, claimed by Armenia's Ministry of Defence/);
    const sourceLabel = new Map(seedPack.sources.map((source) => [source.id, source.label]));
    const seedClaims = seedPack.claims.filter((claim) => claim.metric === 'helicopters_downed');
    expect(seedClaims.length).toBeGreaterThan(2);
    for (const claim of seedClaims) {
      const group = overlay.groups.find((each) => each.heading.startsWith(`${claim.value} `));
      expect(group, `group ${claim.value}`).toBeDefined();
      expect(group?.text).toContain(claim.claimant?.label ?? 'no claimant named');
      expect(group?.links.map((link) => link.name)).toContain(sourceLabel.get(claim.sourceId));
    }
    expect(overlay.groups.find((each) => each.heading.startsWith('2 '))?.heading).toMatch(/agrees/);
  });
});
