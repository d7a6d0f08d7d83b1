/** Long article text cut for the background: every character once, no figure cut in two. */
import { describe, expect, it } from 'vitest';
import { pageSlices } from '../../../utils/content/page-slices';

function covers(text: string, max: number) {
  const slices = pageSlices(text, max);
  expect(slices[0]?.start).toBe(0);
  expect(slices.at(-1)?.end).toBe(text.length);
  for (const [index, slice] of slices.entries()) {
    expect(slice.end - slice.start).toBeLessThanOrEqual(max);
    expect(slice.end).toBeGreaterThan(slice.start);
    if (index > 0) expect(slice.start).toBe(slices[index - 1]?.end);
  }
  return slices.map((slice) => text.slice(slice.start, slice.end));
}

describe('pageSlices', () => {
  it('keeps a short text whole', () => {
    expect(pageSlices('Four helicopters.', 100)).toEqual([{ start: 0, end: 17 }]);
    expect(pageSlices('', 100)).toEqual([{ start: 0, end: 0 }]);
  });

  it('cuts after a block, then after a sentence, then at a space, and mid-word only as a last resort', () => {
    const blocks = covers('Armenia said 4 helicopters.\nAzerbaijan said 12 tanks.\nNothing else.', 40);
    expect(blocks[0]).toBe('Armenia said 4 helicopters.\n');
    const sentences = covers('Armenia said 4 helicopters. Azerbaijan said 12 tanks. Nothing else.', 40);
    expect(sentences[0]).toBe('Armenia said 4 helicopters. ');
    const words = covers('Armenia said that four Azerbaijani helicopters were downed', 30);
    expect(words[0]).toBe('Armenia said that four ');
    expect(covers('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('never splits the figures of a long article', () => {
    const paragraph = 'Officials said 4 Azerbaijani helicopters were shot down near the town. ';
    const text = Array.from({ length: 2_000 }, (_, i) => `${paragraph.repeat(1 + (i % 5))}\n`).join('');
    const parts = covers(text, 10_000);
    expect(parts.length).toBeGreaterThan(10);
    const count = (part: string) => part.split('4 Azerbaijani helicopters').length - 1;
    expect(parts.reduce((sum, part) => sum + count(part), 0)).toBe(count(text));
  });
});
