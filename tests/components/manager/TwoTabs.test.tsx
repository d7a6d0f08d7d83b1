// @vitest-environment happy-dom
/**
 * The manager while another tab writes to the same store (here: straight to the store, as the
 * other tab's requests would): the editor's conflict choice, lists that follow announcements,
 * and undo that says when another tab's change stands in its way.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { claimRow } from '../../../utils/store/claim-rows';
import { deleteClaims } from '../../../utils/store/manager/trash';
import { editClaim } from '../../../utils/store/manager/versions';
import { seedStore } from '../../../utils/store/seed';
import { fixturePack, freshDb, must } from '../../utils/store/helpers';
import { axeViolations, claimsLoaded, renderManager } from './manager-fixtures';

afterEach(cleanup);

/** "one of its helicopters": value 1, the claim of issue 13. */
const ONE_HELICOPTER = 'fx-daily#helicopters_downed@45';

async function seededDb() {
  const db = freshDb();
  await seedStore(db, fixturePack(), 10);
  return db;
}

/** Opens the editor on the claim whose value is 1 and returns it. */
async function openEditor() {
  await claimsLoaded();
  fireEvent.click(screen.getByRole('button', { name: /^Edit: 1 / }));
  return within(await screen.findByRole('region', { name: 'Edit claim' }));
}

const field = (editor: ReturnType<typeof within>, label: string) =>
  editor.getByLabelText(label) as HTMLInputElement;

describe('the editor, when another tab changed the claim', () => {
  it('refuses the save, shows both sides, and reloads keeping the reader’s own change', async () => {
    const db = await seededDb();
    renderManager({ db });
    const editor = await openEditor();
    // Tab A sets the value 1 → 4 after this tab opened the claim.
    await editClaim(db, ONE_HELICOPTER, 1, { value: 4 });
    fireEvent.input(field(editor, 'Note'), { target: { value: 'checked' } });
    fireEvent.click(editor.getByRole('button', { name: 'Save changes' }));

    const conflict = within(await screen.findByRole('alert', { name: /^Not saved: this claim was changed/ }));
    expect(conflict.getByText('Value: “1” → “4”')).toBeTruthy();
    expect(conflict.getByText('Note: (empty) → “checked”')).toBeTruthy();
    expect(screen.queryByText(/^Saved your changes/)).toBeNull();
    expect(must(await claimRow(db, ONE_HELICOPTER))).toMatchObject({ value: 4, version: 2 });
    expect(must(await claimRow(db, ONE_HELICOPTER)).note).toBeUndefined();
    expect(await axeViolations()).toEqual([]);

    fireEvent.click(conflict.getByRole('button', { name: 'Reload the claim' }));
    expect(field(editor, 'Value').value).toBe('4');
    expect(field(editor, 'Note').value).toBe('checked');
    expect(screen.getByText(/^Reloaded the claim as stored now\./).textContent).toContain(
      'Changed in another tab or window: Value (now “4”).',
    );
    fireEvent.click(editor.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByText(/^Saved your changes to “4 /)).toBeTruthy());
    expect(must(await claimRow(db, ONE_HELICOPTER))).toMatchObject({
      value: 4,
      note: 'checked',
      version: 3,
    });
  });

  it('overwrites knowingly: the reader’s fields win, fields changed only there stay', async () => {
    const db = await seededDb();
    renderManager({ db });
    const editor = await openEditor();
    await editClaim(db, ONE_HELICOPTER, 1, { value: 4, period: '2020-10-02' });
    fireEvent.input(field(editor, 'Value'), { target: { value: '2' } });
    fireEvent.click(editor.getByRole('button', { name: 'Save changes' }));
    const conflict = within(await screen.findByRole('alert', { name: /^Not saved/ }));
    fireEvent.click(conflict.getByRole('button', { name: 'Overwrite with my changes' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Edit claim' })).toBeNull());
    expect(must(await claimRow(db, ONE_HELICOPTER))).toMatchObject({ value: 2, period: '2020-10-02' });
  });

  it('says the claim was deleted there, and does not bring it back', async () => {
    const db = await seededDb();
    renderManager({ db });
    const editor = await openEditor();
    await deleteClaims(db, [ONE_HELICOPTER]);
    fireEvent.input(field(editor, 'Note'), { target: { value: 'checked' } });
    fireEvent.click(editor.getByRole('button', { name: 'Save changes' }));
    const conflict = within(
      await screen.findByRole('alert', {
        name: 'Not saved: this claim was deleted in another tab or window',
      }),
    );
    expect(await claimRow(db, ONE_HELICOPTER)).toBeUndefined();
    fireEvent.click(conflict.getByRole('button', { name: 'Close the editor' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Edit claim' })).toBeNull());
    await waitFor(() => expect(screen.getByText('Showing 10 claims.')).toBeTruthy());
  });

  it('says so as soon as the store announces the change, before any save', async () => {
    const db = await seededDb();
    let announce = () => {};
    renderManager({
      db,
      onStoreChange: (onChange) => {
        announce = onChange;
        return () => {};
      },
    });
    await openEditor();
    await editClaim(db, ONE_HELICOPTER, 1, { value: 4 });
    announce();
    const conflict = within(
      await screen.findByRole('alert', { name: 'This claim was changed in another tab or window' }),
    );
    expect(conflict.getByText('Value: “1” → “4”')).toBeTruthy();
  });

  it('sends only the fields the reader changed, with the version it started from', async () => {
    const db = await seededDb();
    const { send } = renderManager({ db });
    const editor = await openEditor();
    fireEvent.input(field(editor, 'Note'), { target: { value: 'checked' } });
    fireEvent.click(editor.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByText(/^Saved your changes/)).toBeTruthy());
    const update = send.mock.calls.map(([request]) => request).find((r) => r.type === 'updateClaim');
    expect(update).toEqual({
      type: 'updateClaim',
      id: ONE_HELICOPTER,
      baseVersion: 1,
      changes: { note: 'checked' },
    });
  });
});

describe('following the store', () => {
  it('reloads the list and the counts when the background announces a change', async () => {
    const db = await seededDb();
    let announce = () => {};
    renderManager({
      db,
      onStoreChange: (onChange) => {
        announce = onChange;
        return () => {};
      },
    });
    await claimsLoaded();
    expect(screen.getByText(/^11 claims in/)).toBeTruthy();
    await deleteClaims(db, [ONE_HELICOPTER]);
    announce();
    await waitFor(() => expect(screen.getByText('Showing 10 claims.')).toBeTruthy());
    expect(screen.getByText(/^10 claims in/)).toBeTruthy();
  });
});

describe('undo after another tab’s change', () => {
  async function editThenUndo(otherTab: (db: Awaited<ReturnType<typeof seededDb>>) => Promise<unknown>) {
    const db = await seededDb();
    renderManager({ db });
    const editor = await openEditor();
    fireEvent.input(field(editor, 'Value'), { target: { value: '4' } });
    fireEvent.click(editor.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByText(/^Saved your changes/)).toBeTruthy());
    await otherTab(db);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    return db;
  }

  it('does not resurrect a claim another tab deleted, and says so', async () => {
    const db = await editThenUndo((db) => deleteClaims(db, [ONE_HELICOPTER]));
    await waitFor(() =>
      expect(
        screen.getByText('Not undone: the claim was deleted in another tab or window. Nothing was changed.'),
      ).toBeTruthy(),
    );
    expect(await claimRow(db, ONE_HELICOPTER)).toBeUndefined();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('does not undo over another tab’s later change, and says so', async () => {
    const db = await editThenUndo((db) => editClaim(db, ONE_HELICOPTER, 2, { note: 'tab B' }));
    await waitFor(() =>
      expect(screen.getByText(/^Not undone: “one of its helicopters” was changed/)).toBeTruthy(),
    );
    expect(must(await claimRow(db, ONE_HELICOPTER))).toMatchObject({ value: 4, note: 'tab B' });
  });
});
