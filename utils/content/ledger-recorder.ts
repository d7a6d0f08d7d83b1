/**
 * The content script's side of the reading ledger: after a coverage page was read, it sends the
 * page's metadata and the figures the background's engine found (with where they are in the
 * text) to the background, which alone decides whether to keep them (consent, private window,
 * excluded site). It remembers the answer for the popup and the overlay's consent question.
 */
import type { ComponentChildren } from 'preact';
import { h } from 'preact';
import { LedgerChoice } from '../../components/LedgerChoice';
import { figureQuote } from '../anchoring/text-quote';
import { pageLang, pageTitle } from '../dom/page-meta';
import { canonicalUrl, pageOutlet, publishedDate } from '../dom/page-metadata';
import type { Figure } from '../engine/types';
import { MAX_LEDGER_FIGURES } from '../limits';
import type { LedgerPage, SendRequest } from '../messaging/protocol';
import { siteNameOf } from '../site-names';
import { textDigest } from '../store/ledger/keys';
import type { ReadFigure, ReadPage } from '../store/ledger/types';

/** The longest sentence kept with a figure (the store's quote limit). */
const MAX_QUOTE_CHARS = 5000;
const MAX_EXACT_CHARS = 1000;

export interface LedgerRecorder {
  /**
   * A coverage page was read (again): its text, the figures found in it, and the stored source
   * the background said the page is (a seed or saved article is not kept twice).
   */
  pageRead(text: string, figures: readonly Figure[], storedAs: string | null): Promise<void>;
  /** What the ledger holds of this page, for the popup; null before the page was read. */
  page(): LedgerPage | null;
  /** The ledger's source for this page, when it holds it (its reports are this page's own). */
  sourceId(): string | null;
  /** Resolves once the background answered the last reading sent (at once when none is on its way). */
  settled(): Promise<void>;
  /** "Save this page's figures" from the popup. */
  save(): Promise<LedgerPage | null>;
  /** The overlay's consent question while the reader has not answered it; undefined once answered. */
  overlayFooter(): ComponentChildren | undefined;
}

/** The figures the ledger may keep: metric and value known, sentence and figure within the store's limits. */
export function readFigures(text: string, figures: readonly Figure[]): ReadFigure[] {
  const kept: ReadFigure[] = [];
  for (const figure of figures) {
    if (figure.value === null || !figure.metric) continue;
    if (figure.sentence.length > MAX_QUOTE_CHARS || figure.end - figure.start > MAX_EXACT_CHARS) continue;
    kept.push({
      metric: figure.metric,
      value: figure.value,
      qualifier: figure.qualifier,
      side: figure.side,
      claimant: figure.claimant,
      ...figureQuote(text, figure),
      period: figure.period,
    });
    if (kept.length === MAX_LEDGER_FIGURES) break;
  }
  return kept;
}

/** What the page says of itself; the canonical URL only when the page declares one. */
export function readPage(doc: Document, text: string): ReadPage {
  const address = doc.location.href.replace(/#.*$/, '');
  const canonical = canonicalUrl(doc);
  return {
    url: address,
    canonicalUrl: canonical !== address ? canonical : null,
    title: pageTitle(doc),
    outlet: pageOutlet(doc),
    publishedDate: publishedDate(doc),
    language: pageLang(doc) ?? 'und',
    textDigest: textDigest(text),
  };
}

export function createLedgerRecorder(options: { send: SendRequest; doc: Document }): LedgerRecorder {
  const { send, doc } = options;
  let last: { page: ReadPage; figures: ReadFigure[]; storedAs?: string } | null = null;
  let answer: LedgerPage | null = null;
  let inFlight: Promise<unknown> = Promise.resolve();
  const site = () => siteNameOf(doc.location.hostname);

  const record = async (save: boolean): Promise<LedgerPage | null> => {
    if (!last) return null;
    const response = await send({ type: 'recordReading', ...last, ...(save ? { save: true as const } : {}) });
    if (response.ok) answer = { site: site(), outcome: response.data };
    return response.ok ? answer : null;
  };

  const choose = async (keep: boolean): Promise<boolean> => {
    const response = await send({ type: 'setLedgerConsent', consent: keep });
    if (!response.ok) return false;
    if (keep) await record(false);
    else if (answer && !answer.outcome.recorded)
      answer = { ...answer, outcome: { ...answer.outcome, consent: false } };
    return true;
  };

  return {
    async pageRead(text, figures, storedAs) {
      const next = {
        page: readPage(doc, text),
        figures: readFigures(text, figures),
        ...(storedAs ? { storedAs } : {}),
      };
      // A re-run over the same text (a re-render) sends nothing new.
      if (last && last.page.textDigest === next.page.textDigest && last.page.url === next.page.url) return;
      last = next;
      const recording = record(false);
      inFlight = recording.catch(() => undefined);
      await recording;
    },
    page: () => answer,
    sourceId: () => answer?.outcome.sourceId ?? null,
    settled: () => inFlight.then(() => undefined),
    save: () => record(true),
    overlayFooter() {
      const outcome = answer?.outcome;
      if (!outcome || outcome.recorded || outcome.consent !== null || outcome.reason !== 'undecided')
        return undefined;
      return h(LedgerChoice, { onChoose: choose });
    },
  };
}
