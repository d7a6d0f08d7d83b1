/**
 * "The de facto authorities" of Nagorno-Karabakh speak for the Karabakh side, as "the
 * self-proclaimed" or "breakaway" ones do. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map(
    (f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? null}`,
  );

describe('the de facto authorities', () => {
  it('are the Karabakh side', () => {
    expect(read('The de facto authorities said 35 civilians had been killed since Sunday.')).toEqual([
      '35 civilians_killed ARM NK',
    ]);
    expect(read("The region's de facto government reported 14 more soldiers killed.")).toEqual([
      '14 soldiers_killed ARM NK',
    ]);
  });
});
