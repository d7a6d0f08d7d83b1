import { splitQuote } from '../utils/overlay/format';

export interface FigureQuoteProps {
  /** The sentence that holds the figure, as stored (untrusted text). */
  quote: string;
  /** Offsets of the figure inside `quote`. */
  figureStart: number;
  figureEnd: number;
}

/** The quote with its figure emphasised; built from text slices, so markup in it stays text. */
export function FigureQuote({ quote, figureStart, figureEnd }: FigureQuoteProps) {
  const { before, figure, after } = splitQuote(quote, figureStart, figureEnd);
  return (
    <q class="ct-quote">
      {before}
      {figure && <mark>{figure}</mark>}
      {after}
    </q>
  );
}
