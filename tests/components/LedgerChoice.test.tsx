// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LedgerChoice } from '../../components/LedgerChoice';
import { ReadNote } from '../../components/ReadNote';
import type { Report } from '../../utils/store/types';

afterEach(cleanup);

describe('the overlay’s ledger question', () => {
  it('sends the reader’s yes and says what it means', async () => {
    const onChoose = vi.fn(async () => true);
    render(<LedgerChoice onChoose={onChoose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Keep them' }));
    expect(onChoose).toHaveBeenCalledWith(true);
    expect(
      await screen.findByText(/now keeps the figures of coverage pages you read, on this computer only/),
    ).toBeTruthy();
  });

  it('asks again when the choice could not be saved', async () => {
    render(<LedgerChoice onChoose={async () => false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Keep them' })).toBeTruthy();
  });
});

describe('a read report', () => {
  const report = {
    claimId: 'read:1:2',
    outlet: 'Asbarez',
    sourceLabel: 'Fighting',
    origin: 'read',
    readAt: new Date(2026, 9, 12).getTime(),
    value: 19,
    qualifier: 'exact',
  } as Report;

  it('says when it was read and removes it on request', () => {
    const onForget = vi.fn();
    render(<ReadNote report={report} linker={{ readerUrl: () => null, onForget }} />);
    expect(screen.getByText(/^You read this on 12 Oct/)).toBeTruthy();
    fireEvent.click(
      screen.getByRole('button', { name: 'Remove this figure of Asbarez from your reading ledger' }),
    );
    expect(onForget).toHaveBeenCalledWith(report);
  });

  it('says nothing under a report that is not from the ledger', () => {
    const { container } = render(
      <ReadNote report={{ ...report, origin: 'seed' }} linker={{ readerUrl: () => null }} />,
    );
    expect(container.textContent).toBe('');
  });
});

describe('correcting a read report', () => {
  const report = {
    claimId: 'read:1:2',
    outlet: 'Asbarez',
    sourceLabel: 'Fighting',
    origin: 'read',
    readAt: new Date(2026, 9, 12).getTime(),
    value: 19,
    qualifier: 'exact',
    side: 'AZ',
  } as Report;
  const open = () => fireEvent.click(screen.getByRole('button', { name: 'Correct this figure of Asbarez' }));

  it('sends the new number and side, and says the correction sticks', async () => {
    const onCorrect = vi.fn(async () => null);
    render(
      <div role="dialog" aria-labelledby="title">
        <h2 id="title" tabIndex={-1}>
          Soldiers killed
        </h2>
        <ReadNote report={report} linker={{ readerUrl: () => null, onCorrect }} />
      </div>,
    );
    open();
    const value = screen.getByLabelText('Correct figure') as HTMLInputElement;
    expect(value.value).toBe('19');
    expect(document.activeElement).toBe(value);
    fireEvent.input(value, { target: { value: '1,200' } });
    fireEvent.change(screen.getByLabelText('Whose losses'), { target: { value: 'ARM' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save correction' }));
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'Corrected. It stays corrected when you read the page again.',
    );
    expect(onCorrect).toHaveBeenCalledWith(report, { value: 1200, side: 'ARM' });
    expect(screen.queryByLabelText('Correct figure')).toBeNull();
    // The form is gone; focus stays in the overlay, on its heading.
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Soldiers killed' }));
  });

  it('names a number that is not one, sends nothing, and shows the background’s refusal', async () => {
    const onCorrect = vi.fn(async () => 'That figure is not in your reading ledger.');
    render(<ReadNote report={report} linker={{ readerUrl: () => null, onCorrect }} />);
    open();
    const value = screen.getByLabelText('Correct figure');
    fireEvent.input(value, { target: { value: '2.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save correction' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Correct figure: enter a whole number of 0 or more.',
    );
    expect(value.getAttribute('aria-invalid')).toBe('true');
    expect(onCorrect).not.toHaveBeenCalled();
    fireEvent.input(value, { target: { value: '20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save correction' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('That figure is not in your reading ledger.'),
    );
    // The side left "As read" is not sent.
    expect(onCorrect).toHaveBeenCalledWith(report, { value: 20 });
    const audit = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(audit.violations.map((violation) => violation.id)).toEqual([]);
    fireEvent.keyDown(value, { key: 'Escape' });
    expect(screen.queryByLabelText('Correct figure')).toBeNull();
  });
});
