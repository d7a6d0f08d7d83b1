import { beforeEach, describe, expect, it } from 'vitest';
import type { CrosstallyDb } from '../../../../utils/store/db';
import { metricTimeline } from '../../../../utils/store/manager/timeline';
import { editClaim, getVersionedClaim } from '../../../../utils/store/manager/versions';
import { seedStore } from '../../../../utils/store/seed';
import { fixturePack, freshDb } from '../helpers';

let db: CrosstallyDb;
beforeEach(async () => {
  db = freshDb();
  await seedStore(db, fixturePack(), 10);
});

const pointsOf = (timeline: Awaited<ReturnType<typeof metricTimeline>>) =>
  timeline.series.map((series) => [
    series.claimant?.label ?? null,
    series.points.map((point) => [point.period, point.value, point.reports]),
  ]);

describe("a metric's claims on a timeline by claimant", () => {
  it('gives each claimant its figures by period end, one point per figure with its reports counted', async () => {
    const timeline = await metricTimeline(db, 'helicopters_downed');
    expect(pointsOf(timeline)).toEqual([
      ["Armenia's Ministry of Defence", [['2020-09-27', 2, 2]]],
      ["Azerbaijan's Ministry of Defence", [['2020-09-27', 1, 1]]],
      [
        'Nagorno-Karabakh Defence Ministry',
        [
          ['2020-09-27', 4, 1],
          ['2020-09-28', 4, 1],
        ],
      ],
    ]);
    expect(timeline.unplaced).toEqual({ noPeriod: 0, noValue: 0 });
    expect(timeline.complete).toBe(true);
  });

  it('orders a claimant’s running totals by end day, keeps one side, and counts what it cannot place', async () => {
    const set = async (id: string, changes: Parameters<typeof editClaim>[3]) => {
      const current = await getVersionedClaim(db, id);
      await editClaim(db, id, current?.version ?? 1, changes);
    };
    await set('fx-wire#helicopters_downed@162', { period: '2020-09-27/2020-10-05', value: 9 });
    await set('fx-repost#helicopters_downed@50', { period: null });
    const timeline = await metricTimeline(db, 'helicopters_downed', 'AZ');
    expect(pointsOf(timeline).at(-1)).toEqual([
      'Nagorno-Karabakh Defence Ministry',
      [['2020-09-27/2020-10-05', 9, 1]],
    ]);
    expect(timeline.unplaced).toEqual({ noPeriod: 1, noValue: 0 });
    expect((await metricTimeline(db, 'helicopters_downed', 'ARM')).series).toEqual([]);
    // A vague figure has no height on the chart.
    const soldiers = await metricTimeline(db, 'soldiers_killed');
    expect(soldiers.unplaced).toEqual({ noPeriod: 0, noValue: 1 });
    expect(pointsOf(soldiers)).toEqual([[null, [['2020-09-28', 14, 1]]]]);
  });
});
