import { describe, expect, it } from 'vitest';
import type { PopupLedgerProps } from '../../../components/PopupLedger';
import { type PopupLedgerDeps, runPopupLedger } from '../../../entrypoints/popup/ledger-controller';
import type { LedgerOverview, LedgerPage } from '../../../utils/messaging/protocol';

const overview: LedgerOverview = {
  consent: false,
  excludedSites: [],
  keepDays: null,
  articles: 0,
  claims: 0,
  sites: [],
};
const offPage: LedgerPage = {
  site: 'news.example',
  outcome: { recorded: false, reason: 'off', inLedger: 0, consent: false },
};
const savedPage: LedgerPage = {
  site: 'news.example',
  outcome: { recorded: true, sourceId: 'read:1', added: 3, updated: 0, unchanged: 0, inLedger: 3 },
};

function setup(pageReplies: (LedgerPage | null)[]) {
  const rendered: PopupLedgerProps[] = [];
  const sent: { type: string }[] = [];
  const asked: string[] = [];
  let call = 0;
  const deps: PopupLedgerDeps = {
    activeTabId: async () => 7,
    ask: (async (_tab: number, request: { type: string }) => {
      asked.push(request.type);
      if (request.type === 'saveToLedger') return savedPage;
      return pageReplies[Math.min(call++, pageReplies.length - 1)] ?? null;
    }) as PopupLedgerDeps['ask'],
    send: (async (request: { type: string; consent?: boolean }) => {
      sent.push(request);
      return { ok: true, data: { ...overview, consent: request.consent ?? overview.consent } };
    }) as PopupLedgerDeps['send'],
    render: (props) => rendered.push(props),
    wait: async () => undefined,
  };
  const last = () => rendered[rendered.length - 1] as PopupLedgerProps;
  return { deps, sent, asked, last };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the popup’s ledger section', () => {
  it('waits for a page still being read, then shows what the ledger holds of it', async () => {
    const { deps, last, asked } = setup([null, null, offPage]);
    await runPopupLedger(deps);
    expect(asked.filter((type) => type === 'getLedgerPage')).toHaveLength(3);
    expect(last().page).toEqual(offPage);
    expect(last().overview?.consent).toBe(false);
  });

  it('saves the page on request and shows the new count', async () => {
    const { deps, last, asked } = setup([offPage]);
    await runPopupLedger(deps);
    last().onSave();
    expect(last().saving).toBe(true);
    await flush();
    await flush();
    expect(asked).toContain('saveToLedger');
    expect(last().page?.outcome.inLedger).toBe(3);
    expect(last().saving).toBe(false);
  });

  it('sends the ledger switch to the background, the settings’ only writer', async () => {
    const { deps, last, sent } = setup([offPage]);
    await runPopupLedger(deps);
    last().onConsent(true);
    await flush();
    expect(sent).toContainEqual({ type: 'updateLedgerSettings', consent: true });
    expect(last().overview?.consent).toBe(true);
  });
});
