/**
 * Lays out a stored document for the reader page: paragraphs (one per line of the text), each cut
 * into pieces that are plain text, a stored figure, and/or part of the requested passage.
 * Pure, so the page builds its DOM from data (never from HTML strings).
 */
import type { Claim } from '../store/types';

export interface Span {
  start: number;
  end: number;
}

export interface TextPiece {
  text: string;
  start: number;
  /** The stored claim whose figure this piece is, if any. */
  claimId: string | null;
  /** Inside the passage the reader asked for. */
  inPassage: boolean;
}

/** Consecutive pieces all inside, or all outside, the passage: rendered as one element. */
export interface PieceRun {
  inPassage: boolean;
  pieces: TextPiece[];
}

export interface Paragraph {
  start: number;
  pieces: TextPiece[];
}

/** Groups a paragraph's pieces into runs, so the passage is one element the page can focus. */
export function pieceRuns(pieces: readonly TextPiece[]): PieceRun[] {
  const runs: PieceRun[] = [];
  for (const piece of pieces) {
    const last = runs[runs.length - 1];
    if (last && last.inPassage === piece.inPassage) last.pieces.push(piece);
    else runs.push({ inPassage: piece.inPassage, pieces: [piece] });
  }
  return runs;
}

/**
 * The passage to show for a claim: its sentence (the claim's quote) when the quote sits at the
 * claim's offsets in the text, else the figure alone. Null when the offsets do not fit the text.
 */
export function claimPassage(
  text: string,
  claim: Pick<Claim, 'start' | 'end' | 'quote' | 'quoteFigureStart'>,
): Span | null {
  if (claim.start < 0 || claim.end > text.length || claim.end <= claim.start) return null;
  const sentenceStart = claim.start - claim.quoteFigureStart;
  const sentenceEnd = sentenceStart + claim.quote.length;
  if (sentenceStart >= 0 && text.slice(sentenceStart, sentenceEnd) === claim.quote) {
    return { start: sentenceStart, end: sentenceEnd };
  }
  return { start: claim.start, end: claim.end };
}

/** Figures must sit inside the text; overlapping ones keep the earlier. */
function validFigures(text: string, figures: readonly (Span & { id: string })[]): (Span & { id: string })[] {
  const sorted = figures
    .filter((figure) => figure.start >= 0 && figure.end <= text.length && figure.end > figure.start)
    .sort((a, b) => a.start - b.start);
  const kept: (Span & { id: string })[] = [];
  for (const figure of sorted) {
    const last = kept[kept.length - 1];
    if (!last || figure.start >= last.end) kept.push(figure);
  }
  return kept;
}

export function readerParagraphs(
  text: string,
  figures: readonly (Span & { id: string })[],
  passage: Span | null,
): Paragraph[] {
  const marks = validFigures(text, figures);
  const cuts = new Set<number>([0, text.length]);
  for (const mark of marks) cuts.add(mark.start).add(mark.end);
  if (passage) cuts.add(passage.start).add(passage.end);
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) cuts.add(at).add(at + 1);
  const points = [...cuts].filter((at) => at >= 0 && at <= text.length).sort((a, b) => a - b);

  const paragraphs: Paragraph[] = [];
  let current: Paragraph = { start: 0, pieces: [] };
  let markIndex = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const piece = text.slice(start, end);
    if (piece === '\n') {
      paragraphs.push(current);
      current = { start: end, pieces: [] };
      continue;
    }
    while (markIndex < marks.length && (marks[markIndex] as Span).end <= start) markIndex++;
    const mark = marks[markIndex];
    current.pieces.push({
      text: piece,
      start,
      claimId: mark && mark.start <= start && end <= mark.end ? mark.id : null,
      inPassage: passage !== null && passage.start <= start && end <= passage.end,
    });
  }
  paragraphs.push(current);
  return paragraphs.filter((paragraph) => paragraph.pieces.some((piece) => piece.text.trim() !== ''));
}
