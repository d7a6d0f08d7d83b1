/**
 * Figure extraction in idle slices: the text is cut at block boundaries into chunks of bounded
 * size, each extracted in one slice, so a long article never blocks the page for long. A claimant
 * named in one chunk is not carried into the next; chunks are large enough that this is rare.
 */
import { runInIdleChunks } from '../dom/idle';
import { extractFigures } from '../engine/figures';
import type { TopicPackData } from '../engine/topic-pack';
import type { Figure } from '../engine/types';

/** About 20 ms of extraction in Chromium: a few screens of article text. */
export const EXTRACT_CHUNK_CHARS = 16_000;
/** Text past this is not read for figures (coverage pages are articles, not books). */
export const MAX_EXTRACT_CHARS = 600_000;

export interface TextChunk {
  start: number;
  end: number;
}

/**
 * Splits `text` (up to `maxChars`) into chunks of at most `chunkChars`, each ending at a block
 * boundary ("\n") when one exists in the chunk's second half, so sentences are rarely cut.
 */
export function chunkText(
  text: string,
  chunkChars = EXTRACT_CHUNK_CHARS,
  maxChars = MAX_EXTRACT_CHARS,
): TextChunk[] {
  const limit = Math.min(text.length, maxChars);
  const chunks: TextChunk[] = [];
  let start = 0;
  while (start < limit) {
    let end = Math.min(start + chunkChars, limit);
    if (end < limit) {
      const boundary = text.lastIndexOf('\n', end);
      if (boundary > start + chunkChars / 2) end = boundary + 1;
    }
    chunks.push({ start, end });
    start = end;
  }
  return chunks;
}

function shifted(figure: Figure, offset: number): Figure {
  return {
    ...figure,
    start: figure.start + offset,
    end: figure.end + offset,
    sentenceStart: figure.sentenceStart + offset,
  };
}

/** Every figure of `text` in reading order, or null when `signal` aborts first. */
export async function extractFiguresWhenIdle(
  text: string,
  options: { signal: AbortSignal; pack?: TopicPackData; win?: Window },
): Promise<Figure[] | null> {
  const figures: Figure[] = [];
  const { completed } = await runInIdleChunks(
    chunkText(text),
    (chunk) => {
      for (const figure of extractFigures(text.slice(chunk.start, chunk.end), { pack: options.pack })) {
        figures.push(shifted(figure, chunk.start));
      }
    },
    { signal: options.signal, win: options.win, budgetMs: 16 },
  );
  return completed ? figures : null;
}
