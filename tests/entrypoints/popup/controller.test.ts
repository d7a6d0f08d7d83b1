import { describe, expect, it, vi } from 'vitest';
import type { ToolbarPopupProps } from '../../../components/ToolbarPopup';
import { type PopupDeps, runPopup } from '../../../entrypoints/popup/controller';
import type { PageStatus } from '../../../utils/messaging/protocol';

const coverage = { isCoverage: true, score: 20, evidence: [] };
const figure = {
  id: 'helicopters_downed|4 helicopters|0',
  text: '4 helicopters',
  metricLabel: 'helicopters shot down',
  side: 'AZ' as const,
  claimant: null,
  reportCount: 3,
};

/** A popup whose tab answers `replies` in turn (the last one repeats). */
function setup(replies: (PageStatus | null)[], tabId: number | null = 7) {
  const rendered: ToolbarPopupProps[] = [];
  const asked: unknown[] = [];
  let call = 0;
  const deps: PopupDeps = {
    activeTabId: async () => tabId,
    ask: (async (_tab: number, request: { type: string }) => {
      asked.push(request);
      if (request.type === 'showFigure') return { shown: true };
      const reply = replies[Math.min(call, replies.length - 1)] ?? null;
      call++;
      return reply;
    }) as PopupDeps['ask'],
    setSiteEnabled: vi.fn(async () => undefined),
    managerUrl: 'chrome-extension://id/options.html',
    render: (props) => rendered.push(props),
    close: vi.fn(),
    wait: async () => undefined,
  };
  const last = () => rendered[rendered.length - 1] as ToolbarPopupProps;
  return { deps, rendered, asked, last };
}

const page = (status: PageStatus['status'], figures = [figure]): PageStatus => ({
  hostname: 'news.example',
  status,
  figures,
});

describe('runPopup', () => {
  it('shows the tab’s status and figures once the page has been read', async () => {
    const { deps, last } = setup([
      page({ kind: 'loading' }, []),
      page({ kind: 'coverage', coverage, figureCount: 1 }),
    ]);
    await runPopup(deps);
    expect(last().status).toEqual({ kind: 'coverage', coverage, figureCount: 1 });
    expect(last().figures).toEqual([figure]);
    expect(last().site).toEqual({ hostname: 'news.example', enabled: true });
    // The manager is opened with the tab's id, so "Add an article" can take this tab's article.
    expect(last().managerUrl).toBe('chrome-extension://id/options.html?tab=7');
  });

  it('says the page is unsupported when no content script answers, after a few tries', async () => {
    const { deps, last, asked } = setup([null]);
    await runPopup(deps);
    expect(last().status).toEqual({ kind: 'unsupported' });
    expect(last().site).toBeNull();
    expect(asked.length).toBeGreaterThan(1);
    const noTab = setup([page({ kind: 'coverage', coverage, figureCount: 1 })], null);
    await runPopup(noTab.deps);
    expect(noTab.last().status).toEqual({ kind: 'unsupported' });
    expect(noTab.last().managerUrl).toBe('chrome-extension://id/options.html');
  });

  it('shows a switched-off site as such, with the switch off', async () => {
    const { deps, last } = setup([page({ kind: 'disabled', hostname: 'news.example' }, [])]);
    await runPopup(deps);
    expect(last().site).toEqual({ hostname: 'news.example', enabled: false });
  });

  it('flips the site switch and reads the page again', async () => {
    const { deps, last } = setup([page({ kind: 'coverage', coverage, figureCount: 1 })]);
    await runPopup(deps);
    last().onSiteToggle(false);
    expect(deps.setSiteEnabled).toHaveBeenCalledWith('news.example', false);
    expect(last().status).toEqual({ kind: 'disabled', hostname: 'news.example' });
    expect(last().figures).toEqual([]);
  });

  it('sends a chosen figure to the page and closes', async () => {
    const { deps, last, asked } = setup([page({ kind: 'coverage', coverage, figureCount: 1 })]);
    await runPopup(deps);
    last().onSelectFigure(figure.id);
    await vi.waitFor(() => expect(deps.close).toHaveBeenCalled());
    expect(asked).toContainEqual({ type: 'showFigure', id: figure.id });
  });
});
