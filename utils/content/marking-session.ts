/**
 * The content script's work on one page: collect the article's visible text when the page is
 * idle, run the cheap coverage test, and only when it passes send the text to the background,
 * which scores coverage, extracts figures with the engine and says which metrics have reports;
 * then mark those figures. Page changes (late articles, re-renders,
 * single-page navigations) re-run it, one run at a time, replacing marks by stable id.
 *
 * The page's DOM is never written to (no attribute, no element: a page must not learn from one that
 * Crosstally is installed), except our own shadow-root UI once the reader opens it.
 */

import type { ComponentChildren } from 'preact';
import { coverageGate } from '../../assets/topic-pack.json';
import { articleRoots } from '../dom/article-root';
import { pageLang, pageTitle, pageUrl } from '../dom/page-meta';
import { publishedDate } from '../dom/page-metadata';
import { type CollectedText, collectTextWhenIdle } from '../dom/text-map';
import type { Mark } from '../dom/types';
import { watchContent } from '../dom/watch';
import { compileCoverageGate, NOT_COVERAGE, passesCoverageGate } from '../engine/coverage/gate';
import type { CoverageResult, Figure } from '../engine/types';
import type { NotFoundClaim, PageAnalysis, PageText, Response } from '../messaging/protocol';
import type { PopupFigure, TabStatus } from '../messaging/tab-view';
import { identifyFigures } from './figure-entries';
import type { MarkedFigures } from './figure-overlay';
import type { PageContext } from './page-context';
import { createPageUi, type PageUi } from './page-ui';
import { type PlacedClaim, type SavedClaims, withSavedClaims } from './saved-claims';
import { analyzeInSlices } from './sliced-analysis';

function pageKey(page: PageText): string {
  return `${page.url}\n${page.title}\n${page.text}`;
}

/** How marking runs on the page; the page itself (and the signal that ends marking) is the context. */
export interface MarkingOptions {
  /**
   * The cheap first test, compiled once by the always-on part (start.ts) and handed over; the
   * topic pack's when marking is started on its own.
   */
  gate?: RegExp | null;
  /** The reader's claims saved from this page: marked on every run, coverage page or not. */
  savedClaims?: SavedClaims;
  /** Quiet time after page changes before a re-run, and the longest wait under constant change. */
  debounceMs?: number;
  maxWaitMs?: number;
  /** Reading ledger: a coverage page was analysed afresh (its whole text and every figure found). */
  onPageRead?: (text: string, figures: readonly Figure[], storedAs: string | null) => void;
  /** Reading ledger: the page's own read source, whose reports are not "another outlet". */
  ledgerSourceId?: () => string | null;
  /** Reading ledger: resolves once the background answered for this page's last reading. */
  ledgerSettled?: () => Promise<void>;
  /** Reading ledger: shown at the foot of a figure's overlay (the consent question), if anything. */
  overlayFooter?: () => ComponentChildren | undefined;
}

export interface MarkingSession {
  /** What the toolbar popup shows for this page. */
  pageStatus(): { status: TabStatus; figures: PopupFigure[]; notFound?: NotFoundClaim[] };
  /** Scrolls to a marked figure and opens its overlay. */
  showFigure(id: string): boolean;
  /**
   * Runs now, or once more after the current run; resolves when the page is marked. `reanalyze`
   * asks the background again even for unchanged text (the store changed: a claim was saved).
   */
  refresh(reanalyze?: boolean): Promise<void>;
}

interface MarkedFigure {
  id: string;
  figure: Figure;
  reportCount: number;
  /** Said in the overlay under the figure (a saved claim whose number the page changed). */
  notice?: string;
}

/** Marks the page of `context` until its signal aborts (which removes every mark, listener and element of ours). */
export function startMarking(context: PageContext, options: MarkingOptions = {}): MarkingSession {
  const { signal, doc, win, send, isValid } = context;
  const gate = options.gate !== undefined ? options.gate : compileCoverageGate(coverageGate);
  let metricLabels: Record<string, string> = {};
  // A re-run on an unchanged page (a re-render, an unrelated mutation) reuses the last answer.
  let lastAnalysis: { key: string; response: Response<'analyzePage'> } | null = null;
  let coverage: CoverageResult | null = null;
  /** Characters read when the page is longer than MAX_MARKED_PAGE_CHARS (or too many nodes). */
  let markedChars: number | undefined;
  let marked = new Map<string, MarkedFigure>();
  let ui: PageUi | null = null;

  /** What the overlays may ask about the marks (figure-overlay.ts). */
  const markedFigures: MarkedFigures = {
    figure: (id) => marked.get(id),
    metricLabel: (metric) => metricLabels[metric],
    pageSourceId: () =>
      (lastAnalysis?.response.ok ? lastAnalysis.response.data.pageSourceId : null) ??
      options.ledgerSourceId?.() ??
      null,
    pageSettled: () => options.ledgerSettled?.() ?? Promise.resolve(),
    overlayFooter: () => options.overlayFooter?.(),
  };

  const ensureUi = (): PageUi => {
    ui ??= createPageUi(context, markedFigures);
    return ui;
  };

  /**
   * The cheap first test on the page's raw text (one native textContent read and one small regex),
   * before any DOM walk: a page that cannot be coverage and has no saved claims ends here.
   */
  const mayNeedWork = async (): Promise<boolean> => {
    const quick = { text: doc.body?.textContent ?? '', title: pageTitle(doc), url: pageUrl(doc.location) };
    return passesCoverageGate(gate, quick) || ((await options.savedClaims?.mayHaveClaims()) ?? false);
  };

  const runOnce = async (): Promise<void> => {
    if (!isValid()) return;
    if (!(await mayNeedWork())) {
      coverage = NOT_COVERAGE;
      lastAnalysis = null;
      if (marked.size > 0) {
        // A single-page navigation away from coverage: take down what the previous article had.
        marked = new Map();
        ui?.highlighter.setMarks([]);
      }
      return;
    }
    const collected = await collectTextWhenIdle(articleRoots(doc), { signal, win });
    if (!collected || signal.aborted) return;
    markedChars = collected.truncated ? collected.text.length : undefined;
    // Saved claims are anchored on every page, coverage or not; asked alongside the analysis.
    const placing = options.savedClaims?.place(collected);
    // The whole article: long ones go to the background in slices (sliced-analysis.ts).
    const page = {
      text: collected.text,
      title: pageTitle(doc),
      url: pageUrl(doc.location),
      lang: pageLang(doc),
      publishedDate: publishedDate(doc),
    };
    // The cheap first test, here in the page: most pages end here, having sent nothing.
    const unchanged = lastAnalysis?.key === pageKey(page);
    // A long article's opening is marked as soon as its slice is read (ids are by order, so the
    // whole article's marks later replace these one for one).
    const markOpening = async (head: PageAnalysis) => {
      const saved = (await placing) ?? [];
      if (!signal.aborted && isValid()) showMarks(head, collected, saved);
    };
    const analysis = unchanged
      ? lastAnalysis?.response
      : passesCoverageGate(gate, page)
        ? await analyzeInSlices({ send, page, signal, onFirstSlice: markOpening })
        : null;
    // (analyzeInSlices answers null only once `signal` aborted.)
    if (signal.aborted || !isValid()) return;
    if (analysis && !analysis.ok) {
      lastAnalysis = null;
      throw new Error(analysis.error.message);
    }
    lastAnalysis = analysis ? { key: pageKey(page), response: analysis } : null;
    const saved = (await placing) ?? [];
    if (signal.aborted || !isValid()) return;
    if (analysis?.data.coverage.isCoverage && !unchanged)
      options.onPageRead?.(collected.text, analysis.data.figures, analysis.data.pageSourceId);
    showMarks(analysis?.data ?? null, collected, saved);
  };

  /** Marks the figures of `analysis` that have reports, and the saved claims, in place of the marks before. */
  const showMarks = (
    analysis: PageAnalysis | null,
    collected: CollectedText,
    saved: readonly PlacedClaim[],
  ): void => {
    coverage = analysis?.coverage ?? NOT_COVERAGE;
    for (const claim of saved) metricLabels[claim.figure.metric] ??= claim.metricLabel;
    // Off coverage (or after a single-page navigation away from it) only saved claims are marked.
    const engine: (MarkedFigure & Mark)[] = [];
    if (analysis?.coverage.isCoverage) {
      const { figures, reportCounts } = analysis;
      metricLabels = { ...metricLabels, ...analysis.metricLabels };
      for (const { id, figure } of identifyFigures(figures)) {
        const reportCount = reportCounts[figure.metric] ?? 0;
        if (reportCount === 0) continue;
        const range = collected.map.rangeFor(figure.start, figure.end);
        if (!range) continue; // the page changed that text meanwhile; the watcher runs us again
        engine.push({ id, figure, reportCount, range });
      }
    }
    const marks = withSavedClaims(engine, saved);
    marked = new Map(marks.map((mark) => [mark.id, mark]));
    if (marks.length > 0) ensureUi().highlighter.setMarks(marks);
    else ui?.highlighter.setMarks([]);
  };

  let running: Promise<void> | null = null;
  let again = false;
  const refresh = (reanalyze = false): Promise<void> => {
    if (reanalyze) lastAnalysis = null;
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await runOnce();
        } catch (error) {
          // A hostile or huge page must never break the page: note it for developers, go on.
          console.debug('Crosstally: marking failed', error);
        }
      } while (again && !signal.aborted);
      running = null;
    })();
    return running;
  };

  watchContent(doc.documentElement, () => refresh(), {
    signal,
    debounceMs: options.debounceMs,
    maxWaitMs: options.maxWaitMs,
    onError: (error) => console.debug('Crosstally: re-marking failed', error),
  });
  signal.addEventListener(
    'abort',
    () => {
      marked = new Map();
    },
    { once: true },
  );
  void refresh();

  return {
    pageStatus() {
      const figures: PopupFigure[] = [...marked.values()].map(({ id, figure, reportCount }) => ({
        id,
        text: figure.text,
        metricLabel: metricLabels[figure.metric] ?? figure.metric,
        side: figure.side,
        claimant: figure.claimant,
        reportCount,
      }));
      const status: TabStatus = !coverage
        ? { kind: 'loading' }
        : coverage.isCoverage
          ? {
              kind: 'coverage',
              coverage,
              figureCount: figures.length,
              ...(markedChars === undefined ? {} : { markedChars }),
            }
          : { kind: 'not-coverage', coverage };
      const notFound = options.savedClaims?.notFound() ?? [];
      return notFound.length > 0 ? { status, figures, notFound } : { status, figures };
    },
    showFigure: (id) => ui?.open(id, true) ?? false,
    refresh,
  };
}
