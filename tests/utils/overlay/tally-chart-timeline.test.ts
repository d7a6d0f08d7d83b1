import { describe, expect, it } from 'vitest';
import { TIMELINE_BOX, TIMELINE_LAYOUT } from '../../../utils/manager/timeline';
import { tallyChart } from '../../../utils/overlay/tally-chart';
import type { ClaimantSeries } from '../../../utils/store/types';

const arm = { id: 'arm_mod', label: "Armenia's Ministry of Defence", party: 'ARM' as const };
const series: ClaimantSeries[] = [
  {
    claimant: arm,
    points: [
      { period: '2020-09-27', end: '2020-09-27', value: 16, qualifier: 'exact', reports: 1 },
      { period: '2020-09-27/2020-10-07', end: '2020-10-07', value: 240, qualifier: 'exact', reports: 2 },
    ],
  },
  {
    claimant: null,
    points: [
      { period: '2020-09-27/2020-11-10', end: '2020-11-10', value: 3000, qualifier: 'about', reports: 1 },
    ],
  },
];

describe('the timeline layout of the tally chart', () => {
  it('places figures at their period end with no staircase, and draws a range or era as a span from its start', () => {
    const chart = tallyChart(series, null, TIMELINE_BOX, TIMELINE_LAYOUT);
    const [armLine, noneLine] = chart.lines;
    expect(armLine?.path).toBe('');
    expect(armLine?.points[0]?.spanX).toBeUndefined();
    // The running total from 27 Sep starts where the day's figure stands.
    expect(armLine?.points[1]?.spanX).toBe(armLine?.points[0]?.x);
    expect(noneLine?.points[0]?.spanX).toBe(TIMELINE_BOX.left);
    expect(noneLine?.points[0]?.x).toBe(TIMELINE_BOX.width - TIMELINE_BOX.right);
    expect(chart.rows.map((row) => [row.claimant, row.date, row.value])).toEqual([
      ["Armenia's Ministry of Defence", '27 Sep 2020', '16'],
      ["Armenia's Ministry of Defence", 'so far, to 7 Oct 2020', '240'],
      ['No claimant named', '2020 war', 'about 3,000'],
    ]);
  });

  it('leaves the running-total chart as it was: steps, each tally "to" its day', () => {
    const chart = tallyChart(series.slice(0, 1), null);
    expect(chart.lines[0]?.path).toMatch(/^M[\d.]+,[\d.]+ H[\d.]+ V[\d.]+ H[\d.]+$/);
    expect(chart.lines[0]?.points.every((point) => point.spanX === undefined)).toBe(true);
    expect(chart.lines[0]?.points[1]?.title).toBe("Armenia's Ministry of Defence: 240 to 7 Oct 2020");
  });
});
