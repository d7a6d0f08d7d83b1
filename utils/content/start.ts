/**
 * The always-on content script, run on every http(s) page the reader opens, so it stays small
 * and cheap (README "Benchmarks"): it reads the per-site switch, runs the cheap coverage gate on
 * the page's raw text (again when the page changes), and answers the toolbar popup. Marking, the
 * overlays and "Check this figure" live in the on-demand part (page-work.ts), loaded only when
 * the gate passes, the site has saved claims, or the reader asks for something on this page.
 */
import { coverageGate } from '../../assets/topic-pack.json';
import { pageUrl } from '../dom/page-meta';
import { canonicalUrl } from '../dom/page-metadata';
import { pageSummary, sampleText } from '../dom/text-sample';
import { type ContentChange, watchContent } from '../dom/watch';
import {
  COVERAGE_SAMPLE_CHARS,
  compileCoverageGate,
  NOT_COVERAGE,
  passesCoverageGate,
} from '../engine/coverage/gate';
import type { PageStatus } from '../messaging/protocol';
import { childController } from './child-controller';
import type { PageWork, PageWorkOptions, StartPageWork } from './page-work';
import { loadPageWork } from './page-work-loader';
import { listenForPopup } from './popup-listener';
import { isSavedSite } from './saved-claims-sites';
import { isSiteDisabled, readSiteLists, type SiteLists, watchSiteSwitch } from './site-switch';

export type ContentScriptOptions = Omit<PageWorkOptions, 'markingAllowed'> & {
  /** Loads the on-demand part (its file, by default). */
  loadPageWork?: () => Promise<StartPageWork>;
  /** The per-site switch and the sites with saved claims (browser.storage.local by default). */
  siteLists?: () => Promise<SiteLists>;
};

export interface ContentScript {
  pageStatus(): PageStatus;
  /** The on-demand part once loaded (for tests). */
  pageWork(): PageWork | null;
}

export function startContentScript(options: ContentScriptOptions): ContentScript {
  const { signal } = options;
  const doc = options.doc ?? document;
  const hostname = doc.location.hostname;
  // Compiled once here and handed to the on-demand part, which checks each re-run against it.
  const gate = options.gate !== undefined ? options.gate : compileCoverageGate(coverageGate);
  // Unknown until the switch is read: nothing is marked before that.
  let enabled: boolean | null = null;
  let gateSaidNo = false;
  let work: PageWork | null = null;
  let loading: Promise<PageWork> | null = null;
  let savedSites: string[] = [];
  let watching: AbortController | null = null;

  const load = (): Promise<PageWork> => {
    loading ??= (options.loadPageWork ?? loadPageWork)().then((start) => {
      work = start({ ...options, doc, gate, markingAllowed: () => enabled === true });
      return work;
    });
    return loading;
  };

  /**
   * The gate, on the page's metadata and first text, or on what a change added (text-sample.ts):
   * most pages end here, having loaded and sent nothing.
   */
  const mayNeedWork = (change?: ContentChange): boolean => {
    const whole = !change || change.urlChanged || change.addedOverflow;
    const roots = whole ? [doc.body ?? doc.documentElement] : change.added.filter((node) => node.isConnected);
    // The title and og:title are in the summary: pageTitle() would search the whole document.
    const text = sampleText(roots, COVERAGE_SAMPLE_CHARS);
    if (passesCoverageGate(gate, { text, title: pageSummary(doc), url: pageUrl(doc.location) })) return true;
    return savedSites.length > 0 && isSavedSite(savedSites, canonicalUrl(doc));
  };

  const stopWatching = (): void => {
    watching?.abort();
    watching = null;
  };

  /** Starts marking once the page may need it; the marking session then follows the page itself. */
  const check = async (change?: ContentChange): Promise<void> => {
    if (enabled !== true || signal.aborted || !(options.isValid?.() ?? true)) return;
    if (!mayNeedWork(change)) {
      gateSaidNo = true;
      return;
    }
    stopWatching();
    const pageWork = await load();
    if (enabled === true && !signal.aborted) pageWork.startMarking();
  };

  const setEnabled = (now: boolean): void => {
    enabled = now;
    if (!now) {
      stopWatching();
      work?.stopMarking();
      return;
    }
    if (work?.markingStatus()) return;
    gateSaidNo = false;
    if (!watching) {
      watching = childController(signal);
      // Late articles and single-page navigations can turn a page into coverage after load.
      watchContent(doc.documentElement, check, {
        signal: watching.signal,
        debounceMs: options.debounceMs,
        maxWaitMs: options.maxWaitMs,
        onError: (error) => console.debug('Crosstally: the coverage check failed', error),
      });
    }
    check().catch((error: unknown) => console.debug('Crosstally: the coverage check failed', error));
  };

  const pageStatus = (): PageStatus => {
    if (enabled === false) return { hostname, status: { kind: 'disabled', hostname }, figures: [] };
    const marking = work?.markingStatus();
    if (marking) return { hostname, ...marking };
    const status = gateSaidNo
      ? { kind: 'not-coverage' as const, coverage: NOT_COVERAGE }
      : { kind: 'loading' as const };
    return { hostname, status, figures: [] };
  };

  listenForPopup({
    signal,
    pageStatus,
    showFigure: (id) => work?.showFigure(id) ?? false,
    // The reader asked for something on this page: worth loading the on-demand part for.
    checkSelection: async (request) => (await load()).checkSelection(request),
    article: async () => (await load()).article(),
    ledgerPage: () => (enabled === true ? (work?.ledgerPage() ?? null) : null),
    saveToLedger: async () => (enabled === true && work ? work.saveToLedger() : null),
  });

  watchSiteSwitch(hostname, setEnabled, signal);
  (options.siteLists ?? readSiteLists)()
    .catch((): SiteLists => ({ disabled: [], saved: [] }))
    .then((lists) => {
      savedSites = lists.saved;
      if (enabled === null && !signal.aborted) setEnabled(!isSiteDisabled(lists.disabled, hostname));
    });

  return { pageStatus, pageWork: () => work };
}
