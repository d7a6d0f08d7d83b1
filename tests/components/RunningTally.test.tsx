// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { FigureOverlay } from '../../components/FigureOverlay';
import type { ReportLinker } from '../../utils/overlay/links';
import type { PageFigure, ReportsForFigure } from '../../utils/store/types';
import { armMod, azMod, helicopterReports, report } from './overlay-fixtures';

const linker: ReportLinker = { readerUrl: () => null };

/** A running total on this page ("31 killed since 27 September", to 28 Sep) and the claimants' series. */
const page: PageFigure = {
  metric: 'soldiers_killed',
  value: 31,
  qualifier: 'exact',
  side: 'ARM',
  claimant: armMod,
  period: '2020-09-27/2020-09-28',
};

function runningReports(): ReportsForFigure {
  const base = helicopterReports();
  const later = report({
    value: 2425,
    figure: '2,425 servicemen',
    sentence: 'In all, 2,425 servicemen died.',
  });
  return {
    ...base,
    metric: { id: 'soldiers_killed', label: 'soldiers killed' },
    period: page.period ?? null,
    groups: [],
    series: [
      {
        claimant: armMod,
        points: [
          { period: '2020-09-27/2020-09-27', end: '2020-09-27', value: 16, qualifier: 'exact', reports: 1 },
          { period: '2020-09-27/2020-10-10', end: '2020-10-10', value: 480, qualifier: 'exact', reports: 2 },
          { period: '2020-09-27/2020-11-09', end: '2020-11-09', value: 2425, qualifier: 'exact', reports: 1 },
        ],
      },
      {
        claimant: azMod,
        points: [
          { period: '2020-09-27/2020-12-03', end: '2020-12-03', value: 2783, qualifier: 'exact', reports: 1 },
        ],
      },
    ],
    otherPeriods: [
      {
        period: '2020-09-27/2020-11-09',
        reports: 1,
        groups: [
          {
            value: 2425,
            qualifier: 'exact',
            agreement: 'unknown',
            claimants: [{ claimant: armMod, reports: [{ ...later, claimant: armMod }], total: 1 }],
          },
        ],
      },
      {
        period: null,
        reports: 1,
        groups: [
          {
            value: 5,
            qualifier: 'exact',
            agreement: 'unknown',
            claimants: [
              { claimant: null, reports: [report({ value: 5, figure: '5', sentence: 'Five, 5 died.' })] },
            ],
          },
        ],
      },
    ],
    summary: { ...base.summary, reports: 6 },
  };
}

function renderOverlay(reports: ReportsForFigure = runningReports(), pageFigure: PageFigure = page) {
  render(
    <FigureOverlay
      pageFigure={pageFigure}
      content={{ status: 'ready', reports }}
      linker={linker}
      onClose={() => {}}
    />,
  );
  return screen.getByRole('dialog');
}

afterEach(cleanup);

describe('running totals in the overlay', () => {
  it('lists each claimant’s tallies in order in a table, this page’s figure marked', () => {
    const dialog = renderOverlay();
    const table = within(dialog).getByRole('table');
    expect(table.querySelector('caption')?.textContent).toBe(
      'Each claimant’s running total of soldiers killed',
    );
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ["Armenia's Ministry of Defence", '27 Sep 2020', '16'],
      ["Armenia's Ministry of Defence", '10 Oct 2020', '480'],
      ["Armenia's Ministry of Defence", '9 Nov 2020', '2,425'],
      ["Azerbaijan's Ministry of Defence", '3 Dec 2020', '2,783'],
      ["This page (Armenia's Ministry of Defence)", '28 Sep 2020', '31'],
    ]);
  });

  it('draws a step line per claimant and marks this page’s figure, named by the table', () => {
    const dialog = renderOverlay();
    const chart = within(dialog).getByRole('img', { name: 'Running totals of soldiers killed, by claimant' });
    const table = within(dialog).getByRole('table');
    expect(chart.getAttribute('aria-describedby')).toBe(table.id);
    const lines = [...chart.querySelectorAll('.ct-tally-line')];
    expect(
      lines.map((line) => [line.getAttribute('data-claimant'), line.getAttribute('data-party')]),
    ).toEqual([
      ['arm_mod', 'ARM'],
      ['az_mod', 'AZ'],
    ]);
    // Three tallies: a move right then up between each, held to the right edge.
    const path = lines[0]?.querySelector('path')?.getAttribute('d') ?? '';
    expect(path.match(/H/g)).toHaveLength(3);
    expect(path.match(/V/g)).toHaveLength(2);
    const ys = [...(lines[0]?.querySelectorAll('circle') ?? [])].map((c) => Number(c.getAttribute('cy')));
    expect(ys[0]).toBeGreaterThan(ys[1] ?? 0); // a larger tally sits higher
    expect(ys[1]).toBeGreaterThan(ys[2] ?? 0);
    expect(chart.querySelector('.ct-tally-page title')?.textContent).toBe('This page: 31 to 28 Sep 2020');
    expect(chart.innerHTML).not.toMatch(/<script|on\w+=/);
  });

  it('lists reports of other periods under their period, never marked as agreeing or differing', () => {
    const dialog = renderOverlay();
    const sections = [...dialog.querySelectorAll('.ct-period')];
    expect(sections.map((s) => s.querySelector('h3')?.textContent)).toEqual([
      'so far, to 9 Nov 2020',
      'Period unknown',
    ]);
    expect(dialog.querySelectorAll('.ct-period .ct-badge')).toHaveLength(0);
    expect(within(dialog).queryByText('differs')).toBeNull();
  });

  it('says the page figure’s period is unknown and compares nothing', () => {
    const reports = { ...runningReports(), period: null, series: [] };
    const dialog = renderOverlay(reports, { ...page, period: null });
    expect(within(dialog).getByText(/period this page’s figure counts is unknown/)).toBeTruthy();
    expect(within(dialog).queryByRole('table')).toBeNull();
    expect(dialog.querySelectorAll('.ct-badge')).toHaveLength(0);
  });

  it('reaches the table by keyboard, and has no accessibility violations axe can find without layout', async () => {
    const dialog = renderOverlay();
    const region = within(dialog).getByRole('region', { name: /running total of soldiers killed/ });
    expect(region.tabIndex).toBe(0);
    const result = await axe.run(dialog, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});
