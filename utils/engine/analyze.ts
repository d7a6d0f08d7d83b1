/** The engine's entry for whole documents: coverage first, figures only for coverage. */
import { detectCoverage } from './coverage/coverage';
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
  input: CoverageInput & {
    /**
     * A later slice of a long article whose first slice was coverage: its figures are extracted
     * whatever this slice alone would score (the coverage returned is this slice's own).
     */
    continued?: boolean;
    /** The article's publication day (YYYY-MM-DD), or its month (YYYY-MM): figures' periods are read from it. */
    publishedDate?: string | null;
  },
  pack: TopicPackData = defaultPackData,
): DocumentAnalysis {
  const lang = detectLanguage(input.text, input.lang);
  const coverage = detectCoverage({ ...input, lang }, pack);
  const wanted = coverage.isCoverage || input.continued === true;
  return {
    lang,
    coverage,
    figures: wanted ? extractFigures(input.text, { pack, lang, publishedDate: input.publishedDate }) : [],
  };
}
