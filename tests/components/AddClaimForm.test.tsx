// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddClaimForm } from '../../components/AddClaimForm';
import type { SaveOutcome } from '../../utils/overlay/check-view';
import { claimants, formValues, metrics } from './check-fixtures';

afterEach(cleanup);

function renderForm(onSave: () => Promise<SaveOutcome>) {
  render(
    <AddClaimForm
      offer={{ kind: 'form', values: formValues }}
      metrics={metrics}
      claimants={claimants}
      onSave={onSave}
    />,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Add to the claim store' }));
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('AddClaimForm', () => {
  it('opens prefilled, every field labelled, and focuses the quote', async () => {
    renderForm(vi.fn());
    expect(field('Quote (the sentence with the figure)').value).toBe(formValues.quote);
    expect(field('Figure').value).toBe('4');
    expect(field('Qualifier').value).toBe('exact');
    expect(field('What is counted').value).toBe('helicopters_downed');
    expect(field('Whose losses').value).toBe('AZ');
    expect(field('Claimant (who says it)').value).toBe('arm_mod');
    expect(field('Outlet (who reports it)').value).toBe('Caspian Business Wire');
    expect(field('Page address').value).toBe(formValues.url);
    expect(field('Published').value).toBe('2020-10-05');
    await waitFor(() => expect(document.activeElement).toBe(field('Quote (the sentence with the figure)')));
  });

  it('saves what the reader edited, then says it is saved', async () => {
    const onSave = vi.fn(async (): Promise<SaveOutcome> => ({ ok: true }));
    renderForm(onSave);
    fireEvent.input(field('Outlet (who reports it)'), { target: { value: 'CBW Baku desk' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Add to the claim store' }));
    await screen.findByText(/Saved to your claim store/);
    expect(onSave).toHaveBeenCalledWith({ ...formValues, outlet: 'CBW Baku desk' });
  });

  it('shows a refused save’s errors on their fields and moves focus to the first', async () => {
    renderForm(async () => ({
      ok: false,
      errors: { url: 'source.url: expected an http(s) URL' },
      message: 'A field needs a change before saving.',
    }));
    fireEvent.submit(screen.getByRole('form', { name: 'Add to the claim store' }));
    await screen.findByRole('alert');
    const url = field('Page address');
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(url.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'source.url: expected an http(s) URL',
    );
    await waitFor(() => expect(document.activeElement).toBe(url));
  });

  it('says why a selection cannot be saved instead of offering the form', () => {
    render(
      <AddClaimForm
        offer={{ kind: 'unavailable', reason: 'Text in a form field is not part of the page.' }}
        metrics={metrics}
        claimants={claimants}
        onSave={vi.fn()}
      />,
    );
    expect(screen.getByText('Text in a form field is not part of the page.')).toBeDefined();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
