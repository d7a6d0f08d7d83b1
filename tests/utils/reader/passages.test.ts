import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimPassage, pieceRuns, readerParagraphs } from '../../../utils/reader/passages';

const TEXT =
  'Fighting flared on Sunday.\nArmenia said it shot down two helicopters. Azerbaijan denied it.\n\nMore later.';
const two = TEXT.indexOf('two helicopters');

describe('claimPassage', () => {
  it('is the claim’s sentence when its quote sits at the claim', () => {
    const quote = 'Armenia said it shot down two helicopters.';
    const passage = claimPassage(TEXT, {
      start: two,
      end: two + 15,
      quote,
      quoteFigureStart: quote.indexOf('two'),
    });
    expect(passage && TEXT.slice(passage.start, passage.end)).toBe(quote);
  });

  it('is the figure alone when the quote does not match the text, and null for offsets off the text', () => {
    const claim = { start: two, end: two + 15, quote: 'Another sentence entirely.', quoteFigureStart: 3 };
    expect(claimPassage(TEXT, claim)).toEqual({ start: two, end: two + 15 });
    expect(claimPassage(TEXT, { ...claim, end: TEXT.length + 5 })).toBeNull();
  });
});

describe('readerParagraphs', () => {
  it('makes a paragraph per line, drops empty ones, and marks figures and the passage', () => {
    const passage = { start: TEXT.indexOf('Armenia'), end: TEXT.indexOf(' Azerbaijan denied') };
    const paragraphs = readerParagraphs(TEXT, [{ id: 'c1', start: two, end: two + 15 }], passage);
    expect(paragraphs.map((paragraph) => paragraph.pieces.map((piece) => piece.text).join(''))).toEqual([
      'Fighting flared on Sunday.',
      'Armenia said it shot down two helicopters. Azerbaijan denied it.',
      'More later.',
    ]);
    const pieces = paragraphs[1]?.pieces ?? [];
    expect(pieces.find((piece) => piece.claimId === 'c1')?.text).toBe('two helicopters');
    expect(
      pieceRuns(pieces)
        .filter((run) => run.inPassage)
        .map((run) => run.pieces.map((piece) => piece.text).join('')),
    ).toEqual(['Armenia said it shot down two helicopters.']);
  });

  it('keeps every character of the text, in order, whatever the figures', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '.'), maxLength: 80 }),
        fc.array(fc.tuple(fc.nat(90), fc.nat(20)), { maxLength: 6 }),
        (text, spans) => {
          const figures = spans.map(([start, length], index) => ({
            id: `f${index}`,
            start,
            end: start + length,
          }));
          const pieces = readerParagraphs(text, figures, null).flatMap((paragraph) => paragraph.pieces);
          for (const piece of pieces)
            expect(text.slice(piece.start, piece.start + piece.text.length)).toBe(piece.text);
          const kept = pieces.map((piece) => piece.text).join('');
          expect(kept.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        },
      ),
    );
  });
});
