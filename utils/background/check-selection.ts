/**
 * "Check this figure" in the background: the engine reads the selection inside the text around
 * it, so a figure gets the claimant of its own sentence ("..., the ministry said"), and only
 * figures the reader selected (wholly or in part) come back, each with its reports. Without a
 * figure: the nearest candidates, the selection's numbers, and every metric to pick from.
 * `publishedDate` is the page's day: relative words ("yesterday", a weekday) are read against it,
 * and without it they give no period (never guessed).
 */
import { extractFigures } from '../engine/figures';
import { spanIndexAt, splitSentences } from '../engine/sentences';
import { defaultPackData, type TopicPackData } from '../engine/topic-pack';
import type { CheckContext, SelectionCheck } from '../messaging/protocol';
import { candidatesFor, plainNumbers, withReports } from '../store/check-text';
import type { CrosstallyDb } from '../store/db';

function selectionSentence(text: string, at: number): SelectionCheck['sentence'] {
  const spans = splitSentences(text);
  const span = spans[spanIndexAt(spans, at)];
  return span ? { text: text.slice(span.start, span.end), start: span.start } : null;
}

export async function checkSelectionText(
  db: CrosstallyDb,
  selection: string,
  context?: CheckContext,
  publishedDate?: string,
  pack: TopicPackData = defaultPackData,
): Promise<SelectionCheck> {
  const text = context?.text ?? selection;
  const start = context?.selectionStart ?? 0;
  const end = context?.selectionEnd ?? selection.length;
  const figures = extractFigures(text, { pack, publishedDate: publishedDate ?? null }).filter(
    (f) => f.start < Math.max(end, start + 1) && f.end > start,
  );
  let at = start;
  while (at < end - 1 && /\s/.test(text[at] ?? '')) at++;
  const sentence = selectionSentence(text, at);
  const checked = await withReports(db, figures, pack);

  return {
    figures: checked,
    candidates: figures.length ? [] : await candidatesFor(db, selection, pack, sentence?.text ?? selection),
    numbers: plainNumbers(selection),
    sentence,
    metrics: pack.metrics.map((metric) => ({ id: metric.id, label: metric.label })),
    claimants: pack.claimants.map(({ id, label, party }) => ({ id, label, party })),
  };
}
