/** What an edit sends, how a reload merges, and how undo entries follow an undone edit. */
import { describe, expect, it } from 'vitest';
import { claimToForm } from '../../../utils/claim-form/claim-form';
import { changedFields, rebaseForm } from '../../../utils/manager/claim-conflict';
import { EMPTY_UNDO, pushUndo, renumber, undoDeleteNotes } from '../../../utils/manager/undo';
import type { Claim } from '../../../utils/store/types';
import { fixtureFullPack, must } from '../store/helpers';

const base: Claim = must(fixtureFullPack().claims.find((c) => c.id === 'fx-daily#helicopters_downed@45'));

describe('changedFields', () => {
  it('keeps only what differs from the claim the reader opened', () => {
    const all = {
      metric: base.metric,
      value: base.value,
      qualifier: base.qualifier,
      side: base.side,
      claimant: base.claimant,
      period: base.period,
      note: 'checked',
    };
    expect(changedFields(base, all)).toEqual({ note: 'checked' });
    expect(changedFields(base, { ...all, note: '' })).toEqual({});
    expect(changedFields(base, { ...all, note: '', value: 4, claimant: null })).toEqual(
      base.claimant ? { value: 4, claimant: null } : { value: 4 },
    );
  });
});

describe('rebaseForm', () => {
  it('takes the stored claim, keeps the reader’s changes elsewhere, and lets theirs win where both changed', () => {
    const current: Claim = { ...base, value: 4, period: '2020-10-02' };
    const form = { ...claimToForm(base), note: 'checked', period: '2020-10-05' };
    const rebased = rebaseForm(form, base, current);
    expect(rebased.theirs).toEqual(['value', 'period']);
    expect(rebased.kept).toEqual(['note']);
    expect(rebased.form).toEqual({ ...claimToForm(current), note: 'checked' });
  });
});

describe('undo entries', () => {
  it('follow an undone edit: older entries expecting the version before now expect the new one', () => {
    let stack = pushUndo(EMPTY_UNDO, 'Added', { kind: 'added', claims: [{ id: 'c', version: 1 }] });
    stack = pushUndo(stack, 'Edited', { kind: 'edit', before: base, beforeVersion: 1, version: 2 });
    stack = renumber(stack, 'c', 1, 3);
    expect(stack.entries[1]?.action).toEqual({ kind: 'added', claims: [{ id: 'c', version: 3 }] });
    expect(stack.entries[0]?.action).toMatchObject({ version: 2 });
  });

  it('say what an undone delete did not put back, and why', () => {
    expect(undoDeleteNotes({ claims: 3, sources: 0, alreadyBack: 0, sourceGone: 0 })).toBe('');
    expect(undoDeleteNotes({ claims: 1, sources: 0, alreadyBack: 1, sourceGone: 2 })).toBe(
      '1 claim was not put back: another tab or window has added it again, as it stands now. ' +
        '2 claims were not put back: their source was deleted in another tab or window.',
    );
  });
});
