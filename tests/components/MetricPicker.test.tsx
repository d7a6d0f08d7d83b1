// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MetricPicker } from '../../components/MetricPicker';
import { metrics } from './check-fixtures';

afterEach(cleanup);

describe('MetricPicker', () => {
  it('says why each candidate is near, and lets the reader pick any metric from the list', () => {
    const onPick = vi.fn();
    render(
      <MetricPicker
        candidates={[
          {
            metric: { id: 'tanks_destroyed', label: 'tanks destroyed' },
            reasons: ['value', 'noun'],
            value: 1200,
            claims: 3,
          },
        ]}
        metrics={metrics}
        picked={null}
        onPick={onPick}
      />,
    );
    expect(screen.getByRole('button', { name: 'tanks destroyed: 1,200 stored, same noun' })).toBeDefined();
    const select = screen.getByLabelText('What does the number count?') as HTMLSelectElement;
    expect(select.value).toBe('');
    fireEvent.change(select, { target: { value: 'helicopters_downed' } });
    expect(onPick).toHaveBeenCalledWith('helicopters_downed');
  });
});
