// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MetricTimelineChart } from '../../../components/manager/MetricTimelineChart';
import { PeriodFilter } from '../../../components/manager/PeriodFilter';
import { setUiLanguage } from '../../../utils/i18n/translate';
import { DEFAULT_FILTERS, PERIOD_RANGE, queryFromFilters } from '../../../utils/manager/filters';

beforeEach(() => setUiLanguage('ru'));
afterEach(() => {
  cleanup();
  setUiLanguage('en');
});

describe('in Russian (period filter and timeline)', () => {
  it('the period filter names its choices and days, and the filters say what is wrong, in Russian', () => {
    const values = {
      ...DEFAULT_FILTERS,
      period: PERIOD_RANGE,
      periodFrom: '2020-10-10',
      periodTo: '2020-09-27',
    };
    const { errors } = queryFromFilters({ ...values, valueMin: 'x' });
    expect(errors.periodTo).toBe('По: не может быть раньше «С».');
    expect(errors.valueMin).toBe('Наименьшее значение: введите число не меньше 0.');
    expect(queryFromFilters({ ...values, periodFrom: '10.10.2020' }).errors.periodFrom).toBe(
      'С: введите дату в виде ГГГГ-ММ-ДД (2020-09-27).',
    );
    render(<PeriodFilter values={values} onChange={vi.fn()} eras={[]} errors={errors} />);
    const select = screen.getByLabelText('Охватываемый период') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Любой период',
      'Между двумя датами…',
      'Период неизвестен',
    ]);
    expect(screen.getByLabelText(/^С/)).toBeTruthy();
    expect(screen.getByText('По: не может быть раньше «С».')).toBeTruthy();
  });

  it('the timeline says in Russian what it cannot place', () => {
    render(
      <MetricTimelineChart
        timeline={{
          metric: 'helicopters_downed',
          side: null,
          series: [],
          unplaced: { noPeriod: 2, noValue: 5 },
          complete: true,
        }}
        metricLabel="сбитые вертолёты"
      />,
    );
    expect(
      screen.getByText(
        'Нет ни одной цифры (сбитые вертолёты) с числом и известным периодом, чтобы поставить её на шкалу.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Не показаны: 2 заявления без известного периода.')).toBeTruthy();
    expect(screen.getByText('Не показаны: 5 заявлений без числа (расплывчатые).')).toBeTruthy();
  });
});
