/** The engine's entry for whole documents: coverage first, figures only for coverage. */
import { detectCoverage } from './coverage';
import { extractFigures } from './figures';
import { detectLanguage } from './language';
import { defaultPackData, type TopicPackData } from './topic-pack';
import type { CoverageInput, CoverageResult, Figure } from './types';

export interface DocumentAnalysis {
  /** Primary language subtag the text was read in. */
  lang: string;
  coverage: CoverageResult;
  /** Empty when the document is not Nagorno-Karabakh coverage. */
  figures: Figure[];
}

export function analyzeDocument(
  input: CoverageInput,
  pack: TopicPackData = defaultPackData,
): DocumentAnalysis {
  const lang = detectLanguage(input.text, input.lang);
  const coverage = detectCoverage({ ...input, lang }, pack);
  return { lang, coverage, figures: coverage.isCoverage ? extractFigures(input.text, { pack, lang }) : [] };
}
