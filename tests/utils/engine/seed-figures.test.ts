/**
 * The engine against the hand-labelled figures of the five seed documents
 * (tests/fixtures/seed-figures.json): every labelled figure is found with the
 * right fields, and nothing else is reported.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';
import type { Figure } from '../../../utils/engine/types';
import labels from '../../fixtures/seed-figures.json';

interface Label {
  context: string;
  number: string;
  value: number | null;
  qualifier: string;
  metric: string;
  side: string | null;
  claimant: string | null;
}

function numberOffset(text: string, label: Label): number {
  const at = text.indexOf(label.context);
  const inner = new RegExp(`(?<![\\w-])${label.number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).exec(
    label.context,
  );
  if (at === -1 || !inner) throw new Error(`label context not found: ${label.context}`);
  return at + inner.index;
}

function summarize(f: Figure | undefined) {
  return f && { value: f.value, qualifier: f.qualifier, metric: f.metric, side: f.side, claimant: f.claimant?.id ?? null };
}

describe.each(labels.documents)('seed document $id', (doc) => {
  const text = readFileSync(new URL(`../../../assets/seeds/${doc.id}`, import.meta.url), 'utf8');
  const figures = extractFigures(text);
  const expected = (doc.figures as Label[]).map((label) => ({ label, at: numberOffset(text, label) }));

  it.each(expected)('finds "$label.context"', ({ label, at }) => {
    const found = figures.find((f) => f.start <= at && at < f.end);
    expect(summarize(found), `figure at "${label.context}"`).toEqual({
      value: label.value,
      qualifier: label.qualifier,
      metric: label.metric,
      side: label.side,
      claimant: label.claimant,
    });
  });

  it('reports nothing that is not a labelled figure', () => {
    const extra = figures.filter((f) => !expected.some(({ at }) => f.start <= at && at < f.end));
    expect(extra.map((f) => `${f.text} [${f.metric}] in: ${f.sentence}`)).toEqual([]);
  });

  it('gives offsets that slice exactly the figure text and sentence', () => {
    for (const f of figures) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(text.slice(f.sentenceStart, f.sentenceStart + f.sentence.length)).toBe(f.sentence);
    }
  });
});
