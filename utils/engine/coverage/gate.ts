/**
 * The cheap first test of coverage: plain, case-insensitive stems of the core
 * terms ("karab", "artsa", "stepanak"…), found anywhere in the text, title or
 * URL. It runs on every page the reader opens, in the page itself, so it is one
 * small regex without the Unicode flag, compiled once. It may pass a text the
 * full score rejects, never the other way round (tests/utils/engine/coverage/gate.test.ts).
 */
import type { CoverageInput, CoverageResult } from '../types';

/**
 * Characters of a page's text that decide whether it covers the topic: the content script's gate
 * reads this much from the page's start, and the engine scores the same first characters of an
 * article. A news page's headline, standfirst and first paragraphs fit many times over (article
 * text runs 3–30 kB); on 1 MB of coverage in each of eight languages the verdict at this length is
 * the one at 256 kB, the score within 2%, for an eighth of the work.
 */
export const COVERAGE_SAMPLE_CHARS = 32_000;

/** The verdict on a page the gate (or the full test) turned away. */
export const NOT_COVERAGE: CoverageResult = { isCoverage: false, score: 0, evidence: [] };

export interface CoverageGateSpec {
  stems: string[];
}

function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function compileCoverageGate(spec: CoverageGateSpec | undefined): RegExp | null {
  const stems = (spec?.stems ?? []).filter((s) => typeof s === 'string' && s.length > 0);
  return stems.length > 0 ? new RegExp(stems.map(escapeRegex).join('|'), 'i') : null;
}

/** Whether the page may be coverage and deserves the full score. */
export function passesCoverageGate(gate: RegExp | null, input: CoverageInput): boolean {
  if (!gate) return false;
  const fields = [input?.text, input?.title, input?.url];
  return fields.some((field) => typeof field === 'string' && gate.test(field));
}
