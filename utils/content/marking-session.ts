/**
 * The content script's work on one page: collect the article's visible text when the page is
 * idle, run the cheap coverage test, and only on coverage extract figures, ask the background
 * which metrics have reports, and mark those figures. Page changes (late articles, re-renders,
 * single-page navigations) re-run it, one run at a time, replacing marks by stable id.
 *
 * The page's DOM is never written to, except `<html data-crosstally-figures="N">` once marks are
 * set (the demo and the end-to-end tests wait for it) and our own shadow-root UI on first use.
 */
import type { PopupFigure } from '../../components/PopupFigureList';
import type { TabStatus } from '../../components/PopupStatus';
import { articleRoots } from '../dom/article-root';
import { runWhenIdle } from '../dom/idle';
import { pageLang, pageTitle, pageUrl } from '../dom/page-meta';
import { collectTextWhenIdle } from '../dom/text-map';
import type { Mark } from '../dom/types';
import { watchContent } from '../dom/watch';
import { detectCoverage } from '../engine/coverage';
import { defaultPackData, metricById, type TopicPackData } from '../engine/topic-pack';
import type { CoverageInput, CoverageResult, Figure } from '../engine/types';
import { sendRequest } from '../messaging/protocol';
import { extractFiguresWhenIdle } from './extract-idle';
import { identifyFigures } from './figure-entries';
import { createPageUi, type PageUi } from './page-ui';
import { createReportLookup, type SendRequest } from './report-lookup';

/** `document.documentElement.dataset` key of the marked-figure count. */
export const FIGURES_DATASET_KEY = 'crosstallyFigures';

export interface MarkingOptions {
  /** Aborting it removes every mark, listener and element of ours. */
  signal: AbortSignal;
  doc?: Document;
  send?: SendRequest;
  pack?: TopicPackData;
  /** False once the extension was reloaded or updated; checked before each run and on input. */
  isValid?: () => boolean;
  overlayShadowMode?: ShadowRootMode;
  extensionRoot?: string;
  /** Quiet time after page changes before a re-run, and the longest wait under constant change. */
  debounceMs?: number;
  maxWaitMs?: number;
}

export interface MarkingSession {
  /** What the toolbar popup shows for this page. */
  pageStatus(): { status: TabStatus; figures: PopupFigure[] };
  /** Scrolls to a marked figure and opens its overlay. */
  showFigure(id: string): boolean;
  /** Runs now, or once more after the current run; resolves when the page is marked. */
  refresh(): Promise<void>;
}

interface MarkedFigure {
  id: string;
  figure: Figure;
  reportCount: number;
}

export function startMarking(options: MarkingOptions): MarkingSession {
  const { signal } = options;
  const doc = options.doc ?? document;
  const win = doc.defaultView ?? window;
  const pack = options.pack ?? defaultPackData;
  const send = options.send ?? sendRequest;
  const isValid = options.isValid ?? (() => true);
  const lookup = createReportLookup(send);
  let coverage: CoverageResult | null = null;
  let marked = new Map<string, MarkedFigure>();
  let ui: PageUi | null = null;
  let signalled = false;

  const ensureUi = (): PageUi => {
    ui ??= createPageUi({
      signal,
      doc,
      send,
      pack,
      isValid,
      figureOf: (id) => marked.get(id)?.figure,
      overlayShadowMode: options.overlayShadowMode,
      extensionRoot: options.extensionRoot,
    });
    return ui;
  };

  const announceCount = (count: number): void => {
    doc.documentElement.dataset[FIGURES_DATASET_KEY] = String(count);
    signalled = true;
  };

  const testCoverage = async (input: CoverageInput): Promise<CoverageResult | null> => {
    let result: CoverageResult | null = null;
    const done = await runWhenIdle(
      () => {
        result = detectCoverage(input, pack);
        return true;
      },
      { signal, win },
    );
    return done ? result : null;
  };

  const runOnce = async (): Promise<void> => {
    if (!isValid()) return;
    const collected = await collectTextWhenIdle(articleRoots(doc), { signal, win });
    if (!collected || signal.aborted) return;
    const result = await testCoverage({
      text: collected.text,
      title: pageTitle(doc),
      url: pageUrl(doc.location),
      lang: pageLang(doc),
    });
    if (!result || signal.aborted) return;
    coverage = result;
    if (!result.isCoverage) {
      // A single-page navigation away from coverage: take down what the previous article had.
      marked = new Map();
      ui?.highlighter.setMarks([]);
      if (signalled) announceCount(0);
      return;
    }
    const figures = await extractFiguresWhenIdle(collected.text, { signal, pack, win });
    if (!figures || signal.aborted) return;
    const counts = await lookup.reportCounts(figures);
    if (signal.aborted || !isValid()) return;
    const marks: Mark[] = [];
    const next = new Map<string, MarkedFigure>();
    for (const { id, figure } of identifyFigures(figures)) {
      const reportCount = counts.get(figure.metric) ?? 0;
      if (reportCount === 0) continue;
      const range = collected.map.rangeFor(figure.start, figure.end);
      if (!range) continue; // the page changed that text meanwhile; the watcher runs us again
      marks.push({ id, range });
      next.set(id, { id, figure, reportCount });
    }
    marked = next;
    ensureUi().highlighter.setMarks(marks);
    announceCount(marks.length);
  };

  let running: Promise<void> | null = null;
  let again = false;
  const refresh = (): Promise<void> => {
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

  watchContent(
    doc.documentElement,
    (change) => {
      if (change.urlChanged) lookup.reset();
      return refresh();
    },
    {
      signal,
      debounceMs: options.debounceMs,
      maxWaitMs: options.maxWaitMs,
      onError: (error) => console.debug('Crosstally: re-marking failed', error),
    },
  );
  signal.addEventListener(
    'abort',
    () => {
      if (signalled) delete doc.documentElement.dataset[FIGURES_DATASET_KEY];
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
        metricLabel: metricById(pack, figure.metric)?.label ?? figure.metric,
        side: figure.side,
        claimant: figure.claimant,
        reportCount,
      }));
      const status: TabStatus = !coverage
        ? { kind: 'loading' }
        : coverage.isCoverage
          ? { kind: 'coverage', coverage, figureCount: figures.length }
          : { kind: 'not-coverage', coverage };
      return { status, figures };
    },
    showFigure: (id) => ui?.open(id, true) ?? false,
    refresh,
  };
}
