/**
 * The toolbar popup's logic, apart from the browser so tests can drive it: asks the active tab's
 * content script for its status, polls while the page is still being read, flips the site switch,
 * sends a chosen figure back to the page, and links the manager with the tab's id (so "Add an
 * article" can take this tab's article).
 */

import type { ToolbarPopupProps } from '../../components/ToolbarPopup';
import type {
  NotFoundClaim,
  TabRequestMap,
  TabRequestOf,
  TabRequestType,
} from '../../utils/messaging/protocol';
import type { PopupFigure, TabStatus } from '../../utils/messaging/tab-view';

export interface PopupDeps {
  /** The active tab's id, or null (no tab, or one the popup cannot address). */
  activeTabId(): Promise<number | null>;
  ask<T extends TabRequestType>(
    tabId: number,
    request: TabRequestOf<T>,
  ): Promise<TabRequestMap[T]['response'] | null>;
  setSiteEnabled(hostname: string, enabled: boolean): Promise<void>;
  /** The store manager page's URL, without the tab. */
  managerUrl: string;
  render(props: ToolbarPopupProps): void;
  /** Closes the popup (after a figure was chosen, the page is what the reader wants to see). */
  close(): void;
  wait(ms: number): Promise<void>;
}

/** How often, and how many times, a page still being read is asked again. */
export const POLL_MS = 250;
export const MAX_POLLS = 40;
/** A content script not answering yet may still be starting (document_idle); ask a few times. */
const MAX_SILENT_POLLS = 3;

/**
 * The manager's URL carrying the tab the popup was opened on (`options.html?tab=7`): the id is all
 * the manager needs to ask that tab's content script for its article, without the tabs permission.
 */
export function managerUrlFor(managerUrl: string, tabId: number | null): string {
  if (tabId === null) return managerUrl;
  const url = new URL(managerUrl);
  url.searchParams.set('tab', String(tabId));
  return url.href;
}

export async function runPopup(deps: PopupDeps): Promise<void> {
  let status: TabStatus = { kind: 'loading' };
  let figures: readonly PopupFigure[] = [];
  let notFound: readonly NotFoundClaim[] = [];
  let site: ToolbarPopupProps['site'] = null;
  let generation = 0;
  const tabId = await deps.activeTabId();
  const managerUrl = managerUrlFor(deps.managerUrl, tabId);

  const draw = (): void =>
    deps.render({
      status,
      figures,
      notFound,
      site,
      managerUrl,
      onSelectFigure: (id) => {
        if (tabId === null) return;
        void deps.ask(tabId, { type: 'showFigure', id }).then(() => deps.close());
      },
      onSiteToggle: (enabled) => {
        if (!site) return;
        site = { ...site, enabled };
        status = enabled ? { kind: 'loading' } : { kind: 'disabled', hostname: site.hostname };
        figures = [];
        draw();
        void deps.setSiteEnabled(site.hostname, enabled).then(() => poll());
      },
    });

  /** Asks until the page has an answer; a newer poll (after a toggle) supersedes an older one. */
  const poll = async (): Promise<void> => {
    const mine = ++generation;
    if (tabId === null) {
      status = { kind: 'unsupported' };
      draw();
      return;
    }
    for (let attempt = 0, silent = 0; attempt < MAX_POLLS; attempt++) {
      const page = await deps.ask(tabId, { type: 'getPageStatus' });
      if (mine !== generation) return;
      if (!page && ++silent < MAX_SILENT_POLLS) {
        await deps.wait(POLL_MS);
        continue;
      }
      status = page ? page.status : { kind: 'unsupported' };
      figures = page ? page.figures : [];
      notFound = page?.notFound ?? [];
      site = page ? { hostname: page.hostname, enabled: page.status.kind !== 'disabled' } : null;
      draw();
      if (status.kind !== 'loading') return;
      await deps.wait(POLL_MS);
      if (mine !== generation) return;
    }
  };

  draw();
  await poll();
}
