/** The engine's entry for whole documents: coverage first, figures only for coverage. */
import { detectCoverage } from './coverage';
import { extractFigures } from './figures';
import { defaultPackData, type TopicPackData } from './topic-pack';
import type { CoverageInput, CoverageResult, Figure } from './types';

export interface DocumentAnalysis {
  coverage: CoverageResult;
  /** Empty when the document is not Nagorno-Karabakh coverage. */
  figures: Figure[];
}

export function analyzeDocument(
  input: CoverageInput & {
    /**
     * A later slice of a long article whose first slice was coverage: its figures are extracted
     * whatever this slice alone would score (the coverage returned is this slice's own).
     */
    continued?: boolean;
  },
  pack: TopicPackData = defaultPackData,
): DocumentAnalysis {
  const coverage = detectCoverage(input, pack);
  const wanted = coverage.isCoverage || input.continued === true;
  return { coverage, figures: wanted ? extractFigures(input.text, { pack }) : [] };
}
