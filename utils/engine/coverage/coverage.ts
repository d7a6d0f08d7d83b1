/**
 * Does a text cover the Nagorno-Karabakh conflict? A weighted-evidence score over
 * the topic pack's coverage terms. All vocabulary lives in the pack; this module
 * only knows how evidence adds up (see CoverageScoringSpec for the knobs).
 *
 * Most pages are not coverage, so the first step is one precompiled regex over
 * text, title and URL; when no core term appears anywhere, nothing else runs.
 */

import { defaultPackData, type TopicPackData } from '../topic-pack';
import type { CoverageInput, CoverageResult } from '../types';
import { foldText } from './fold';
import { COVERAGE_SAMPLE_CHARS, compileCoverageGate, passesCoverageGate } from './gate';
import { inOwnLanguage } from './own-language';
import { type CompiledCoverage, compileCoverage, type Hit, scanHits } from './patterns';
import { type Located, type Scanned, score, type Where } from './score';

function notCoverage(): CoverageResult {
  return { isCoverage: false, score: 0, evidence: [] };
}

function asString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** URL slugs as words: decoded, with separators as spaces (/nagorno-karabakh-clashes/). */
function urlWords(url: string): string {
  if (url === '') return '';
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    // A malformed escape keeps the raw URL; its ASCII slug words still count.
  }
  return decoded.replace(/[/_+.?=&#:%~]+/g, ' ');
}

function primaryLanguage(lang: string): string | null {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0];
  return primary ? primary : null;
}

/** Hits outside every mask span (both lists sorted and non-overlapping, so one linear walk). */
function withoutMasked(hits: Hit[], masks: Hit[]): Hit[] {
  const kept: Hit[] = [];
  let m = 0;
  for (const hit of hits) {
    while (m < masks.length && (masks[m] as Hit).end <= hit.start) m++;
    const mask = masks[m];
    if (!mask || mask.start >= hit.end) kept.push(hit);
  }
  return kept;
}

function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code <= 32 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function scanAll(compiled: CompiledCoverage, places: Record<Where, string>, lang: string | null): Scanned {
  const core: Located[] = [];
  const negative: Located[] = [];
  const context: Located[] = [];
  for (const where of ['title', 'url', 'body'] as const) {
    const text = places[where];
    const neg = inOwnLanguage(compiled.negative, text, scanHits(compiled.negative, text), lang);
    const masks = neg.filter((h) => compiled.negative.specs[h.spec]?.masksCore === true);
    const coreHits = inOwnLanguage(compiled.core, text, scanHits(compiled.core, text), lang);
    core.push({ where, hits: withoutMasked(coreHits, masks) });
    negative.push({ where, hits: neg });
    if (where !== 'url') {
      // A "Related:" line is page chrome: its context words do not describe this text either.
      const ctx = inOwnLanguage(compiled.context, text, scanHits(compiled.context, text), lang);
      context.push({ where, hits: withoutMasked(ctx, masks) });
    }
  }
  return { core, context, negative, words: countWords(places.body) };
}

/**
 * Decides whether a text covers the pack's conflict. Never throws: on any failure
 * or odd input it answers "not coverage" with score 0.
 */
const gates = new WeakMap<TopicPackData, RegExp | null>();

function gateFor(pack: TopicPackData): RegExp | null {
  let gate = gates.get(pack);
  if (gate === undefined) {
    gate = compileCoverageGate(pack.coverageGate);
    gates.set(pack, gate);
  }
  return gate;
}

export function detectCoverage(input: CoverageInput, pack: TopicPackData = defaultPackData): CoverageResult {
  try {
    const places: Record<Where, string> = {
      body: asString(input?.text),
      title: asString(input?.title),
      url: urlWords(asString(input?.url)),
    };
    if (!passesCoverageGate(gateFor(pack), input)) return notCoverage();
    const compiled = compileCoverage(pack);
    const lang = primaryLanguage(asString(input?.lang));
    const folded: Record<Where, string> = {
      // An article is judged by its first characters, as the content script's gate judges a page.
      body: foldText(places.body.slice(0, COVERAGE_SAMPLE_CHARS)),
      title: foldText(places.title),
      url: foldText(places.url),
    };
    return score(compiled, folded.body, scanAll(compiled, folded, lang));
  } catch {
    return notCoverage();
  }
}
