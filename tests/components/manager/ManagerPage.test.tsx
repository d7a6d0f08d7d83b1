// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { claimCount, claimRow, countOfOrigin } from '../../../utils/store/claim-rows';
import { axeViolations, claimsLoaded, renderManager, rowLines } from './manager-fixtures';

afterEach(cleanup);

function rowOf(text: RegExp): HTMLElement {
  const line = rowLines().findIndex((l) => text.test(l));
  const rows = [...document.querySelectorAll<HTMLElement>('.ct-claim-row')];
  const row = rows[line];
  if (!row) throw new Error(`no row matching ${text}: ${rowLines().join(' | ')}`);
  return row;
}

describe('browsing', () => {
  it('lists the claims grouped by metric, each group under its heading, with no accessibility violations', async () => {
    renderManager();
    await claimsLoaded();
    const headings = [...document.querySelectorAll('.ct-group-header h3')].map((h) => h.textContent);
    expect(headings).toEqual([
      'Helicopters shot down',
      'Drones shot down',
      'Tanks destroyed',
      'Soldiers killed',
      'Civilians killed',
      'People killed',
    ]);
    expect(rowLines()[0]).toMatch(
      /^1Azerbaijani losses.*Azerbaijan's Ministry of Defence.*reported by Example Daily/,
    );
    await waitFor(() => expect(document.querySelectorAll('.ct-spread').length).toBe(6));
    expect(await axeViolations()).toEqual([]);
  });

  it('shows the spread of each metric with a text alternative naming claimants and values', async () => {
    renderManager();
    await claimsLoaded();
    const chart = await screen.findByRole('img', { name: /^helicopters shot down, 5 claims\./ });
    expect(chart.getAttribute('aria-label')).toContain(
      "Armenia's Ministry of Defence (Armenia): 2 (2 reports)",
    );
    expect(chart.getAttribute('aria-label')).toContain(
      'Nagorno-Karabakh Defence Ministry (Karabakh Armenians): 4 (2 reports)',
    );
    expect(chart.querySelectorAll('circle')).toHaveLength(3);
  });
});

describe('filtering', () => {
  it("narrows the list and the charts to a claimant's side, and keeps the filter in the address", async () => {
    const { hashes } = renderManager();
    await claimsLoaded();
    fireEvent.change(screen.getByLabelText("Claimant's side"), { target: { value: 'NK' } });
    await waitFor(() => expect(screen.getByText('Showing 3 claims of 11.')).toBeTruthy());
    await waitFor(() =>
      expect(rowLines().every((line) => line.includes('Nagorno-Karabakh Defence Ministry'))).toBe(true),
    );
    expect(rowLines()).toHaveLength(3);
    await waitFor(() => expect(document.querySelectorAll('.ct-spread')).toHaveLength(2));
    expect(hashes.at(-1)).toBe('#claims?party=NK');
  });

  it('searches the quotes after a pause in typing, and names a bad value range', async () => {
    renderManager();
    await claimsLoaded();
    fireEvent.input(screen.getByLabelText('Search quotes'), { target: { value: 'dozens' } });
    await waitFor(() => expect(screen.getByText('Showing 1 claim of 11.')).toBeTruthy());
    expect(rowLines()[0]).toMatch(/^dozensArmenian losses/);
    fireEvent.change(screen.getByLabelText('Lowest value'), { target: { value: 'lots' } });
    expect(await screen.findByText('Lowest value: enter a number of 0 or more.')).toBeTruthy();
    expect(screen.getByLabelText('Lowest value').getAttribute('aria-invalid')).toBe('true');
  });

  it('opens with the filters of the address', async () => {
    renderManager({ initialHash: '#claims?metric=deaths' });
    await claimsLoaded(1);
    expect(rowLines()).toEqual([expect.stringMatching(/^about 30,000/)]);
  });
});

describe('editing, deleting and undo', () => {
  it('edits a claim, naming a bad field first, and undoes the edit', async () => {
    const { db } = renderManager();
    await claimsLoaded();
    fireEvent.click(within(rowOf(/^15Azerbaijani/)).getByRole('button', { name: /^Edit:/ }));
    const value = await screen.findByLabelText('Value');
    fireEvent.input(value, { target: { value: 'many' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findAllByText(/^Value: enter a number of 0 or more/)).toHaveLength(2);
    fireEvent.input(value, { target: { value: '17' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(rowLines().some((l) => l.startsWith('17Azerbaijani'))).toBe(true));
    expect((await claimRow(db, 'fx-wire#drones_downed@195'))?.value).toBe(17);
    expect(rowOf(/^17Azerbaijani/).textContent).toContain('edited');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rowLines().some((l) => l.startsWith('15Azerbaijani'))).toBe(true));
    expect((await claimRow(db, 'fx-wire#drones_downed@195'))?.editedAt).toBeUndefined();
  });

  it('deletes without asking and offers undo, also by Ctrl+Z', async () => {
    const { db } = renderManager();
    await claimsLoaded();
    fireEvent.click(within(rowOf(/^about 30,000/)).getByRole('button', { name: /^Delete:/ }));
    await waitFor(() => expect(screen.getByText('Showing 10 claims.')).toBeTruthy());
    expect(await claimRow(db, 'fx-history#deaths@56')).toBeUndefined();
    const toast = screen.getByText(/^Deleted “about 30,000 people”/);
    expect(toast.closest('[role="status"]')).toBeTruthy();
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(screen.getByText('Showing 11 claims.')).toBeTruthy());
    expect(await claimRow(db, 'fx-history#deaths@56')).toBeDefined();
    expect(screen.getByText(/^Undone: Deleted/)).toBeTruthy();
  });

  it('selects many (shift-click for a range), deletes them together and undoes it', async () => {
    const { db } = renderManager();
    await claimsLoaded();
    const boxes = () => [...document.querySelectorAll<HTMLInputElement>('.ct-claim-check')];
    fireEvent.click(boxes()[0] as HTMLElement);
    fireEvent.click(boxes()[3] as HTMLElement, { shiftKey: true });
    await waitFor(() => expect(screen.getByText('4 claims selected')).toBeTruthy());
    expect(boxes().map((box) => box.checked)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    await waitFor(() => expect(screen.getByText('Showing 7 claims.')).toBeTruthy());
    expect(await claimCount(db)).toBe(7);
    expect(screen.getByText('No claims selected')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByText('Showing 11 claims.')).toBeTruthy());
  });

  it('adds a claim by hand, refusing figure text that is not in the quote', async () => {
    const { db } = renderManager();
    await claimsLoaded();
    fireEvent.click(screen.getByRole('button', { name: 'Add a claim' }));
    const editor = within(await screen.findByRole('region', { name: 'Add a claim' }));
    const source = editor.getByLabelText('Source');
    await waitFor(() => expect(source.querySelectorAll('option').length).toBe(5));
    fireEvent.change(source, { target: { value: 'fx-repost' } });
    fireEvent.change(editor.getByLabelText('Metric'), { target: { value: 'tanks_destroyed' } });
    fireEvent.input(editor.getByLabelText('Value'), { target: { value: '6' } });
    fireEvent.input(editor.getByLabelText('Quote'), { target: { value: 'Six tanks burned near Fizuli.' } });
    fireEvent.input(editor.getByLabelText('Figure text'), { target: { value: 'seven tanks' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add claim' }));
    expect(
      (await screen.findAllByText(/^Figure text: these words are not in the quote/)).length,
    ).toBeGreaterThan(0);
    fireEvent.input(editor.getByLabelText('Figure text'), { target: { value: 'Six tanks' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add claim' }));
    await waitFor(() => expect(screen.getByText('Showing 12 claims.')).toBeTruthy());
    expect(await countOfOrigin(db, 'user')).toBe(1);
  });
});

describe('keyboard', () => {
  it('moves between rows with the arrow keys, selects with Space and deletes with Delete', async () => {
    const { db } = renderManager();
    await claimsLoaded();
    const rows = () => [...document.querySelectorAll<HTMLElement>('li.ct-vrow-claim')];
    const first = rows()[0] as HTMLElement;
    expect(first.tabIndex).toBe(0);
    expect(
      rows()
        .slice(1)
        .every((row) => row.tabIndex === -1),
    ).toBe(true);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toBe(rows()[1]));
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: ' ' });
    await waitFor(() => expect(screen.getByText('1 claim selected')).toBeTruthy());
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'End' });
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^about 30,000|30,000/));
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Delete' });
    await waitFor(() => expect(screen.getByText('Showing 10 claims.')).toBeTruthy());
    expect(await claimRow(db, 'fx-history#deaths@56')).toBeUndefined();
  });

  it('opens the editor with Enter, moves focus into it, and Escape returns focus to the list', async () => {
    renderManager();
    await claimsLoaded();
    const row = document.querySelector<HTMLElement>('li.ct-vrow-claim') as HTMLElement;
    row.focus();
    fireEvent.keyDown(row, { key: 'Enter' });
    const heading = await screen.findByRole('heading', { name: 'Edit claim' });
    expect(document.activeElement).toBe(heading);
    fireEvent.keyDown(heading, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Edit claim' })).toBeNull());
    await waitFor(() => expect(document.activeElement?.classList.contains('ct-vrow-claim')).toBe(true));
  });

  it('switches sections with the arrow keys on the tabs', async () => {
    renderManager();
    await claimsLoaded();
    const claimsTab = screen.getByRole('tab', { name: 'Claims' });
    claimsTab.focus();
    fireEvent.keyDown(claimsTab, { key: 'ArrowRight' });
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Sources' }).getAttribute('aria-selected')).toBe('true'),
    );
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Sources' }));
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('ct-tab-sources');
  });
});
