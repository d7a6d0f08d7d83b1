import { beforeEach, describe, expect, it } from 'vitest';
import { checkText, plainNumbers } from '../../../utils/store/check-text';
import type { CrosstallyDb } from '../../../utils/store/db';
import { seedStore } from '../../../utils/store/seed';
import { fixturePack, freshDb, nth } from './helpers';

let db: CrosstallyDb;
beforeEach(async () => {
  db = freshDb();
  await seedStore(db, fixturePack(), 10);
});

// These two run the engine's real extractFigures (utils/engine/figures.ts).
describe('checkText with a recognised figure', () => {
  it('parses a selected sentence and returns the reports for its figure', async () => {
    const result = await checkText(db, 'Armenia said it shot down two helicopters');
    expect(result.candidates).toEqual([]);
    expect(result.figures).toHaveLength(1);
    const [{ figure, reports }] = result.figures as [(typeof result.figures)[number]];
    expect(figure).toMatchObject({ metric: 'helicopters_downed', value: 2, qualifier: 'exact' });
    expect(reports.metric.id).toBe('helicopters_downed');
    // A selection says nothing of when: its period is unknown, so every report is listed under
    // its own period and none is marked as agreeing or differing.
    expect(reports.period).toBeNull();
    expect(reports.groups).toEqual([]);
    const sameDay = reports.otherPeriods.find((section) => section.period === '2020-09-27');
    const two = sameDay?.groups.find((g) => g.value === 2);
    expect(two?.claimants.map((c) => c.claimant?.id)).toContain('arm_mod');
    expect(sameDay?.groups.find((g) => g.value === 4)).toBeDefined();
    const agreements = reports.otherPeriods.flatMap((section) => section.groups.map((g) => g.agreement));
    expect(new Set(agreements)).toEqual(new Set(['unknown']));
  });

  it('returns each figure of a selection holding two', async () => {
    const result = await checkText(
      db,
      'The defence ministry said it had destroyed four Azerbaijani helicopters and 15 drones.',
    );
    expect(result.figures.map((f) => [f.figure.metric, f.figure.value])).toEqual([
      ['helicopters_downed', 4],
      ['drones_downed', 15],
    ]);
    const drones = nth(result.figures, 1).reports;
    expect(drones.groups).toEqual([]);
    expect(drones.otherPeriods.flatMap((s) => s.groups.map((g) => [g.value, g.agreement]))).toEqual([
      [15, 'unknown'],
    ]);
  });
});

describe('checkText without a recognised metric', () => {
  it('offers the metrics the store holds the same number under', async () => {
    const result = await checkText(db, 'They said 4 were lost');
    expect(result.figures).toEqual([]);
    expect(result.candidates[0]).toEqual({
      metric: { id: 'helicopters_downed', label: 'helicopters shot down' },
      reasons: ['value'],
      value: 4,
      claims: 2,
    });
  });

  it('offers metrics whose counted noun occurs in the selection', async () => {
    const result = await checkText(db, 'What happened to the helicopters?');
    expect(result.figures).toEqual([]);
    expect(result.candidates).toEqual([
      {
        metric: { id: 'helicopters_downed', label: 'helicopters shot down' },
        reasons: ['noun'],
        value: null,
        claims: 5,
      },
    ]);
  });

  it('ranks a metric matched both ways first', async () => {
    const result = await checkText(db, 'tanks: 3, or was it 16?');
    expect(result.candidates.map((c) => [c.metric.id, c.reasons])).toEqual([
      ['tanks_destroyed', ['value', 'noun']],
      ['civilians_killed', ['value']],
    ]);
  });
});

describe('plainNumbers', () => {
  it('reads digits, thousands separators and simple number words', () => {
    expect(plainNumbers('two of them, 1,200 in all and 3.5 more')).toEqual([2, 1200, 3.5]);
    expect(plainNumbers('no numbers here')).toEqual([]);
  });
});
