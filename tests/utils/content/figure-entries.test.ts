import { describe, expect, it } from 'vitest';
import { identifyFigures, toPageFigure } from '../../../utils/content/figure-entries';
import { extractFigures } from '../../../utils/engine/figures';

const TEXT =
  "Armenia's defence ministry said its forces shot down 4 Azerbaijani helicopters near Stepanakert. " +
  "Azerbaijan's defence ministry said it destroyed 12 Armenian tanks. " +
  "Armenia's defence ministry later said 4 Azerbaijani helicopters had been shot down.";

describe('identifyFigures', () => {
  it('gives each figure a distinct id, and repeated figures their occurrence', () => {
    const entries = identifyFigures(extractFigures(TEXT));
    const ids = entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    const helicopters = entries.filter((entry) => entry.figure.metric === 'helicopters_downed');
    expect(helicopters).toHaveLength(2);
    expect(helicopters[0]?.id).not.toBe(helicopters[1]?.id);
  });

  it('keeps ids when text is inserted above the figures (a re-rendered page)', () => {
    const before = identifyFigures(extractFigures(TEXT)).map((entry) => entry.id);
    const after = identifyFigures(extractFigures(`Live updates. Refresh for the latest.\n${TEXT}`)).map(
      (entry) => entry.id,
    );
    expect(after).toEqual(before);
  });
});

describe('toPageFigure', () => {
  it('sends what the figure counts and who claims it, not the sentence around it', () => {
    const [figure] = extractFigures(TEXT);
    if (!figure) throw new Error('no figure');
    const sent = toPageFigure(figure);
    expect(sent).toEqual({
      metric: figure.metric,
      value: 4,
      qualifier: figure.qualifier,
      side: figure.side,
      claimant: figure.claimant,
      text: figure.text,
      period: figure.period,
    });
    expect(JSON.stringify(sent)).not.toContain('Stepanakert');
  });
});
