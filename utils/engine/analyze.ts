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
  input: CoverageInput,
  pack: TopicPackData = defaultPackData,
): DocumentAnalysis {
  const coverage = detectCoverage(input, pack);
  return { coverage, figures: coverage.isCoverage ? extractFigures(input.text, { pack }) : [] };
}
