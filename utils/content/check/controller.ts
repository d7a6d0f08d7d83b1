/**
 * "Check this figure": reads the selection, asks the background to read it in its context,
 * opens the check overlay at it, and saves the claim the reader confirms. Works on any page,
 * marked or not; every failure ends as a sentence in the overlay, never as a page error.
 */
import { h } from 'preact';
import { CheckOverlay } from '../../../components/CheckOverlay';
import { type ClaimFormValues, claimErrorsFromIssues } from '../../claim-form/claim-form';
import { buildClaim, PAGE_CLAIM_LABELS } from '../../claim-form/page-claim';
import { publishedDate } from '../../dom/page-metadata';
import { errorText, issueTexts } from '../../i18n/error-text';
import { liveRecord } from '../../i18n/live';
import { t, tn } from '../../i18n/translate';
import { MAX_SELECTION_CHARS } from '../../limits';
import type { CheckAnswer, SelectionCheck } from '../../messaging/protocol';
import type { CheckView, SaveOutcome, ShownFigure } from '../../overlay/check-view';
import type { AnchorRect } from '../../overlay/position';
import type { OverlayContent } from '../../overlay/types';
import { createReportLinker } from '../figure-overlay';
import { createOverlayHost, type OverlayHost } from '../overlay-mount';
import type { PageContext } from '../page-context';
import { contextWindow, pageTextAround, textOffsetAt, trimSpan } from './context';
import { type FigureFacts, type PreparedOffer, prepareOffer, unavailable } from './offer';
import { readSelection, type SelectionRead } from './selection';

export interface CheckControllerOptions {
  /** After a claim from the page at `url` was saved: read this page's saved claims again and mark them. */
  onSaved?: (url: string) => Promise<void> | void;
}

export interface CheckController {
  /** Checks the current selection and opens the overlay; resolves with what it found. */
  check(request?: { frame?: 'embedded' }): Promise<CheckAnswer>;
}

const MESSAGES = liveRecord({
  'no-selection': 'check.noSelection',
  frame: 'check.frame',
  password: 'check.password',
  'no-number': 'check.noNumber',
  field: 'check.field',
  editable: 'check.editable',
});

/** Where the selection is in the page's text (the one saved claims are anchored in). */
interface Placed {
  pageText: string;
  start: number;
  end: number;
}

function place(doc: Document, read: SelectionRead): Placed | null {
  if (read.kind !== 'text' || read.editable) return null;
  const collected = pageTextAround(doc, read.range);
  const from = textOffsetAt(collected, read.range.startContainer, read.range.startOffset);
  const to = textOffsetAt(collected, read.range.endContainer, read.range.endOffset);
  const span = trimSpan(collected.text, from, to);
  return from < 0 || to < 0 || span.end <= span.start ? null : { pageText: collected.text, ...span };
}

/** The first of the range's line boxes on screen (a long selection runs off it), else its first. */
function rangeAnchor(range: Range, win: Window): AnchorRect | null {
  if (!range.startContainer.isConnected || range.collapsed) return null;
  const rects = Array.from(range.getClientRects()).filter((rect) => rect.width > 0 || rect.height > 0);
  return rects.find((rect) => rect.bottom > 0 && rect.top < win.innerHeight) ?? rects[0] ?? null;
}

function anchorOf(read: SelectionRead, win: Window): () => AnchorRect | null {
  const top = (): AnchorRect => ({
    top: 0,
    left: Math.max(8, win.innerWidth / 2 - 200),
    width: 0,
    height: 0,
  });
  if (read.kind === 'text') return () => rangeAnchor(read.range, win) ?? top();
  const element = read.kind === 'empty' ? null : read.element;
  return () => (element?.isConnected ? element.getBoundingClientRect() : top());
}

export function createCheckController(
  page: PageContext,
  options: CheckControllerOptions = {},
): CheckController {
  const { signal, send, doc, win } = page;
  const linker = createReportLinker(page);
  let host: OverlayHost | null = null;

  const check = async (request: { frame?: 'embedded' } = {}): Promise<CheckAnswer> => {
    if (signal.aborted) return 'error';
    const read = readSelection(doc, request);
    host ??= createOverlayHost(page, { linker });
    const placed = place(doc, read);
    const around = placed && contextWindow(placed.pageText, placed.start, placed.end);
    const blocker =
      read.kind === 'field'
        ? MESSAGES.field
        : read.kind === 'text' && read.editable
          ? MESSAGES.editable
          : placed
            ? null
            : t('check.notOnPage');
    let view: CheckView = { kind: 'loading' };
    let data: SelectionCheck | null = null;
    /** The claim offer of each figure (one, once the reader picked a metric). */
    let offers: PreparedOffer[] = [];

    /** The offer for the figure at `[start, end)` of the context, its sentence at `[quoteStart, quoteEnd)`. */
    const offerAt = (
      start: number,
      end: number,
      quoteStart: number,
      quoteEnd: number,
      facts: FigureFacts,
    ) => {
      if (blocker || !placed || !around) return unavailable(blocker ?? t('check.notOnPage'));
      const at = around.offset;
      const spot = { start: at + start, end: at + end, quoteStart: at + quoteStart, quoteEnd: at + quoteEnd };
      return prepareOffer(doc, placed.pageText, spot, facts, data?.claimants ?? []);
    };

    const onSave = async (values: ClaimFormValues): Promise<SaveOutcome> => {
      const fixed = offers[view.kind === 'figure' ? view.chosen : 0]?.fixed;
      const built = fixed ? buildClaim(values, fixed) : { ok: false as const, errors: {} };
      if (!built.ok)
        return { ok: false, errors: built.errors, message: t(fixed ? 'check.fixField' : 'check.notOnPage') };
      const response = await send({ type: 'saveClaim', claim: built.claim, source: built.source });
      if (response.ok) {
        await options.onSaved?.(built.source.url ?? '');
        return { ok: true };
      }
      const { errors, other } = claimErrorsFromIssues(issueTexts(response.error), PAGE_CLAIM_LABELS);
      const message =
        other[0] ?? (Object.keys(errors).length > 0 ? t('check.fixField') : errorText(response.error));
      return { ok: false, errors, message };
    };

    const showFigure = (chosen: number): void => {
      if (!data?.figures[chosen]) return;
      const { figure, reports } = data.figures[chosen];
      const { metric, value, qualifier, side, claimant, text } = figure;
      show({
        kind: 'figure',
        shown: {
          figure: { metric, value, qualifier, side, claimant, text },
          text,
          metricLabel: reports.metric.label,
          reports: { status: 'ready', reports },
        },
        choices: data.figures.map((each) => each.figure.text),
        chosen,
        save: (offers[chosen] ?? unavailable(t('check.notOnPage'))).offer,
        metrics: data.metrics,
        claimants: [...(offers[chosen]?.fixed?.claimants ?? data.claimants)],
      });
    };

    /** The reader said what the number counts: the selection is the figure, its sentence the quote. */
    const pickMetric = async (metric: string): Promise<void> => {
      if (view.kind !== 'no-metric' || !data) return;
      const value = data.numbers[0] ?? null;
      const facts: FigureFacts = {
        metric,
        value,
        qualifier: value === null ? 'vague' : 'exact',
        side: null,
        claimant: null,
      };
      const text = read.kind === 'text' || read.kind === 'field' ? read.text.trim().slice(0, 1000) : '';
      const { selectionStart: start = 0, selectionEnd: end = 0 } = around?.context ?? {};
      const sentence = data.sentence ?? { start, text: '' };
      offers = [
        offerAt(
          start,
          end,
          Math.min(sentence.start, start),
          Math.max(sentence.start + sentence.text.length, end),
          facts,
        ),
      ];
      const shown: ShownFigure = {
        figure: { ...facts, text },
        text,
        metricLabel: data.metrics.find((each) => each.id === metric)?.label ?? metric,
        reports: { status: 'loading' },
      };
      const update = (reports: OverlayContent) => {
        if (view.kind === 'no-metric' && (view.shown?.figure.metric ?? metric) === metric)
          show({ ...view, shown: { ...shown, reports }, save: (offers[0] as PreparedOffer).offer });
      };
      update(shown.reports);
      const response = await send({ type: 'getReports', figure: shown.figure });
      update(
        response.ok
          ? { status: 'ready', reports: response.data }
          : { status: 'error', message: errorText(response.error) },
      );
    };

    const session = host.openView({
      anchor: anchorOf(read, win),
      render: (close) =>
        h(CheckOverlay, {
          view,
          linker,
          onClose: close,
          onSave,
          onChooseFigure: showFigure,
          onPickMetric: (metric) => void pickMetric(metric),
        }),
    });
    const show = (next: CheckView): void => {
      view = next;
      session.redraw();
    };
    const say = (answer: CheckAnswer, text: string): CheckAnswer => {
      show({ kind: 'message', answer, text });
      return answer;
    };

    // Answers that need no background.
    if (read.kind === 'empty') return say('no-selection', MESSAGES['no-selection']);
    if (read.kind === 'frame' || read.kind === 'password') return say(read.kind, MESSAGES[read.kind]);
    const length = read.text.length;
    if (length > MAX_SELECTION_CHARS) return say('too-long', tn('check.tooLong', length));

    const context =
      read.kind === 'field'
        ? contextWindow(read.element.value, read.start, read.end).context
        : around?.context;
    // The page's day, so the engine reads "yesterday" or "on Monday" in the selection against it.
    const published = publishedDate(doc);
    const response = await send({
      type: 'checkText',
      text: read.text,
      ...(context ? { context } : {}),
      ...(published ? { publishedDate: published } : {}),
    });
    if (!response.ok) return say('error', t('check.failed', { message: errorText(response.error) }));
    data = response.data;
    offers = data.figures.map(({ figure }) =>
      offerAt(
        figure.start,
        figure.end,
        figure.sentenceStart,
        figure.sentenceStart + figure.sentence.length,
        figure,
      ),
    );
    if (offers.length > 0) {
      showFigure(0);
      return 'figure';
    }
    if (data.numbers.length === 0) return say('no-number', MESSAGES['no-number']);
    const { numbers, candidates, metrics, claimants } = data;
    show({ kind: 'no-metric', numbers, candidates, metrics, claimants, shown: null, save: null });
    return 'no-metric';
  };

  return { check };
}
