// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupLedger, type PopupLedgerProps } from '../../components/PopupLedger';
import type { LedgerOverview, LedgerPage } from '../../utils/messaging/protocol';

afterEach(cleanup);

const overview: LedgerOverview = {
  consent: false,
  excludedSites: [],
  keepDays: null,
  articles: 3,
  claims: 20,
  sites: [],
};
const notKept: LedgerPage = {
  site: 'news.example',
  outcome: { recorded: false, reason: 'off', inLedger: 0, consent: false },
};

function show(props: Partial<PopupLedgerProps> = {}) {
  const handlers = { onConsent: vi.fn(), onSiteExcluded: vi.fn(), onSave: vi.fn() };
  render(
    <PopupLedger overview={overview} page={notKept} saving={false} error={null} {...handlers} {...props} />,
  );
  return handlers;
}

describe('the popup’s reading ledger', () => {
  it('offers "Save this page’s figures" while the ledger is off', () => {
    const { onSave } = show();
    expect(screen.getByText('Nothing from this page is in your ledger.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save this page’s figures' }));
    expect(onSave).toHaveBeenCalledOnce();
  });

  it('says how many figures of the page are in the ledger, and offers no save then', () => {
    show({
      page: {
        site: 'news.example',
        outcome: { recorded: true, sourceId: 'read:1', added: 0, updated: 0, unchanged: 4, inLedger: 4 },
      },
    });
    expect(screen.getByText('4 figures from this page are in your ledger.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save this page’s figures' })).toBeNull();
  });

  it('says a private window keeps nothing, and offers no save', () => {
    show({
      page: {
        site: 'news.example',
        outcome: { recorded: false, reason: 'private', inLedger: 0, consent: true },
      },
    });
    expect(screen.getByText('Private window: nothing from this page is kept.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Save/ })).toBeNull();
  });

  it('turns the ledger on and excludes the site', () => {
    const { onConsent, onSiteExcluded } = show();
    fireEvent.click(screen.getByRole('switch', { name: /Keep the figures of coverage pages I read/ }));
    expect(onConsent).toHaveBeenCalledWith(true);
    fireEvent.click(screen.getByRole('switch', { name: 'Keep pages of news.example' }));
    expect(onSiteExcluded).toHaveBeenCalledWith('news.example', true);
  });
});
