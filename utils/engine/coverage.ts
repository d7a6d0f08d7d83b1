/**
 * Does a text cover the Nagorno-Karabakh conflict? A weighted-evidence score over
 * the topic pack's coverage terms. All vocabulary lives in the pack; this module
 * only knows how evidence adds up (see CoverageScoringSpec for the knobs).
 *
 * Most pages are not coverage, so the first step is one precompiled regex over
 * text, title and URL; when no core term appears anywhere, nothing else runs.
 */
import { foldText } from './coverage-fold';
import { type CompiledCoverage, compileCoverage, type Hit, scanHits } from './coverage-patterns';
import { type CoverageScoringSpec, defaultPackData, type TopicPackData } from './topic-pack';
import type { CoverageEvidence, CoverageInput, CoverageResult } from './types';

type Where = CoverageEvidence['where'];

interface Located {
  where: Where;
  hits: Hit[];
}

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

/** Distinct places holding a hit: lines, with long lines cut every `placeChars`. */
function countPlaces(text: string, hits: Hit[], placeChars: number): number {
  const places = new Set<string>();
  let line = 0;
  let lineStart = 0;
  let newline = text.indexOf('\n');
  for (const hit of hits) {
    while (newline >= 0 && newline < hit.start) {
      line++;
      lineStart = newline + 1;
      newline = text.indexOf('\n', lineStart);
    }
    places.add(`${line}:${Math.floor((hit.start - lineStart) / Math.max(1, placeChars))}`);
  }
  return places.size;
}

/** How much a repeated cue counts, in multiples of its weight. */
function repeatFactor(count: number, scoring: CoverageScoringSpec): number {
  return Math.min(scoring.countCap, 1 + Math.log2(Math.max(1, count)) / 2);
}

function countBySpec(located: Located[], specCount: number): Map<Where, number[]> {
  const counts = new Map<Where, number[]>();
  for (const { where, hits } of located) {
    const perSpec = new Array<number>(specCount).fill(0);
    for (const hit of hits) perSpec[hit.spec] = (perSpec[hit.spec] ?? 0) + 1;
    counts.set(where, perSpec);
  }
  return counts;
}

/** Two decimals, and never -0 (a silenced cue reads as weight 0). */
function round(value: number): number {
  return Math.round(value * 100) / 100 || 0;
}

interface Scanned {
  /** Core mentions outside masking cues ("Qarabag FK", a "Related:" line). */
  core: Located[];
  context: Located[];
  negative: Located[];
  words: number;
}

function scanAll(compiled: CompiledCoverage, places: Record<Where, string>, lang: string | null): Scanned {
  const applies = (spec: { langs?: string[] }): boolean =>
    lang === null || !Array.isArray(spec.langs) || spec.langs.some((l) => l.toLowerCase() === lang);
  const core: Located[] = [];
  const negative: Located[] = [];
  const context: Located[] = [];
  for (const where of ['title', 'url', 'body'] as const) {
    const text = places[where];
    const neg = scanHits(compiled.negative, text).filter((h) =>
      applies(compiled.negative.specs[h.spec] ?? {}),
    );
    const masks = neg.filter((h) => compiled.negative.specs[h.spec]?.masksCore === true);
    const coreHits = scanHits(compiled.core, text).filter((h) => applies(compiled.core.specs[h.spec] ?? {}));
    core.push({ where, hits: withoutMasked(coreHits, masks) });
    negative.push({ where, hits: neg });
    if (where !== 'url') {
      // A "Related:" line is page chrome: its context words do not describe this text either.
      const ctx = scanHits(compiled.context, text).filter((h) =>
        applies(compiled.context.specs[h.spec] ?? {}),
      );
      context.push({ where, hits: withoutMasked(ctx, masks) });
    }
  }
  return { core, context, negative, words: countWords(places.body) };
}

function score(compiled: CompiledCoverage, places: Record<Where, string>, scanned: Scanned): CoverageResult {
  const { scoring } = compiled;
  const evidence: CoverageEvidence[] = [];
  const body = scanned.core.find((l) => l.where === 'body')?.hits ?? [];
  const coreCounts = countBySpec(scanned.core, compiled.core.specs.length);
  let coreMentions = 0;
  let coreBody = 0;
  let coreHeadline = 0;
  for (const [where, perSpec] of coreCounts) {
    perSpec.forEach((count, k) => {
      const spec = compiled.core.specs[k];
      if (!spec || count === 0) return;
      const factor =
        where === 'title'
          ? scoring.titleFactor
          : where === 'url'
            ? scoring.urlFactor
            : repeatFactor(count, scoring);
      const weight = spec.weight * factor;
      coreMentions += count;
      if (where === 'body') coreBody += weight;
      else coreHeadline += weight;
      evidence.push({ cue: spec.term, kind: 'core', where, count, weight });
    });
  }

  const places_ = countPlaces(places.body, body, scoring.spread.placeChars);
  const spread =
    places_ >= 2 ? scoring.spread.weightPerPlace * (Math.min(places_, scoring.spread.maxPlaces) - 1) : 0;
  if (spread > 0)
    evidence.push({ cue: scoring.spread.id, kind: 'core', where: 'body', count: places_, weight: spread });
  const perThousand = (body.length / Math.max(scanned.words, scoring.density.minWords)) * 1000;
  // A single mention is not density: short texts would otherwise get it for free.
  const density =
    body.length > 1 ? scoring.density.weight * Math.min(1, perThousand / scoring.density.fullPerThousand) : 0;
  if (density > 0) {
    // count carries the density itself: core mentions per 1000 words.
    evidence.push({
      cue: scoring.density.id,
      kind: 'core',
      where: 'body',
      count: Math.max(1, Math.round(perThousand)),
      weight: density,
    });
  }

  // Context only supports core evidence; on its own it describes any Armenia/Azerbaijan story.
  const contextTotal = coreMentions > 0 ? addContext(compiled, scanned, evidence) : 0;
  const first = body[0];
  const last = body[body.length - 1];
  const passing =
    coreHeadline === 0 &&
    first !== undefined &&
    last !== undefined &&
    scanned.words >= scoring.passing.minWords &&
    last.start - first.start <= scoring.passing.maxSpanChars;
  const coreParts = coreBody + spread + density;
  let coreScore = coreHeadline + coreParts;
  if (passing) {
    const weight = -(1 - scoring.passing.factor) * (coreParts + contextTotal);
    coreScore -= (1 - scoring.passing.factor) * coreParts;
    evidence.push({ cue: scoring.passing.id, kind: 'negative', where: 'body', count: body.length, weight });
  }
  addNegatives(compiled, scanned, coreMentions, coreScore, evidence);

  const rounded = evidence.map((e) => ({ ...e, weight: round(e.weight) }));
  rounded.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  const total = round(
    Math.max(
      0,
      evidence.reduce((sum, e) => sum + e.weight, 0),
    ),
  );
  return { isCoverage: total >= compiled.threshold, score: total, evidence: rounded };
}

/** Context terms (capped together) and pairs; returns what they add. */
function addContext(compiled: CompiledCoverage, scanned: Scanned, evidence: CoverageEvidence[]): number {
  const { scoring } = compiled;
  const entries: CoverageEvidence[] = [];
  const present = new Map<string, number>();
  for (const [where, perSpec] of countBySpec(scanned.context, compiled.context.specs.length)) {
    perSpec.forEach((count, k) => {
      const spec = compiled.context.specs[k];
      if (!spec || count === 0) return;
      const weight = where === 'title' ? spec.weight : spec.weight * repeatFactor(count, scoring);
      present.set(spec.term, (present.get(spec.term) ?? 0) + count);
      entries.push({ cue: spec.term, kind: 'context', where, count, weight });
    });
  }
  const sum = entries.reduce((s, e) => s + e.weight, 0);
  const scale = sum > scoring.contextCap ? scoring.contextCap / sum : 1;
  for (const entry of entries) evidence.push({ ...entry, weight: entry.weight * scale });
  let total = sum * scale;
  for (const pair of compiled.pairs) {
    const counts = (Array.isArray(pair.terms) ? pair.terms : []).map((term) => present.get(term) ?? 0);
    if (counts.length === 0 || counts.some((c) => c === 0)) continue;
    evidence.push({
      cue: pair.id,
      kind: 'context',
      where: 'body',
      count: Math.min(...counts),
      weight: pair.weight,
    });
    total += pair.weight;
  }
  return total;
}

/** Look-alike cues, applied per group: in proportion to how they outnumber core mentions. */
function addNegatives(
  compiled: CompiledCoverage,
  scanned: Scanned,
  coreMentions: number,
  coreScore: number,
  evidence: CoverageEvidence[],
): void {
  const { scoring } = compiled;
  const groups = new Map<string, { raw: number; count: number; entries: CoverageEvidence[] }>();
  for (const [where, perSpec] of countBySpec(scanned.negative, compiled.negative.specs.length)) {
    perSpec.forEach((count, k) => {
      const spec = compiled.negative.specs[k];
      if (!spec || count === 0) return;
      const id = spec.group ?? spec.id;
      const group = groups.get(id) ?? { raw: 0, count: 0, entries: [] };
      const weight = where === 'body' ? spec.weight * repeatFactor(count, scoring) : spec.weight;
      group.raw += weight;
      group.count += count;
      group.entries.push({ cue: spec.id, kind: 'negative', where, count, weight });
      groups.set(id, group);
    });
  }
  for (const [id, group] of groups) {
    const spec = compiled.groups.get(id);
    const cap = spec ? spec.cap : group.raw;
    const silenced = spec?.applies === 'core_weak' && coreScore >= scoring.strongCore;
    const dominance = Math.min(1, group.count / Math.max(1, coreMentions));
    const penalty = silenced || group.raw <= 0 ? 0 : Math.min(cap, group.raw) * dominance;
    for (const entry of group.entries) {
      evidence.push({ ...entry, weight: group.raw > 0 ? -(penalty * entry.weight) / group.raw : 0 });
    }
  }
}

/**
 * Decides whether a text covers the pack's conflict. Never throws: on any failure
 * or odd input it answers "not coverage" with score 0.
 */
export function detectCoverage(input: CoverageInput, pack: TopicPackData = defaultPackData): CoverageResult {
  try {
    const compiled = compileCoverage(pack);
    const places: Record<Where, string> = {
      body: asString(input?.text),
      title: asString(input?.title),
      url: urlWords(asString(input?.url)),
    };
    const gate = compiled.gate;
    if (gate === null || !(gate.test(places.body) || gate.test(places.title) || gate.test(places.url))) {
      return notCoverage();
    }
    const lang = primaryLanguage(asString(input?.lang));
    const folded: Record<Where, string> = {
      body: foldText(places.body),
      title: foldText(places.title),
      url: foldText(places.url),
    };
    return score(compiled, folded, scanAll(compiled, folded, lang));
  } catch {
    return notCoverage();
  }
}
