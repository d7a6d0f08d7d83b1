/**
 * Whether marks are really painted, read from a screenshot: the highlight's amber tint over a
 * figure, and none over the unmarked words just before it. Registered ranges alone do not show
 * that the stylesheet with the `::highlight` rules reached the page. Used in Chromium and Firefox.
 */
import type { Image } from './harness/png';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Runs in the page (sent as source text: nothing from this module's scope). The first figure
 * mark of the story body that has unmarked text before it in the same text node, scrolled into
 * view: its box, and the box of those unmarked words. `figurePriority`: layerPriority('figure').
 */
export function markAndPlainBoxes(figurePriority: number): { mark: Box; plain: Box } | null {
  const registry = (CSS as unknown as { highlights: Map<string, Highlight> }).highlights;
  const figures = [...registry.values()].find((each) => each.priority === figurePriority);
  const ranges = [...(figures ?? [])] as Range[];
  const body = document.querySelector('.story-body');
  const mark = ranges.find(
    (range) =>
      body?.contains(range.startContainer) && range.startContainer.nodeType === 3 && range.startOffset >= 8,
  );
  if (!mark) return null;
  mark.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const plain = document.createRange();
  plain.setStart(mark.startContainer, 0);
  plain.setEnd(mark.startContainer, mark.startOffset - 2);
  const markBox = mark.getClientRects()[0];
  const plainBox = [...plain.getClientRects()].at(-1);
  if (!markBox || !plainBox) return null;
  return {
    mark: { x: markBox.x, y: markBox.y, width: markBox.width, height: markBox.height },
    plain: { x: plainBox.x, y: plainBox.y, width: plainBox.width, height: plainBox.height },
  };
}

/**
 * Share of the box's pixels tinted amber: red and green well above blue, as the highlight's
 * translucent amber leaves a light page (plain text and background are grey or white).
 */
export function amberShare(image: Image, box: Box, scale = 1): number {
  const left = Math.max(0, Math.round(box.x * scale));
  const top = Math.max(0, Math.round(box.y * scale));
  const right = Math.min(image.width, Math.round((box.x + box.width) * scale));
  const bottom = Math.min(image.height, Math.round((box.y + box.height) * scale));
  let tinted = 0;
  let all = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      const [red, green, blue] = image.rgb(x, y);
      if (red - blue > 25 && green - blue > 15) tinted++;
      all++;
    }
  }
  return all === 0 ? 0 : tinted / all;
}
