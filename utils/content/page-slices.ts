/**
 * Long articles go to the background in slices (MAX_PAGE_TEXT_CHARS each). A slice ends where a
 * figure cannot straddle it: at a block boundary ("\n" in collected text) in its second half if
 * there is one, else after a sentence, else at a space, and only as a last resort mid-word.
 */

export interface TextSlice {
  start: number;
  end: number;
}

const SENTENCE_END = /[.!?]["'”’)\]]*\s/g;

function lastSentenceEnd(text: string, from: number, to: number): number {
  SENTENCE_END.lastIndex = from;
  let cut = -1;
  for (let match = SENTENCE_END.exec(text); match && match.index < to; match = SENTENCE_END.exec(text)) {
    const end = match.index + match[0].length;
    if (end <= to) cut = end;
  }
  return cut;
}

/** Where the slice starting at `start` ends, at most `maxChars` later. */
function sliceEnd(text: string, start: number, maxChars: number): number {
  const limit = start + maxChars;
  if (limit >= text.length) return text.length;
  const half = start + Math.floor(maxChars / 2);
  const block = text.lastIndexOf('\n', limit - 1);
  if (block >= half) return block + 1;
  const sentence = lastSentenceEnd(text, half, limit);
  if (sentence > half) return sentence;
  const space = text.lastIndexOf(' ', limit - 1);
  return space >= half ? space + 1 : limit;
}

/** The text cut into consecutive slices of at most `maxChars`, covering all of it. */
export function pageSlices(text: string, maxChars: number): TextSlice[] {
  if (maxChars < 1) throw new RangeError('a slice holds at least one character');
  const slices: TextSlice[] = [];
  let start = 0;
  do {
    const end = sliceEnd(text, start, maxChars);
    slices.push({ start, end });
    start = end;
  } while (start < text.length);
  return slices;
}
