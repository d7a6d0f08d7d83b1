/**
 * The engine on held-out news texts written apart from it (tests/fixtures/heldout,
 * labelled by hand without reading the engine). Unlike the seed corpus these
 * are not expected to be perfect: the test holds the measured quality as a
 * floor, so a change that makes the engine worse on unseen text fails.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../utils/engine/analyze';
import labels from '../../fixtures/heldout/labels.json';
import {
  type FigureLabel,
  figureAt,
  figureFields,
  LABEL_FIELDS,
  labelFields,
  labelOffset,
} from './label-matching';

const dir = new URL('../../fixtures/heldout/', import.meta.url);

function evaluate() {
  let found = 0;
  let missed = 0;
  let extra = 0;
  let coverageRight = 0;
  const fieldsRight: Record<string, number> = Object.fromEntries(LABEL_FIELDS.map((f) => [f, 0]));
  for (const doc of labels.documents) {
    const text = readFileSync(new URL(doc.id, dir), 'utf8');
    const { coverage, figures } = analyzeDocument({ text });
    if (coverage.isCoverage === doc.coverage) coverageRight++;
    const matched = new Set<number>();
    for (const label of doc.figures as FigureLabel[]) {
      const figure = figureAt(figures, labelOffset(text, label));
      if (!figure) {
        missed++;
        continue;
      }
      found++;
      matched.add(figures.indexOf(figure));
      const got = figureFields(figure);
      const want = labelFields(label);
      for (const field of LABEL_FIELDS)
        if (got[field] === want[field]) fieldsRight[field] = (fieldsRight[field] ?? 0) + 1;
    }
    extra += figures.filter((_, i) => !matched.has(i)).length;
  }
  return { found, missed, extra, coverageRight, fieldsRight, documents: labels.documents.length };
}

describe('held-out news texts', () => {
  const result = evaluate();
  const recall = result.found / (result.found + result.missed);
  const precision = result.found / (result.found + result.extra);

  it('tells coverage from look-alikes', () => {
    expect(result.coverageRight).toBe(result.documents);
  });

  // Floors set just under the measured quality (recall 0.86, precision 0.98 on 2026-11-21).
  it('finds most labelled figures and reports few that are not figures', () => {
    expect(recall).toBeGreaterThanOrEqual(0.82);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });

  it('gets the fields of the figures it finds right', () => {
    for (const field of LABEL_FIELDS) {
      expect((result.fieldsRight[field] ?? 0) / result.found, field).toBeGreaterThanOrEqual(
        field === 'side' || field === 'claimant' ? 0.8 : 0.95,
      );
    }
  });
});
