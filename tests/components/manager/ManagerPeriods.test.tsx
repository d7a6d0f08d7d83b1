// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, claimsLoaded, renderManager, rowLines } from './manager-fixtures';

afterEach(cleanup);

describe('filtering by period', () => {
  it('keeps an era’s claims, and keeps the choice in the address', async () => {
    const { hashes } = renderManager();
    await claimsLoaded();
    const period = screen.getByLabelText('Period counted') as HTMLSelectElement;
    const eras = [...period.querySelectorAll('optgroup option')].map((option) => option.textContent);
    expect(eras).toContain('1988–94 war (1988–1994)');
    expect(eras).toContain('2020 war (27 Sep – 10 Nov 2020)');
    fireEvent.change(period, { target: { value: 'era:war_1988_1994' } });
    await waitFor(() => expect(screen.getByText('Showing 1 claim of 11.')).toBeTruthy());
    expect(rowLines()).toEqual([expect.stringMatching(/^about 30,000/)]);
    expect(hashes.at(-1)).toBe('#claims?period=era%3Awar_1988_1994');
  });

  it('keeps a range of days, naming an end before its start, with no accessibility violations', async () => {
    renderManager();
    await claimsLoaded();
    expect(screen.queryByLabelText('From')).toBeNull();
    fireEvent.change(screen.getByLabelText('Period counted'), { target: { value: 'range' } });
    fireEvent.change(await screen.findByLabelText('From'), { target: { value: '2020-09-28' } });
    await waitFor(() => expect(screen.getByText('Showing 4 claims of 11.')).toBeTruthy());
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2020-09-27' } });
    expect(await screen.findByText('To: must not be before From.')).toBeTruthy();
    expect(screen.getByLabelText('To').getAttribute('aria-invalid')).toBe('true');
    // The reversed end is left out, not the whole range.
    expect(screen.getByText('Showing 4 claims of 11.')).toBeTruthy();
    expect(await axeViolations()).toEqual([]);
  });

  it('names a day from the address that is not a day, and leaves it out', async () => {
    renderManager({ initialHash: '#claims?period=range&from=2020-09-31&to=2020-09-27' });
    expect(await screen.findByText('From: enter a day as YYYY-MM-DD (2020-09-27).')).toBeTruthy();
    await claimsLoaded(7);
  });

  it('keeps the claims whose period is unknown, and says when there are none', async () => {
    renderManager({ initialHash: '#claims?period=unknown' });
    expect(await screen.findByText('No claims match these filters.')).toBeTruthy();
    expect((screen.getByLabelText('Period counted') as HTMLSelectElement).value).toBe('unknown');
  });
});

describe('a metric on a timeline by claimant', () => {
  it('shows each claimant’s figures over time, with a keyboard-reachable table and no accessibility violations', async () => {
    renderManager({ initialHash: '#timeline' });
    expect(await screen.findByText('Choose a metric to see its figures over time.')).toBeTruthy();
    fireEvent.change(await screen.findByLabelText('Metric'), { target: { value: 'helicopters_downed' } });
    const table = await screen.findByRole('table', {
      name: /Each claimant’s figures of helicopters shot down/,
    });
    const rows = [...table.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ["Armenia's Ministry of Defence", '27 Sep 2020', '2'],
      ["Azerbaijan's Ministry of Defence", '27 Sep 2020', '1'],
      ['Nagorno-Karabakh Defence Ministry', '27 Sep 2020', '4'],
      ['Nagorno-Karabakh Defence Ministry', '28 Sep 2020', '4'],
    ]);
    expect(table.closest('section')?.getAttribute('tabindex')).toBe('0');
    const chart = screen.getByRole('img', {
      name: 'Figures of helicopters shot down over time, by claimant',
    });
    expect(chart.querySelectorAll('.ct-tally-line')).toHaveLength(3);
    expect(await axeViolations()).toEqual([]);
  });

  it('draws an era as a span, keeps one side, and says what it cannot place', async () => {
    renderManager({ initialHash: '#timeline?metric=deaths' });
    const table = await screen.findByRole('table', { name: /figures of people killed/ });
    expect([...table.querySelectorAll('tbody td')].map((cell) => cell.textContent)).toEqual([
      '1988–94 war',
      'about 30,000',
    ]);
    expect(document.querySelectorAll('.ct-tally-span')).toHaveLength(1);
    fireEvent.change(screen.getByLabelText('Metric'), { target: { value: 'soldiers_killed' } });
    expect(await screen.findByText('Not shown: 1 claim without a number (vague).')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Whose losses'), { target: { value: 'AZ' } });
    expect(await screen.findByText(/No figure of soldiers killed has both a number/)).toBeTruthy();
  });
});
