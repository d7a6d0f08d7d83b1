/**
 * The engine against the hand-labelled figures of the five seed documents
 * (tests/fixtures/seed-figures.json): every labelled figure is found with the
 * right fields, and nothing else is reported.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import manifest from '../../../assets/seeds/manifest.json';
import { extractFigures } from '../../../utils/engine/figures';
import labels from '../../fixtures/seed-figures.json';
import { type FigureLabel, figureAt, figureFields, labelFields, labelOffset } from './label-matching';

describe.each(labels.documents)('seed document $id', (doc) => {
  const text = readFileSync(new URL(`../../../assets/seeds/${doc.id}`, import.meta.url), 'utf8');
  const publishedDate = manifest.find((entry) => entry.id === doc.id)?.publishedDate ?? null;
  const figures = extractFigures(text, { publishedDate });
  const expected = (doc.figures as FigureLabel[]).map((label) => ({ label, at: labelOffset(text, label) }));

  it.each(expected)('finds "$label.context"', ({ label, at }) => {
    const found = figureAt(figures, at);
    expect(found && figureFields(found), `figure at "${label.context}"`).toEqual(labelFields(label));
    expect(found?.period, `period of "${label.context}"`).toBe(label.period);
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
