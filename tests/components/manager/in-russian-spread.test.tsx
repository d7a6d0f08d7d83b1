// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MetricSpread } from '../../../components/manager/MetricSpread';
import { setUiLanguage } from '../../../utils/i18n/translate';
import type { MetricSpread as MetricSpreadData } from '../../../utils/store/manager/types';

beforeEach(() => setUiLanguage('ru'));
afterEach(() => {
  cleanup();
  setUiLanguage('en');
});

const spread: MetricSpreadData = {
  metric: 'helicopters_downed',
  label: 'сбитые вертолёты',
  count: 5,
  claimants: [{ id: 'az_mod', label: 'Минобороны Азербайджана', party: 'AZ' }],
  points: [
    { value: 1, qualifier: 'exact', side: 'AZ', claimantId: 'az_mod', count: 2 },
    { value: null, qualifier: 'vague', side: 'AZ', claimantId: null, count: 3 },
  ],
  truncated: true,
};

describe('in Russian (the spread chart)', () => {
  it('counts, describes and offers the claims of a metric in Russian', () => {
    render(<MetricSpread spread={spread} onShowMetric={vi.fn()} />);
    expect(screen.getByText(/^5 заявлений/).textContent).toBe('5 заявлений · только самые частые значения');
    const description = screen.getByRole('img').getAttribute('aria-label') ?? '';
    expect(description).toMatch(/^сбитые вертолёты, 5 заявлений\. /);
    expect(description).toContain('(2 сообщения)');
    expect(description).toContain('заявитель не назван: цифра без числа (3 сообщения)');
    expect(screen.getByText('+3 без числа')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Показать эти заявления (5 заявлений)' })).toBeTruthy();
  });
});
