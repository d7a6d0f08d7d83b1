// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FigureOverlay, type FigureOverlayProps } from '../../components/FigureOverlay';
import type { ReportLinker } from '../../utils/overlay/links';
import { armMod, helicopterReports, pageFigure, report } from './overlay-fixtures';

const linker: ReportLinker = { readerUrl: (r) => `chrome-extension://id/reader.html?source=${r.sourceId}` };

function renderOverlay(over: Partial<FigureOverlayProps> = {}) {
  const onClose = vi.fn();
  const utils = render(
    <FigureOverlay
      pageFigure={pageFigure}
      content={{ status: 'ready', reports: helicopterReports() }}
      linker={linker}
      onClose={onClose}
      {...over}
    />,
  );
  return { ...utils, onClose, dialog: screen.getByRole('dialog') };
}

afterEach(cleanup);

describe('FigureOverlay', () => {
  it('is a dialog labelled by what is counted and described by the summary', () => {
    const { dialog } = renderOverlay();
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent).toBe('Azerbaijani helicopters shot down, 27 Sep 2020');
    expect(dialog.getAttribute('aria-labelledby')).toBe(heading.id);
    const description = dialog.ownerDocument.getElementById(dialog.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe('3 figures from 3 claimants across 7 reports: 1, 2, 4');
    expect(dialog.getAttribute('aria-modal')).toBe('false');
  });

  it("shows this page's figure with its claimant and party", () => {
    renderOverlay();
    const line = screen.getByText(/This page:/);
    expect(line.textContent).toBe("This page: 4, claimed by Armenia's Ministry of Defence Armenia");
    expect(within(line).getByText('Armenia').className).toContain('ct-party');
  });

  it('says when the page names no claimant', () => {
    renderOverlay({ pageFigure: { ...pageFigure, claimant: null } });
    expect(screen.getByText(/This page:/).textContent).toBe('This page: 4, no claimant named');
  });

  it('groups reports by value, each with an agreement badge in words', () => {
    const { dialog } = renderOverlay();
    const groups = within(dialog).getAllByRole('heading', { level: 3 });
    expect(groups.map((g) => g.textContent)).toEqual(['1≠differs', '2≠differs', '4✓agrees']);
    expect(groups[2]?.closest('li')?.getAttribute('data-agreement')).toBe('same');
  });

  it('lists each claimant with its reports, naming the outlet or the source label', () => {
    renderOverlay();
    const group4 = screen.getByRole('heading', { name: /^4/ }).closest('li') as HTMLElement;
    expect(within(group4).getByText("Armenia's Ministry of Defence")).toBeTruthy();
    expect(within(group4).getByText('Armenian Weekly')).toBeTruthy();
    expect(within(group4).getByText('English repost, outlet not named')).toBeTruthy();
    expect(
      within(group4)
        .getAllByRole('listitem')
        .filter((li) => li.className === 'ct-report'),
    ).toHaveLength(4);
  });

  it('emphasises the figure inside each quote', () => {
    renderOverlay();
    const mark = screen.getByText('one helicopter');
    expect(mark.tagName).toBe('MARK');
    expect(mark.parentElement?.textContent).toBe('Baku admitted losing one helicopter.');
  });

  it('links web sources at the quote and seed documents to the reader page', () => {
    renderOverlay();
    const web = screen.getByRole('link', { name: 'Armenian Weekly' });
    expect(web.getAttribute('href')).toMatch(
      /^https:\/\/outlet\d+\.example\/story#:~:text=.*4%20helicopters/,
    );
    expect(web.getAttribute('rel')).toBe('noopener noreferrer');
    const seed = screen.getByRole('link', { name: 'English repost, outlet not named' });
    expect(seed.getAttribute('href')).toMatch(/^chrome-extension:\/\/id\/reader\.html\?source=s\d+$/);
  });

  it('hands link clicks to onOpen when given, instead of navigating', () => {
    const onOpen = vi.fn();
    renderOverlay({ linker: { ...linker, onOpen } });
    const link = screen.getByRole('link', { name: 'Baku Daily' });
    const notPrevented = fireEvent.click(link);
    expect(notPrevented).toBe(false);
    expect(onOpen).toHaveBeenCalledWith(
      link.getAttribute('href'),
      expect.objectContaining({ outlet: 'Baku Daily' }),
    );
  });

  it('keeps markup in quotes, outlets and claimant labels as inert text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const reports = helicopterReports();
    const first = reports.groups[0]?.claimants[0];
    if (!first) throw new Error('fixture changed');
    first.claimant = { id: 'x', label: evil, party: 'other' };
    first.reports = [
      report({
        figure: '7 helicopters',
        sentence: `${evil} said 7 helicopters ${evil}`,
        outlet: evil,
        claimant: first.claimant,
      }),
    ];
    const { dialog } = renderOverlay({
      content: { status: 'ready', reports },
      pageFigure: { ...pageFigure, claimant: { ...armMod, label: evil } },
    });
    expect(dialog.querySelector('img')).toBeNull();
    expect(dialog.textContent).toContain(evil);
  });

  it('shows the empty state when the store has no other report', () => {
    const empty = helicopterReports();
    const reports = {
      ...empty,
      groups: [],
      summary: { ...empty.summary, reports: 0, distinctValues: 0, values: [] },
    };
    const { dialog } = renderOverlay({ content: { status: 'ready', reports } });
    expect(screen.getByText('No other reports of this figure in your store yet')).toBeTruthy();
    expect(within(dialog).queryAllByRole('heading', { level: 3 })).toHaveLength(0);
  });

  it('shows loading, then the error message from the background', () => {
    const { rerender, onClose } = renderOverlay({
      content: { status: 'loading' },
      metricLabel: 'helicopters shot down',
    });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Azerbaijani helicopters shot down');
    expect(screen.getByRole('status').textContent).toMatch(/Looking up/);
    rerender(
      <FigureOverlay
        pageFigure={pageFigure}
        content={{ status: 'error', message: 'The store is not ready' }}
        linker={linker}
        onClose={onClose}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe(
      'Could not look up other reports: The store is not ready',
    );
  });

  it('closes on Esc and on the close button', () => {
    const { dialog, onClose } = renderOverlay();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenLastCalledWith('escape');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenLastCalledWith('button');
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('moves focus to its heading when shown', async () => {
    renderOverlay();
    const heading = screen.getByRole('heading', { level: 2 });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('wraps Tab from the last control to the first and back', () => {
    const { dialog } = renderOverlay({ autoFocus: false });
    const links = within(dialog).getAllByRole('link');
    const last = links[links.length - 1] as HTMLElement;
    const close = screen.getByRole('button', { name: 'Close' });
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(close, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
  });

  it('has no accessibility violations that axe can find without layout', async () => {
    const { container } = renderOverlay();
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
    expect(result.passes.length).toBeGreaterThan(5);
  });
});
