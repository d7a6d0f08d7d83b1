import { beforeEach, describe, expect, it } from 'vitest';
import { checkSelectionText } from '../../../utils/background/check-selection';
import type { CrosstallyDb } from '../../../utils/store/db';
import { seedStore } from '../../../utils/store/seed';
import { fixturePack, freshDb, nth } from '../store/helpers';

let db: CrosstallyDb;
beforeEach(async () => {
  db = freshDb();
  await seedStore(db, fixturePack(), 10);
});

/** A context text with the selection marked by [brackets]. */
function around(marked: string) {
  const selectionStart = marked.indexOf('[');
  const selectionEnd = marked.indexOf(']') - 1;
  const text = marked.replace('[', '').replace(']', '');
  return {
    selection: text.slice(selectionStart, selectionEnd),
    context: { text, selectionStart, selectionEnd },
  };
}

describe('checking a selection in its context', () => {
  it('gives the figure the claimant of its own sentence, though only the figure was selected', async () => {
    const { selection, context } = around(
      "Markets were calm.\nArmenia's defence ministry said its forces had shot down [2 Azerbaijani helicopters] overnight.",
    );
    const result = await checkSelectionText(db, selection, context);
    expect(result.figures).toHaveLength(1);
    const { figure, reports } = nth(result.figures, 0);
    expect(figure).toMatchObject({
      metric: 'helicopters_downed',
      value: 2,
      side: 'AZ',
      text: '2 Azerbaijani helicopters',
    });
    expect(figure.claimant?.id).toBe('arm_mod');
    // Offsets are the context's.
    expect(context.text.slice(figure.start, figure.end)).toBe('2 Azerbaijani helicopters');
    // A bare selection has no date: every report is listed under its period, none compared.
    expect(reports.groups).toEqual([]);
    expect(
      reports.otherPeriods.flatMap((s) => s.groups.map((g) => [s.period, g.value, g.agreement])),
    ).toEqual([
      ['2020-09-27', 1, 'unknown'],
      ['2020-09-27', 2, 'unknown'],
      ['2020-09-27', 4, 'unknown'],
      ['2020-09-28', 4, 'unknown'],
    ]);
    expect(result.sentence?.text).toBe(
      "Armenia's defence ministry said its forces had shot down 2 Azerbaijani helicopters overnight.",
    );
  });

  it('returns only the figures the selection touches', async () => {
    const { selection, context } = around(
      'The ministry said it destroyed four Azerbaijani helicopters and [15 drones] on Sunday.',
    );
    const result = await checkSelectionText(db, selection, context);
    expect(result.figures.map((each) => each.figure.metric)).toEqual(['drones_downed']);
  });

  it('without a figure: the nearest candidates, the numbers, and every metric and claimant to pick from', async () => {
    const { selection, context } = around('Officials said [4 were lost] near the helicopters base.');
    const result = await checkSelectionText(db, selection, context);
    expect(result.figures).toEqual([]);
    expect(result.numbers).toEqual([4]);
    expect(result.candidates[0]).toMatchObject({
      metric: { id: 'helicopters_downed' },
      reasons: ['value', 'noun'],
      value: 4,
    });
    expect(result.metrics.map((metric) => metric.id)).toContain('tanks_destroyed');
    expect(result.claimants.map((claimant) => claimant.id)).toContain('az_mod');
  });

  it('reads "yesterday" against the page’s published day, and gives no period without one', async () => {
    const { selection, context } = around(
      "Armenia's defence ministry said [2 Azerbaijani helicopters] were shot down yesterday.",
    );
    const dated = await checkSelectionText(db, selection, context, '2020-09-28');
    expect(nth(dated.figures, 0).figure.period).toBe('2020-09-27');
    // The same day's reports are compared with it.
    expect(nth(dated.figures, 0).reports.period).toBe('2020-09-27');
    const undated = await checkSelectionText(db, selection, context);
    expect(nth(undated.figures, 0).figure.period ?? null).toBeNull();
  });

  it('says there is no number when the selection holds none', async () => {
    const result = await checkSelectionText(db, 'Both claims could not be verified.');
    expect(result).toMatchObject({ figures: [], numbers: [] });
  });
});
