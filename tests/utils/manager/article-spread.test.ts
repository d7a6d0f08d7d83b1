import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';
import { articleDraft, checkReview, isCorrected, reviewItems } from '../../../utils/manager/article';
import { MAX_LANES, spreadDescription, spreadLayout } from '../../../utils/manager/spread-layout';
import type { MetricSpread } from '../../../utils/store/manager/types';

const text = `Armenia's defence ministry said its forces shot down three Azerbaijani helicopters on Monday.
The 1988-94 war killed about 30,000 people, according to historians.`;
const armMod = { id: 'arm_mod', label: "Armenia's Ministry of Defence", party: 'ARM' as const };
const nkMod = { id: 'nk_mod', label: 'Nagorno-Karabakh Defence Ministry', party: 'NK' as const };

describe('article review', () => {
  const items = reviewItems(extractFigures(text));

  it('starts from what the engine read, every figure included', () => {
    expect(items.length).toBeGreaterThanOrEqual(2);
    const heli = items.find((item) => item.metric === 'helicopters_downed');
    expect(heli).toMatchObject({ include: true, value: '3', side: 'AZ', claimantId: 'arm_mod' });
    expect(text.slice(heli!.figureStart, heli!.figureEnd)).toBe(heli!.figureText);
    expect(isCorrected(heli!)).toBe(false);
  });

  it("keeps the reader's corrections and leaves excluded figures out", () => {
    const corrected = items.map((item) =>
      item.metric === 'helicopters_downed'
        ? { ...item, value: '4', claimantId: 'nk_mod' }
        : { ...item, include: false },
    );
    expect(isCorrected(corrected.find((i) => i.include)!)).toBe(true);
    const result = checkReview(corrected, [armMod, nkMod]);
    if (!result.ok) throw new Error('expected claims');
    expect(result.claims).toEqual([
      expect.objectContaining({ metric: 'helicopters_downed', value: 4, claimant: nkMod }),
    ]);
  });

  it('names the figure and field of each error', () => {
    const broken = items.map((item, i) => (i === 0 ? { ...item, value: 'lots', claimantId: 'ghost' } : item));
    const result = checkReview(broken, [armMod]);
    if (result.ok) throw new Error('expected errors');
    expect(result.errors[items[0]!.key]).toEqual({
      value: 'Figure 1, value: enter a number of 0 or more.',
      claimantId: 'Figure 1, claimant: choose one from the list.',
    });
  });

  it("gives figures the article's day as period, and those of a past war their era", () => {
    const result = checkReview(items, [armMod, nkMod]);
    if (!result.ok) throw new Error('expected claims');
    const source = {
      label: 'x',
      outlet: null,
      url: null,
      language: 'en',
      publishedDate: '2020-10-05',
      kind: 'web' as const,
    };
    const draft = articleDraft(text, source, result.claims);
    const dates = Object.fromEntries(draft.claims.map((c) => [c.metric, c.period]));
    expect(dates.helicopters_downed).toBe('2020-10-05');
    expect(dates.deaths).toBe('1988/1994');
  });
});

const spread: MetricSpread = {
  metric: 'helicopters_downed',
  label: 'helicopters shot down',
  count: 8,
  claimants: [armMod, nkMod],
  points: [
    { value: 2, qualifier: 'exact', side: 'AZ', claimantId: 'arm_mod', count: 2 },
    { value: 4, qualifier: 'exact', side: 'AZ', claimantId: 'nk_mod', count: 4 },
    { value: null, qualifier: 'vague', side: 'AZ', claimantId: null, count: 1 },
    { value: 1, qualifier: 'at_least', side: 'AZ', claimantId: null, count: 1 },
  ],
  truncated: false,
};

describe('spread chart', () => {
  it('gives each claimant a lane, party order first, and places values left to right', () => {
    const layout = spreadLayout(spread, { width: 400, labelWidth: 150 });
    expect(layout.lanes.map((lane) => [lane.fullLabel, lane.party, lane.vague])).toEqual([
      ["Armenia's Ministry of Defence (Armenia)", 'ARM', 0],
      ['Nagorno-Karabakh Defence Ministry (Karabakh Armenians)', 'NK', 0],
      ['no claimant named', null, 1],
    ]);
    const x = (title: string) => layout.dots.find((dot) => dot.title.startsWith(title))!.cx;
    expect(x('no claimant named: at least 1')).toBeLessThan(x("Armenia's Ministry of Defence (Armenia): 2"));
    expect(x("Armenia's Ministry of Defence (Armenia): 2")).toBeLessThan(
      x('Nagorno-Karabakh Defence Ministry (Karabakh Armenians): 4'),
    );
    const big = layout.dots.find((dot) => dot.title.includes('(4 reports)'))!;
    const small = layout.dots.find((dot) => dot.title.includes('(1 report)'))!;
    expect(big.r).toBeGreaterThan(small.r);
    for (const dot of layout.dots) expect(dot.cx).toBeGreaterThanOrEqual(layout.plotLeft);
    for (const dot of layout.dots) expect(dot.cx).toBeLessThanOrEqual(layout.plotRight);
  });

  it('turns logarithmic when values span orders of magnitude, and merges extra claimants', () => {
    const many: MetricSpread = {
      ...spread,
      claimants: Array.from({ length: 9 }, (_, i) => ({
        id: `c${i}`,
        label: `Claimant ${i}`,
        party: 'other' as const,
      })),
      points: Array.from({ length: 9 }, (_, i) => ({
        value: 10 ** (i % 6),
        qualifier: 'exact' as const,
        side: null,
        claimantId: `c${i}`,
        count: 1,
      })),
    };
    const layout = spreadLayout(many);
    expect(layout.scale).toBe('log');
    expect(layout.lanes).toHaveLength(MAX_LANES);
    expect(layout.lanes.at(-1)?.fullLabel).toBe('4 more claimants');
  });

  it('says in words what the chart shows', () => {
    expect(spreadDescription(spread)).toBe(
      "helicopters shot down, 8 claims. Armenia's Ministry of Defence (Armenia): 2 (2 reports); " +
        'Nagorno-Karabakh Defence Ministry (Karabakh Armenians): 4 (4 reports); ' +
        'no claimant named: at least 1 (1 report), a vague figure (1 report).',
    );
  });
});

describe('lane labels', () => {
  it('shorten long claimant names but always keep the party', () => {
    const long: MetricSpread = {
      ...spread,
      claimants: [
        { id: 'nk_x', label: 'Ministry of Defence of the Nagorno-Karabakh Republic (Artsakh)', party: 'NK' },
      ],
      points: [{ value: 3, qualifier: 'exact', side: 'AZ', claimantId: 'nk_x', count: 1 }],
    };
    const [lane] = spreadLayout(long).lanes;
    expect(lane?.label).toBe('Ministry of Defence… (Karabakh)');
    expect(lane?.fullLabel).toBe(
      'Ministry of Defence of the Nagorno-Karabakh Republic (Artsakh) (Karabakh Armenians)',
    );
  });
});
