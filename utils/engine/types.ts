/**
 * Shared types of the pure engine (no DOM, no browser APIs).
 * Claimant = who says a figure; outlet = who reports it. They never share a field.
 */

/** A claimant's allegiance in the conflict. NK is the Karabakh Armenian side. */
export type Party = 'ARM' | 'NK' | 'AZ' | 'other';

/** Whose losses a figure counts. Karabakh Armenian losses count as ARM. */
export type Side = 'AZ' | 'ARM' | null;

export type Qualifier = 'exact' | 'at_least' | 'more_than' | 'about' | 'up_to' | 'vague';

export interface ClaimantRef {
  id: string;
  label: string;
  party: Party;
}

/** A number found in text, before we know what it counts. */
export interface NumberMention {
  /** null when vague ("dozens", "hundreds"). */
  value: number | null;
  qualifier: Qualifier;
  /** How the number was written. */
  form: 'digits' | 'words' | 'implicit' | 'vague';
  /** Offsets of the whole mention, qualifier included ("at least 14"). */
  start: number;
  end: number;
  /** Offsets of the number itself ("14"), without qualifier. */
  numberStart: number;
  numberEnd: number;
}

/** A figure: a number that counts a metric, with side, claimant and sentence. */
export interface Figure {
  value: number | null;
  qualifier: Qualifier;
  /** Exactly `source.slice(start, end)`: the number (with its qualifier) through the counted noun. */
  text: string;
  start: number;
  end: number;
  metric: string;
  side: Side;
  claimant: ClaimantRef | null;
  /**
   * The time the figure counts, in the notation of utils/engine/period.ts: a day, a month, an
   * interval (a running total "so far", an era); null when the text does not say.
   */
  period: string | null;
  /** The sentence holding the figure, exactly `source.slice(sentenceStart, sentenceStart + sentence.length)`. */
  sentence: string;
  sentenceStart: number;
}

export interface CoverageInput {
  text: string;
  title?: string;
  url?: string;
  /** BCP 47 language tag when known. */
  lang?: string;
}

export interface CoverageEvidence {
  /** The cue as written in the topic pack (a term or negative cue id). */
  cue: string;
  kind: 'core' | 'context' | 'negative';
  /** Where it was found. */
  where: 'title' | 'url' | 'body';
  count: number;
  /** Contribution to the score (negative for negative cues). */
  weight: number;
}

export interface CoverageResult {
  isCoverage: boolean;
  score: number;
  evidence: CoverageEvidence[];
}
