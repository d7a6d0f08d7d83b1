import { beforeEach, describe, expect, it } from 'vitest';
import { claimRow } from '../../../utils/store/claim-rows';
import type { CrosstallyDb } from '../../../utils/store/db';
import { applyImport } from '../../../utils/store/import-export';
import { saveClaim } from '../../../utils/store/mutations';
import { counts, getSeedDocument, reportsForFigure, searchClaims } from '../../../utils/store/queries';
import { MAX_KEYS_PER_TERM } from '../../../utils/store/search';
import { seedStore } from '../../../utils/store/seed';
import type { ClaimDraft, PageFigure, ReportsForFigure } from '../../../utils/store/types';
import { fixturePack, freshDb, must, nth } from './helpers';

const armMod = { id: 'arm_mod', label: "Armenia's Ministry of Defence", party: 'ARM' as const };
const twoHelicopters: PageFigure = {
  metric: 'helicopters_downed',
  value: 2,
  qualifier: 'exact',
  side: 'AZ',
  claimant: armMod,
  period: '2020-09-27',
};

function group(reports: ReportsForFigure, value: number | null) {
  return must(reports.groups.find((g) => g.value === value));
}

let db: CrosstallyDb;
beforeEach(async () => {
  db = freshDb();
  await seedStore(db, fixturePack(), 10);
});

describe('reportsForFigure', () => {
  it('groups every report of the metric by value, then by claimant, with outlets and quotes', async () => {
    const reports = await reportsForFigure(db, twoHelicopters);
    expect(reports.metric).toEqual({ id: 'helicopters_downed', label: 'helicopters shot down' });
    expect(reports.groups.map((g) => g.value)).toEqual([1, 2, 4]);

    const two = group(reports, 2);
    expect(two.agreement).toBe('same');
    expect(two.claimants.map((c) => c.claimant?.id)).toEqual(['arm_mod']);
    expect(nth(two.claimants, 0).reports.map((r) => r.outlet)).toEqual(['Example Daily', 'Example Wire']);
    const daily = nth(nth(two.claimants, 0).reports, 0);
    expect(daily.quote.slice(daily.quoteFigureStart, daily.quoteFigureEnd)).toBe(
      'two Azerbaijani helicopters',
    );

    const four = group(reports, 4);
    expect(four.agreement).toBe('differs');
    expect(nth(four.claimants, 0).claimant?.id).toBe('nk_mod');
    expect(nth(four.claimants, 0).reports.map((r) => r.sourceId)).toEqual(['fx-wire']);
    // The repost is of the next day: listed under its own period, never compared with the page.
    expect(reports.otherPeriods.map((section) => section.period)).toEqual(['2020-09-28']);
    const nextDay = nth(nth(reports.otherPeriods, 0).groups, 0);
    expect([nextDay.value, nextDay.agreement]).toEqual([4, 'unknown']);
    // The repost does not name its outlet: it shows as such, not as a claimant or a made-up outlet.
    expect(nth(nextDay.claimants, 0).reports.map((r) => [r.outlet, r.sourceLabel])).toEqual([
      [null, 'English repost, outlet not named'],
    ]);
    expect(nth(group(reports, 1).claimants, 0).claimant?.id).toBe('az_mod');

    expect(reports.summary).toEqual({
      distinctValues: 3,
      claimants: 3,
      outlets: 3,
      reports: 5,
      values: [1, 2, 4],
      pageAgrees: false,
    });
  });

  it("leaves out the page's own source", async () => {
    const reports = await reportsForFigure(db, { ...twoHelicopters, sourceId: 'fx-wire' });
    expect(reports.summary.reports).toBe(3);
    expect(
      reports.groups.flatMap((g) => g.claimants.flatMap((c) => c.reports.map((r) => r.sourceId))),
    ).not.toContain('fx-wire');
  });

  it("does not set the other side's losses against the page figure", async () => {
    const armenianLosses = await reportsForFigure(db, { ...twoHelicopters, side: 'ARM' });
    expect(armenianLosses.groups).toEqual([]);
    expect(armenianLosses.summary.pageAgrees).toBeNull();
  });

  it('tells compatible figures from differing ones ("at least 14", "dozens")', async () => {
    const soldiers: PageFigure = {
      metric: 'soldiers_killed',
      value: 36,
      qualifier: 'exact',
      side: 'ARM',
      claimant: null,
      period: '2020-09-28',
    };
    const reports = await reportsForFigure(db, soldiers);
    expect(reports.groups.map((g) => [g.value, g.qualifier, g.vagueTerm, g.agreement])).toEqual([
      [14, 'at_least', undefined, 'compatible'],
      [null, 'vague', 'dozens', 'compatible'],
    ]);
    expect(reports.summary.pageAgrees).toBe(true);
    const few = await reportsForFigure(db, { ...soldiers, value: 5 });
    expect(few.groups.map((g) => g.agreement)).toEqual(['differs', 'differs']);
  });

  it('shows a newly saved claim at once', async () => {
    const before = await reportsForFigure(db, twoHelicopters);
    const {
      id: _id,
      origin: _o,
      createdAt: _c,
      updatedAt: _u,
      ...draft
    } = must(await claimRow(db, 'fx-wire#helicopters_downed@26'));
    const { wordBatch: _b, version: _v, ...claim } = draft;
    await saveClaim(db, { ...claim, sourceId: 'web-1' } satisfies ClaimDraft, {
      id: 'web-1',
      label: 'A page',
      outlet: 'Another Outlet',
      url: 'https://another.example/a',
      language: 'en',
      publishedDate: null,
    });
    const after = await reportsForFigure(db, twoHelicopters);
    expect(after.summary.reports).toBe(before.summary.reports + 1);
    expect(after.summary.outlets).toBe(before.summary.outlets + 1);
  });

  it('caps the reports listed per claimant but counts them all', async () => {
    const reports = await reportsForFigure(db, twoHelicopters, { limits: { perClaimant: 1 } });
    const armenia = nth(group(reports, 2).claimants, 0);
    expect(armenia.reports).toHaveLength(1);
    expect(armenia.total).toBe(2);
    expect(reports.summary.reports).toBe(5);
  });

  it('lists one report of every claimant before a second of any, within the total', async () => {
    const reports = await reportsForFigure(db, twoHelicopters, { limits: { total: 3 } });
    const listed = reports.groups.flatMap((g) =>
      g.claimants.map((c) => [g.value, c.claimant?.id, c.reports.length, c.total]),
    );
    expect(listed).toEqual([
      [1, 'az_mod', 1, 1],
      [2, 'arm_mod', 1, 2],
      [4, 'nk_mod', 1, 1],
    ]);
  });
});

describe('searchClaims', () => {
  const pack = fixturePack();
  const quotesWith = (word: RegExp) =>
    pack.claims
      .filter((c) => word.test(c.quote))
      .map((c) => c.id)
      .sort();

  it('finds claims by a word of their quote, as a word prefix', async () => {
    const result = await searchClaims(db, 'helicopter');
    expect(result.reports.map((r) => r.claimId)).toEqual(quotesWith(/\bhelicopter/i));
    expect(result.total).toBe(result.reports.length);
  });

  it('needs every word of the query', async () => {
    const result = await searchClaims(db, 'Four HELICOPTERS');
    expect(result.reports.map((r) => r.claimId)).toEqual(quotesWith(/\bfour\b.*\bhelicopters\b/i));
    expect(result.total).toBeGreaterThan(0);
  });

  it('finds claims by claimant and by outlet, not only by quote', async () => {
    const byClaimant = await searchClaims(db, 'Nagorno-Karabakh Defence Ministry');
    expect(byClaimant.reports.every((r) => r.claimant?.id === 'nk_mod' || /karabakh/i.test(r.quote))).toBe(
      true,
    );
    expect(byClaimant.reports.filter((r) => r.claimant?.id === 'nk_mod')).toHaveLength(3);
    const byOutlet = await searchClaims(db, 'example daily');
    expect(new Set(byOutlet.reports.map((r) => r.sourceId))).toEqual(new Set(['fx-daily']));
    expect(byOutlet.total).toBe(pack.claims.filter((c) => c.sourceId === 'fx-daily').length);
  });

  it('folds case and diacritics both ways', async () => {
    const { id: _id, origin: _o, createdAt: _c, updatedAt: _u, ...draft } = nth(pack.claims, 0);
    const quote = 'Shelling of Şuşa and Ağdam went on, two helicopters were hit.';
    const figureStart = quote.indexOf('two helicopters');
    await saveClaim(
      db,
      { ...draft, quote, quoteFigureStart: figureStart, quoteFigureEnd: figureStart + 15 },
      {
        id: 'web-2',
        label: 'A page',
        outlet: null,
        url: null,
        language: 'en',
        publishedDate: null,
      },
    );
    expect((await searchClaims(db, 'susa')).total).toBe(1);
    expect((await searchClaims(db, 'AĞDAM')).total).toBe(1);
    expect((await searchClaims(db, 'agdam şuşa')).total).toBe(1);
  });

  it('checks a word found in many outlets claim by claim, staying exact next to a rare word', async () => {
    const pack = fixturePack();
    const template = nth(pack.claims, 0);
    const count = 110;
    const sources = Array.from({ length: count }, (_, i) => ({
      ...nth(pack.sources, 0),
      id: `bulletin-${i}`,
      label: `Regional bulletin ${i}`,
      outlet: `Bulletin ${i}`,
    }));
    const claims = sources.map((source, i) => ({
      ...template,
      id: `${source.id}#x`,
      sourceId: source.id,
      quote: i === 7 ? 'A quadcopter was seen.' : 'Nothing to report.',
      quoteFigureStart: 0,
      quoteFigureEnd: 1,
    }));
    await applyImport(db, { ...pack, sources, claims, documents: [] });
    expect(await searchClaims(db, 'bulletin quadcopter')).toMatchObject({ total: 1, complete: true });
    expect((await searchClaims(db, 'bulletin quadcopter')).reports.map((r) => r.outlet)).toEqual([
      'Bulletin 7',
    ]);
    // Alone, it lists real matches but says there may be more.
    const alone = await searchClaims(db, 'bulletin');
    expect(alone.complete).toBe(false);
    expect(alone.total).toBeGreaterThan(0);
    expect(alone.reports.every((r) => r.outlet?.startsWith('Bulletin '))).toBe(true);
  });

  it('narrows by filters and pages the results', async () => {
    const helicopters = await searchClaims(db, '', { metric: 'helicopters_downed' });
    expect(helicopters.total).toBe(pack.claims.filter((c) => c.metric === 'helicopters_downed').length);
    const armenian = await searchClaims(db, 'helicopters', {
      claimantId: 'arm_mod',
      metric: 'helicopters_downed',
    });
    expect(armenian.reports.map((r) => r.sourceId).sort()).toEqual(['fx-daily', 'fx-wire']);
    const page2 = await searchClaims(db, '', { limit: 3, offset: 3 });
    const all = await searchClaims(db, '', { limit: 500 });
    expect(page2.reports.map((r) => r.claimId)).toEqual(all.reports.slice(3, 6).map((r) => r.claimId));
    expect(page2.total).toBe(pack.claims.length);
    expect((await searchClaims(db, 'helicopters', { origin: 'user' })).total).toBe(0);
    // The claimant filter alone (read from the digests: no claim index holds claimants).
    for (const claimantId of ['arm_mod', 'az_mod', 'nk_mod']) {
      const byClaimant = await searchClaims(db, '', { claimantId, limit: 500 });
      expect(byClaimant.reports.map((r) => r.claimId).sort()).toEqual(
        pack.claims
          .filter((c) => c.claimant?.id === claimantId)
          .map((c) => c.id)
          .sort(),
      );
    }
  });

  it('finds nothing for a word nobody wrote', async () => {
    expect(await searchClaims(db, 'submarine')).toEqual({ total: 0, complete: true, reports: [] });
    expect(await searchClaims(db, 'the of')).toEqual({ total: 0, complete: true, reports: [] });
  });

  it('says when a word matches too many claims to search them all', async () => {
    const pack = fixturePack();
    const template = nth(pack.claims, 0);
    const many = Array.from({ length: MAX_KEYS_PER_TERM + 20 }, (_, i) => ({
      ...template,
      id: `bulk-${String(i).padStart(5, '0')}`,
      quote: `Shelling reported near Martuni, report ${i}${i % 100 === 0 ? ' with a rare word: quadcopter' : ''}.`,
      quoteFigureStart: 0,
      quoteFigureEnd: 8,
    }));
    await applyImport(db, { ...pack, claims: many, documents: [] });
    const common = await searchClaims(db, 'martuni');
    expect(common.complete).toBe(false);
    expect(common.total).toBe(MAX_KEYS_PER_TERM);
    expect(common.reports.every((r) => /martuni/i.test(r.quote))).toBe(true);
    // A rarer word next to it keeps the answer exact.
    const rare = await searchClaims(db, 'martuni quadcopter');
    expect(rare).toMatchObject({ complete: true, total: 11 });
    expect(rare.reports.every((r) => /quadcopter/.test(r.quote))).toBe(true);
  });
});

describe('counts and documents', () => {
  it('counts claims per metric, source and origin', async () => {
    const pack = fixturePack();
    const tally = (key: (c: (typeof pack.claims)[number]) => string) => {
      const counted: Record<string, number> = {};
      for (const claim of pack.claims) counted[key(claim)] = (counted[key(claim)] ?? 0) + 1;
      return counted;
    };
    const result = await counts(db);
    expect(result.claims).toBe(pack.claims.length);
    expect(result.sources).toBe(pack.sources.length);
    expect(result.byMetric).toEqual(tally((c) => c.metric));
    expect(result.byMetric.helicopters_downed).toBe(5);
    expect(result.bySource).toEqual(tally((c) => c.sourceId));
    expect(result.byOrigin).toEqual({ seed: pack.claims.length, user: 0, import: 0, read: 0 });
  });

  it('returns a source with its text and claims in reading order', async () => {
    const document = await getSeedDocument(db, 'fx-wire');
    expect(document?.text).toContain('Armenia said it shot down two Azerbaijani helicopters');
    const starts = must(document).claims.map((c) => c.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(
      must(document).claims.every((c) => must(document?.text).slice(c.start, c.end) === c.selector.exact),
    ).toBe(true);
    expect(await getSeedDocument(db, 'nope')).toBeNull();
  });
});
