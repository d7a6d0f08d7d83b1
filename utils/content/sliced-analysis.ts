/**
 * The whole article through the background, however long: the first slice decides coverage (its
 * title, metas and opening, as for any page); only for coverage do the later slices follow, one
 * request at a time, each a bounded piece of work on either side. Between slices the content
 * script waits for the background's answer, so the page's own tasks run meanwhile. The first
 * slice's answer is handed out before the rest are asked for: a 5 MB article takes the background
 * seconds per megabyte, and the reader is at its top.
 */

import type { Figure } from '../engine/types';
import { MAX_PAGE_TEXT_CHARS } from '../limits';
import type { PageAnalysis, PageText, Response, SendRequest } from '../messaging/protocol';
import { pageSlices } from './page-slices';

export interface SlicedAnalysisOptions {
  send: SendRequest;
  /** The page, its text whole. */
  page: PageText;
  signal: AbortSignal;
  /** Slice length (MAX_PAGE_TEXT_CHARS). */
  maxChars?: number;
  /** The first slice's analysis, when it is coverage and more slices follow; awaited before them. */
  onFirstSlice?: (head: PageAnalysis) => void | Promise<void>;
}

function shifted(figure: Figure, by: number): Figure {
  return {
    ...figure,
    start: figure.start + by,
    end: figure.end + by,
    sentenceStart: figure.sentenceStart + by,
  };
}

/**
 * One analysis for the whole text, figures at offsets into it. A failed slice fails the whole:
 * the marking session asks again on its next run. Null when `signal` aborted on the way.
 */
export async function analyzeInSlices(
  options: SlicedAnalysisOptions,
): Promise<Response<'analyzePage'> | null> {
  const { send, page, signal } = options;
  const [first, ...rest] = pageSlices(page.text, options.maxChars ?? MAX_PAGE_TEXT_CHARS);
  const sliceOf = (slice: { start: number; end: number }) => page.text.slice(slice.start, slice.end);
  const head = await send({ type: 'analyzePage', page: { ...page, text: first ? sliceOf(first) : '' } });
  if (!head.ok || !head.data.coverage.isCoverage || rest.length === 0) return head;
  await options.onFirstSlice?.(head.data);
  const whole: PageAnalysis = {
    ...head.data,
    figures: [...head.data.figures],
    reportCounts: { ...head.data.reportCounts },
    metricLabels: { ...head.data.metricLabels },
  };
  for (const slice of rest) {
    if (signal.aborted) return null;
    const part = await send({
      type: 'analyzePage',
      page: { ...page, text: sliceOf(slice), continued: true },
    });
    if (!part.ok) return part;
    for (const figure of part.data.figures) whole.figures.push(shifted(figure, slice.start));
    Object.assign(whole.reportCounts, part.data.reportCounts);
    Object.assign(whole.metricLabels, part.data.metricLabels);
  }
  return signal.aborted ? null : { ok: true, data: whole };
}
