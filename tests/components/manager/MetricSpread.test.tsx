// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MetricSpread } from '../../../components/manager/MetricSpread';
import type { MetricSpread as MetricSpreadData } from '../../../utils/store/manager/types';
import { axeViolations } from './manager-fixtures';

afterEach(cleanup);

const spread: MetricSpreadData = {
  metric: 'helicopters_downed',
  label: 'helicopters shot down',
  count: 7,
  claimants: [
    { id: 'arm_mod', label: "Armenia's Ministry of Defence", party: 'ARM' },
    { id: 'az_mod', label: "Azerbaijan's Ministry of Defence", party: 'AZ' },
  ],
  points: [
    { value: 2, qualifier: 'exact', side: 'AZ', claimantId: 'arm_mod', count: 3 },
    { value: 4, qualifier: 'at_least', side: 'AZ', claimantId: 'arm_mod', count: 1 },
    { value: 1, qualifier: 'exact', side: 'AZ', claimantId: 'az_mod', count: 2 },
    { value: null, qualifier: 'vague', side: 'AZ', claimantId: 'az_mod', count: 1 },
  ],
  truncated: false,
};

describe('MetricSpread', () => {
  it('draws a labelled lane per claimant, party in words, a dot per value, vague ones counted', async () => {
    render(<MetricSpread spread={spread} onShowMetric={vi.fn()} />);
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe(
      "helicopters shot down, 7 claims. Armenia's Ministry of Defence (Armenia): 2 (3 reports), at least 4 (1 report); " +
        "Azerbaijan's Ministry of Defence (Azerbaijan): 1 (2 reports), a vague figure (1 report).",
    );
    const lanes = [...chart.querySelectorAll('.ct-lane-label title')].map((t) => t.textContent);
    expect(lanes).toEqual([
      "Armenia's Ministry of Defence (Armenia)",
      "Azerbaijan's Ministry of Defence (Azerbaijan)",
    ]);
    const dots = [...chart.querySelectorAll('circle')];
    expect(dots.map((dot) => dot.getAttribute('class'))).toEqual([
      'ct-dot ct-party-ARM',
      'ct-dot ct-party-ARM',
      'ct-dot ct-party-AZ',
    ]);
    expect(dots.map((dot) => dot.querySelector('title')?.textContent)).toContain(
      "Armenia's Ministry of Defence (Armenia): at least 4 (1 report)",
    );
    expect(chart.textContent).toContain('+1 vague');
    expect(await axeViolations(document.body, { component: true })).toEqual([]);
  });

  it('narrows the list to its metric', () => {
    const onShowMetric = vi.fn();
    render(<MetricSpread spread={spread} onShowMetric={onShowMetric} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show these 7 claims' }));
    expect(onShowMetric).toHaveBeenCalledWith('helicopters_downed');
  });
});
