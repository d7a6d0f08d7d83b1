/** Grouping by period: "agrees" and "differs" only between reports that count the same time. */
import { describe, expect, it } from 'vitest';
import type { ClaimantRef } from '../../../utils/engine/types';
import { buildDigests } from '../../../utils/store/digests';
import { groupDigest } from '../../../utils/store/reports/groups';
import { planReports } from '../../../utils/store/reports/plan';
import type { Claim, PageFigure, ReportsForFigure } from '../../../utils/store/types';
import { must } from './helpers';

const armMod: ClaimantRef = { id: 'arm_mod', label: "Armenia's Ministry of Defence", party: 'ARM' };
const azMod: ClaimantRef = { id: 'az_mod', label: "Azerbaijan's Ministry of Defence", party: 'AZ' };

let n = 0;
function claim(claimant: ClaimantRef | null, value: number, period: string | null): Claim {
  n++;
  return {
    id: `c${n}`,
    metric: 'soldiers_killed',
    value,
    qualifier: 'exact',
    side: 'ARM',
    claimant,
    sourceId: `s${n}`,
    quote: `${value} servicemen were killed.`,
    quoteFigureStart: 0,
    quoteFigureEnd: String(value).length,
    selector: { exact: String(value), prefix: '', suffix: ' servicemen' },
    start: 0,
    end: 2,
    period,
    origin: 'seed',
    createdAt: 1,
    updatedAt: 1,
  };
}

function reports(claims: Claim[], page: Partial<PageFigure>): ReportsForFigure {
  const digest = must(buildDigests(claims, new Map()).get('soldiers_killed'));
  const figure: PageFigure = {
    metric: 'soldiers_killed',
    value: 16,
    qualifier: 'exact',
    side: 'ARM',
    claimant: armMod,
    ...page,
  };
  return planReports({ id: 'soldiers_killed', label: 'soldiers killed' }, groupDigest(digest, figure), figure)
    .result;
}

const compared = (r: ReportsForFigure) => r.groups.map((g) => [g.value, g.agreement]);
const apart = (r: ReportsForFigure) =>
  r.otherPeriods.map((s) => [s.period, s.groups.map((g) => [g.value, g.agreement])]);

describe('grouping reports by period', () => {
  it('does not compare a day with a "so far" range that ends on it', () => {
    const result = reports([claim(armMod, 31, '2020-09-27/2020-09-28'), claim(azMod, 16, '2020-09-28')], {
      value: 31,
      period: '2020-09-28',
    });
    expect(compared(result)).toEqual([[16, 'differs']]);
    expect(apart(result)).toEqual([['2020-09-27/2020-09-28', [[31, 'unknown']]]]);
    expect(result.summary.pageAgrees).toBe(false);
  });

  it('compares the same day from two claimants', () => {
    const result = reports([claim(armMod, 16, '2020-09-27'), claim(azMod, 40, '2020-09-27')], {
      period: '2020-09-27',
    });
    expect(compared(result)).toEqual([
      [16, 'same'],
      [40, 'differs'],
    ]);
    expect(result.groups.map((g) => g.claimants.map((c) => c.claimant?.id))).toEqual([
      ['arm_mod'],
      ['az_mod'],
    ]);
    expect(result.otherPeriods).toEqual([]);
  });

  it('takes two spellings of one period as the same ("2016-04" and its first to last day)', () => {
    const result = reports([claim(null, 200, '2016-04-01/2016-04-30')], { value: 200, period: '2016-04' });
    expect(compared(result)).toEqual([[200, 'same']]);
  });

  it('lists other periods apart, ordered by end day, unknown last, never as differing', () => {
    const result = reports(
      [
        claim(armMod, 5, null),
        claim(armMod, 2425, '2020-09-27/2020-11-09'),
        claim(azMod, 3, '2020-10-02'),
        claim(armMod, 16, '2020-09-27'),
      ],
      { period: '2020-09-27' },
    );
    expect(compared(result)).toEqual([[16, 'same']]);
    expect(apart(result)).toEqual([
      ['2020-10-02', [[3, 'unknown']]],
      ['2020-09-27/2020-11-09', [[2425, 'unknown']]],
      [null, [[5, 'unknown']]],
    ]);
    expect(result.summary).toMatchObject({ reports: 4, values: [3, 5, 16, 2425], distinctValues: 4 });
  });

  it('marks nothing when the page figure’s period is unknown', () => {
    const result = reports([claim(armMod, 16, '2020-09-27'), claim(azMod, 99, '2020-09-27')], {
      period: null,
    });
    expect(result.period).toBeNull();
    expect(result.groups).toEqual([]);
    expect(apart(result)).toEqual([
      [
        '2020-09-27',
        [
          [16, 'unknown'],
          [99, 'unknown'],
        ],
      ],
    ]);
    expect(result.summary.pageAgrees).toBeNull();
    // A period the page gave that is not a period in our notation is unknown too.
    expect(reports([claim(armMod, 16, '2020-09-27')], { period: 'yesterday' }).groups).toEqual([]);
  });
});

describe('running totals', () => {
  const series = [
    claim(armMod, 2425, '2020-09-27/2020-11-09'),
    claim(armMod, 16, '2020-09-27/2020-09-27'),
    claim(armMod, 31, '2020-09-27/2020-09-28'),
    claim(armMod, 31, '2020-09-27/2020-09-28'),
    claim(azMod, 2783, '2020-09-27/2021-03-01'),
    claim(azMod, 50, '2020-09-28/2020-10-01'),
    claim(armMod, 7, '2020-09-29'),
  ];

  it('forms one series per claimant, ordered by end day, of the periods starting on the page’s start day', () => {
    const result = reports(series, { value: 90, period: '2020-09-27/2020-09-30' });
    expect(
      result.series.map((s) => [s.claimant?.id, s.points.map((p) => [p.end, p.value, p.reports])]),
    ).toEqual([
      [
        'arm_mod',
        [
          ['2020-09-27', 16, 1],
          ['2020-09-28', 31, 2],
          ['2020-11-09', 2425, 1],
        ],
      ],
      ['az_mod', [['2021-03-01', 2783, 1]]],
    ]);
    // Earlier and later tallies are other periods: listed apart, never "differs".
    expect(result.groups).toEqual([]);
    expect(result.otherPeriods.flatMap((s) => s.groups.map((g) => g.agreement))).not.toContain('differs');
  });

  it('has no series for a day or an unknown period', () => {
    expect(reports(series, { period: '2020-09-28' }).series).toEqual([]);
    expect(reports(series, { period: null }).series).toEqual([]);
  });
});
