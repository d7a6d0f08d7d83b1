/** A later slice of a long article is read for figures though it alone would not pass as coverage. */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../utils/engine/analyze';

const SLICE = 'The talks went on for hours. Later the ministry said 12 tanks were destroyed near the river.';

describe('analyzeDocument', () => {
  it('finds no figures in a text that is not coverage on its own', () => {
    const alone = analyzeDocument({ text: SLICE });
    expect(alone.coverage.isCoverage).toBe(false);
    expect(alone.figures).toEqual([]);
  });

  it('finds them in the same text sent as a later slice of a coverage article', () => {
    const continued = analyzeDocument({ text: SLICE, continued: true });
    expect(continued.figures.map((figure) => figure.text)).toEqual(['12 tanks']);
    expect(SLICE.slice(continued.figures[0]?.start, continued.figures[0]?.end)).toBe('12 tanks');
  });
});
