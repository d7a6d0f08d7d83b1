/**
 * A body's figures or data speak for it: "Azerbaijan's defence ministry figures show …", "health
 * ministry data showed that …", "the prosecutor's figures show …" after a sentence naming the
 * party. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} ${f.claimant?.party ?? null}`);

describe('figures and data that speak for their body', () => {
  it.each([
    ['Azerbaijan’s defence ministry figures show 2,880 soldiers were killed.', '2880 soldiers_killed AZ'],
    ['Armenian health ministry data showed that 3,600 servicemen had died.', '3600 soldiers_killed ARM'],
    [
      'Baku said on Friday that 20 soldiers died. The prosecutor’s figures show 94 civilians were killed.',
      '94 civilians_killed AZ',
    ],
  ])('%s', (text, figure) => {
    expect(read(text)).toContain(figure);
  });
});
