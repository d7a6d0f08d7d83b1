/**
 * analyzePage and the checker with a filled reading ledger (issue 16): their counts and the page's
 * own source come from cached lookups that a ledger save patches instead of dropping
 * (page-lookups.ts). Each answer is compared with the same questions asked of the indexes
 * directly (the uncached peer below), cold, warm, after saves, removals, forgetting and a write
 * from another context.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import seedClaims from '../../../assets/seed-claims.json';
import { analyzePage } from '../../../utils/background/page-analysis';
import { readFigures } from '../../../utils/content/ledger-recorder';
import { analyzeDocument } from '../../../utils/engine/analyze';
import { defaultPackData } from '../../../utils/engine/topic-pack';
import type { PageText } from '../../../utils/messaging/protocol';
import { candidatesFor, plainNumbers } from '../../../utils/store/check-text';
import { validateClaimPack } from '../../../utils/store/claim-pack/validate';
import { claimsOfSource, claimsOfValueAndMetric, countOfMetric } from '../../../utils/store/claim-rows';
import { CrosstallyDb, fromStoredClaim } from '../../../utils/store/db';
import { digestMetrics } from '../../../utils/store/digest-rows';
import { forgetSite, removeReadClaim } from '../../../utils/store/ledger/forget';
import { textDigest } from '../../../utils/store/ledger/keys';
import { recordReading } from '../../../utils/store/ledger/record';
import type { ReadFigure } from '../../../utils/store/ledger/types';
import { metricLabel } from '../../../utils/store/queries';
import { seedStore } from '../../../utils/store/seed';
import type { MetricCandidate } from '../../../utils/store/types';
import { putClaims, writeTables } from '../../../utils/store/writes';
import { article } from '../../bench/ledger-articles';
import { freshDb, must, nth } from '../store/helpers';

const SEED_ID = '000_cc26506134296cb8.txt';
const seedText = readFileSync(new URL(`../../../assets/seeds/${SEED_ID}`, import.meta.url), 'utf8');
const seedPage: PageText = { text: `Demo outlet\n${seedText}\nMost read: markets` };

/** The answers analyzePage gave before its lookups were cached: every count walks the index. */
async function uncachedAnswers(db: CrosstallyDb, page: PageText) {
  const { figures } = analyzeDocument(page);
  const reportCounts: Record<string, number> = {};
  for (const metric of new Set(figures.map((f) => f.metric))) {
    const count = await countOfMetric(db, metric);
    if (count > 0) reportCounts[metric] = count;
  }
  const votes = new Map<string, number>();
  for (const figure of figures) {
    if (figure.value === null) continue;
    const same = await db.claims
      .where('[value+metric]')
      .equals([figure.value, figure.metric])
      .filter((c) => c.quote === figure.sentence)
      .toArray();
    for (const sourceId of new Set(same.map((c) => c.sourceId)))
      votes.set(sourceId, (votes.get(sourceId) ?? 0) + 1);
  }
  let pageSourceId: string | null = null;
  for (const [id, count] of votes)
    if (!pageSourceId || count > (votes.get(pageSourceId) ?? 0)) pageSourceId = id;
  return { reportCounts, pageSourceId };
}

async function answers(db: CrosstallyDb, page: PageText) {
  const { reportCounts, pageSourceId } = await analyzePage(db, page);
  return { reportCounts, pageSourceId };
}

/** The seed article's figures, read at another address (an outlet that copied the article). */
function copiedSeed(
  address: string,
  figures = readFigures(seedPage.text, analyzeDocument(seedPage).figures),
) {
  return {
    page: {
      url: address,
      canonicalUrl: null,
      title: 'A copy',
      outlet: 'Copy Outlet',
      publishedDate: '2020-09-28',
      language: 'en',
      textDigest: textDigest(`${address}\n${seedPage.text}`),
    },
    site: new URL(address).hostname,
    figures,
  };
}

let db: CrosstallyDb;
beforeEach(async () => {
  db = freshDb();
  await seedStore(db, validateClaimPack(seedClaims));
  // A ledger of read articles over the seed's metrics (the bench's generator, smaller).
  for (let i = 0; i < 40; i++) {
    const { page, figures } = article(i);
    await recordReading(db, { page, site: new URL(page.url).hostname, figures }, 1_000 + i);
  }
});
afterEach(() => db.delete());

describe('analyzePage with a filled reading ledger', () => {
  it('answers as the uncached indexes do, cold and warm', async () => {
    const expected = await uncachedAnswers(db, seedPage);
    expect(expected.pageSourceId).toBe(SEED_ID);
    expect(Object.keys(expected.reportCounts).length).toBeGreaterThan(0);
    expect(await answers(db, seedPage)).toEqual(expected);
    expect(await answers(db, seedPage)).toEqual(expected);
  });

  it('counts the figures a ledger save adds, and breaks a tie between the seed and its read copies as the index does', async () => {
    const before = await answers(db, seedPage);
    const copy = copiedSeed('https://copy.example/a');
    await recordReading(db, copy, 5_000);
    const after = await answers(db, seedPage);
    expect(after).toEqual(await uncachedAnswers(db, seedPage));
    // The popup's count moves with the save (a stale cache would still say `before`).
    const metric = nth(copy.figures, 0).metric;
    expect(after.reportCounts[metric]).toBe(
      (before.reportCounts[metric] ?? 0) + copy.figures.filter((f) => f.metric === metric).length,
    );
    // A second save of the same figures: same answer as the peer (ties break as the index orders them).
    await recordReading(db, copiedSeed('https://copy.example/b'), 6_000);
    expect(await answers(db, seedPage)).toEqual(await uncachedAnswers(db, seedPage));
  });

  it('follows a revisit that changed a figure, a removed read figure and a forgotten site', async () => {
    await recordReading(db, copiedSeed('https://copy.example/a'), 5_000);
    await answers(db, seedPage);
    // The copy changed its first figure: its old value's sentence no longer names the copy.
    const changed: ReadFigure[] = readFigures(seedPage.text, analyzeDocument(seedPage).figures).map((f, i) =>
      i === 0 ? { ...f, value: f.value + 1000 } : f,
    );
    const revisit = await recordReading(db, copiedSeed('https://copy.example/a', changed), 7_000);
    expect(revisit.updated).toBe(1);
    expect(await answers(db, seedPage)).toEqual(await uncachedAnswers(db, seedPage));

    const readClaim = must((await claimsOfSource(db, revisit.sourceId))[0]);
    await removeReadClaim(db, readClaim.id, 8_000);
    expect(await answers(db, seedPage)).toEqual(await uncachedAnswers(db, seedPage));

    await forgetSite(db, 'copy.example');
    const forgotten = await answers(db, seedPage);
    expect(forgotten).toEqual(await uncachedAnswers(db, seedPage));
    expect(forgotten.pageSourceId).toBe(SEED_ID);
  });

  it('drops what it knew when another context of the extension writes claims', async () => {
    const before = await answers(db, seedPage);
    // The manager page, say: its own handle on the same database.
    const manager = new CrosstallyDb(db.name);
    const { figures } = analyzeDocument(seedPage);
    const figure = nth(figures, 0);
    const like = fromStoredClaim(must(await manager.claims.where('sourceId').equals(SEED_ID).first()));
    await manager.transaction('rw', writeTables(manager), () =>
      putClaims(manager, [{ ...like, id: 'user-claim-1', metric: figure.metric, origin: 'user' }]),
    );
    manager.close();
    const after = await answers(db, seedPage);
    expect(after).toEqual(await uncachedAnswers(db, seedPage));
    expect(after.reportCounts[figure.metric]).toBe((before.reportCounts[figure.metric] ?? 0) + 1);
  });
});

/** The checker's candidates as they were asked of the indexes before (the peer: the old code). */
async function uncachedCandidates(text: string): Promise<MetricCandidate[]> {
  const pack = defaultPackData;
  const byMetric = new Map<string, MetricCandidate>();
  const metrics = await digestMetrics(db);
  for (const value of plainNumbers(text)) {
    const found = await Promise.all(
      metrics.map((metric) => claimsOfValueAndMetric(db, value, metric).then((claims) => claims.length)),
    );
    metrics.forEach((metric, i) => {
      const claims = found[i] ?? 0;
      if (claims > 0 && !byMetric.has(metric))
        byMetric.set(metric, { metric: metricLabel(metric, pack), reasons: ['value'], value, claims });
    });
  }
  const nouns = pack.metrics
    .filter((metric) => new RegExp(`\\b(?:${metric.nouns.join('|')})\\b`, 'i').test(text))
    .map((metric) => metric.id);
  for (const metric of nouns) {
    const candidate = byMetric.get(metric);
    if (candidate) candidate.reasons.push('noun');
    else {
      const claims = await countOfMetric(db, metric);
      byMetric.set(metric, { metric: metricLabel(metric, pack), reasons: ['noun'], value: null, claims });
    }
  }
  return [...byMetric.values()]
    .sort((a, b) => b.reasons.length - a.reasons.length || b.claims - a.claims)
    .slice(0, 8);
}

describe('the checker with a filled reading ledger', () => {
  it('names the same candidates as the indexes before and after a save that changes the counts', async () => {
    const selection = 'They said 17 soldiers.';
    const before = await candidatesFor(db, selection, defaultPackData);
    expect(before).toEqual(await uncachedCandidates(selection));
    expect(before.some((c) => c.value === 17)).toBe(true);
    await recordReading(db, { ...article(500, 17), site: 'outlet.example' }, 9_000);
    const after = await candidatesFor(db, selection, defaultPackData);
    expect(after).toEqual(await uncachedCandidates(selection));
    expect(after).not.toEqual(before);
  });
});
