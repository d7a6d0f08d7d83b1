/**
 * The on-demand part of the content script: marking, the overlays, "Check this figure" and the
 * article snapshot for the manager. The always-on part (start.ts) loads it only when a page may be
 * coverage, has saved claims, or the reader asks for something, so most pages never pay for it.
 */
import type { ArticleSnapshot, CheckAnswer, LedgerPage, PageStatus } from '../messaging/protocol';
import { snapshotArticle } from './article-snapshot';
import { createCheckController } from './check/controller';
import { childController } from './child-controller';
import { createLedgerRecorder } from './ledger-recorder';
import { type MarkingOptions, type MarkingSession, startMarking } from './marking-session';
import { createPageContext, type PageContextOptions, withSignal } from './page-context';
import { createSavedClaims } from './saved-claims';

/** The page (its `signal` is the content script's lifetime, lifetime.ts) and how marking runs on it. */
export type PageWorkOptions = PageContextOptions &
  MarkingOptions & {
    /** Whether the reader lets this site be marked now (the per-site switch). */
    markingAllowed: () => boolean;
  };

export interface PageWork {
  /** Starts marking the page (idempotent). */
  startMarking(): void;
  /** Takes every mark down (the site was switched off). */
  stopMarking(): void;
  /** What the popup shows while marking runs; null when it does not. */
  markingStatus(): Omit<PageStatus, 'hostname'> | null;
  showFigure(id: string): boolean;
  checkSelection(request: { frame?: 'embedded' }): Promise<CheckAnswer>;
  article(): Promise<ArticleSnapshot | null>;
  /** Reading ledger: what it holds of this page, and "Save this page's figures". */
  ledgerPage(): LedgerPage | null;
  saveToLedger(): Promise<LedgerPage | null>;
}

export type StartPageWork = (options: PageWorkOptions) => PageWork;

export const startPageWork: StartPageWork = (options) => {
  // The one page context of the on-demand part: every part below gets it (marking with its own signal).
  const context = createPageContext(options);
  const { signal, doc, win, send } = context;
  const savedClaims = options.savedClaims ?? createSavedClaims({ send, doc });
  const { gate, debounceMs, maxWaitMs } = options;
  let current: { session: MarkingSession; stop: AbortController } | null = null;
  const ledger = createLedgerRecorder({ send, doc });

  const startMarkingNow = (): void => {
    if (current || signal.aborted) return;
    const stop = childController(signal);
    const session = startMarking(withSignal(context, stop.signal), {
      gate,
      savedClaims,
      debounceMs,
      maxWaitMs,
      onPageRead: (text, figures, storedAs) => {
        // Only while marking is on: a site switched off is never recorded.
        if (!stop.signal.aborted)
          ledger
            .pageRead(text, figures, storedAs)
            .catch((error: unknown) => console.debug('Crosstally: ledger', error));
      },
      overlayFooter: () => ledger.overlayFooter(),
      ledgerSourceId: () => ledger.sourceId(),
      ledgerSettled: () => ledger.settled(),
    });
    current = { session, stop };
  };

  const checker = createCheckController(context, {
    onSaved: async (url) => {
      // The new claim is in the store: anchor it (and this page's other saved claims) and mark it,
      // on a page that was not being marked too (a figure checked on a non-coverage page).
      await savedClaims.saved(url);
      if (current) await current.session.refresh(true);
      else if (options.markingAllowed()) startMarkingNow();
    },
  });

  // A reloaded or updated extension orphans this script with its marks and overlays still painted;
  // a reader coming back to the tab is the moment to notice (isValid, lifetime.ts, then aborts
  // `signal`, which takes everything down). Listened for here, not in the always-on part:
  // a page this part never ran on has nothing of ours to take down.
  const noticeOrphan = (): void => {
    context.isValid();
  };
  for (const type of ['focus', 'pageshow']) win.addEventListener(type, noticeOrphan, { signal });
  doc.addEventListener('visibilitychange', noticeOrphan, { signal });

  return {
    startMarking: startMarkingNow,
    stopMarking() {
      current?.stop.abort();
      current = null;
    },
    markingStatus: () => current?.session.pageStatus() ?? null,
    showFigure: (id) => current?.session.showFigure(id) ?? false,
    checkSelection: (request) => checker.check(request),
    article: () => snapshotArticle(doc, signal),
    ledgerPage: () => (current ? ledger.page() : null),
    saveToLedger: () => (current ? ledger.save() : Promise.resolve(null)),
  };
};
