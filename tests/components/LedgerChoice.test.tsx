// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
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
