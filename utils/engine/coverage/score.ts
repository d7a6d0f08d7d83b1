/**
 * Turns what the coverage scans found into a score with its evidence. Every cue's
 * contribution is listed, so the evidence weights add up to the score (before it
 * is floored at 0) and the UI can say why a page counts or not.
 */

import type { CoverageScoringSpec } from '../topic-pack';
import type { CoverageEvidence, CoverageResult } from '../types';
import { backgroundSentence, outside } from './background';
import type { CompiledCoverage, Hit } from './patterns';
import { isWarVocabulary, readWar, type WarReading } from './war';

export type Where = CoverageEvidence['where'];

export interface Located {
  where: Where;
  hits: Hit[];
}

export interface Scanned {
  /** Core mentions outside masking cues ("Qarabag FK", a "Related:" line). */
  core: Located[];
  context: Located[];
  negative: Located[];
  words: number;
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

/** Core terms by place (title > URL > body, repeats with diminishing returns). */
function addCore(
  compiled: CompiledCoverage,
  scanned: Scanned,
  evidence: CoverageEvidence[],
): { mentions: number; body: number; headline: number } {
  const { scoring } = compiled;
  const sums = { mentions: 0, body: 0, headline: 0 };
  for (const [where, perSpec] of countBySpec(scanned.core, compiled.core.specs.length)) {
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
      sums.mentions += count;
      if (where === 'body') sums.body += weight;
      else sums.headline += weight;
      evidence.push({ cue: spec.term, kind: 'core', where, count, weight });
    });
  }
  return sums;
}

/** Spread (mentions in several places) and density (mentions per 1000 words) of the body's core mentions. */
function addSpreadAndDensity(
  compiled: CompiledCoverage,
  bodyText: string,
  body: Hit[],
  words: number,
  evidence: CoverageEvidence[],
): number {
  const { spread, density } = compiled.scoring;
  const places = countPlaces(bodyText, body, spread.placeChars);
  const spreadWeight = places >= 2 ? spread.weightPerPlace * (Math.min(places, spread.maxPlaces) - 1) : 0;
  if (spreadWeight > 0) {
    evidence.push({ cue: spread.id, kind: 'core', where: 'body', count: places, weight: spreadWeight });
  }
  const perThousand = (body.length / Math.max(words, density.minWords)) * 1000;
  // A single mention is not density: short texts would otherwise get it for free.
  const densityWeight =
    body.length > 1 ? density.weight * Math.min(1, perThousand / density.fullPerThousand) : 0;
  if (densityWeight > 0) {
    // count carries the density itself: core mentions per 1000 words.
    const count = Math.max(1, Math.round(perThousand));
    evidence.push({ cue: density.id, kind: 'core', where: 'body', count, weight: densityWeight });
  }
  return spreadWeight + densityWeight;
}

/**
 * A shorter text (a hundred words or more) whose one sentence naming the region is an aside: the
 * rest names one party at most and no war ("Armenia's parliament votes on the EU ... since
 * Azerbaijan retook Karabakh in 2023 ..."). Below a hundred words a brief is read as about the
 * region: its second sentence is often its whole report.
 */
function shortAside(compiled: CompiledCoverage, scanned: Scanned, war: WarReading): boolean {
  return !war.warWords && war.parties < 2 && scanned.words >= compiled.scoring.density.minWords;
}

/** Scores a scanned text; `bodyText` is the (folded) body the hits index. */
export function score(compiled: CompiledCoverage, bodyText: string, scanned: Scanned): CoverageResult {
  const { passing } = compiled.scoring;
  const evidence: CoverageEvidence[] = [];
  const body = scanned.core.find((l) => l.where === 'body')?.hits ?? [];
  const core = addCore(compiled, scanned, evidence);
  const structure = addSpreadAndDensity(compiled, bodyText, body, scanned.words, evidence);
  const background = core.headline === 0 ? backgroundSentence(bodyText, body) : null;
  // Whether the text itself reports the war is read outside a background sentence naming the region.
  const warContext = background === null ? scanned.context : outside(scanned.context, background);
  const war = readWar(compiled, warContext, namesGroup(compiled, scanned.negative, 'exercise'));
  const first = body[0];
  const last = body[body.length - 1];
  // A name dropped once in a report of the fighting is background, not a passing mention; so is
  // it in a text on Armenia and Azerbaijan that speaks of war (a peace deal recalling the wars over
  // it), but not in one that only lists the two (a travel piece on the South Caucasus).
  const isPassing =
    !war.eligible &&
    !(war.parties >= 2 && war.warWords) &&
    core.headline === 0 &&
    first !== undefined &&
    last !== undefined &&
    (scanned.words >= passing.minWords || (background !== null && shortAside(compiled, scanned, war))) &&
    last.start - first.start <= passing.maxSpanChars;
  // War words describe this war in a report of the fighting (war.ts), and beside the region's name
  // in a text that is no passing mention and names no other war ("peacekeepers leave Nagorny
  // Karabakh", "refugees from Haut-Karabakh" name neither party).
  const aboutTheWar =
    war.eligible || (core.mentions > 0 && !isPassing && !namesGroup(compiled, scanned.negative, 'otherWar'));
  // Context supports core evidence; without a core term only a report of the fighting itself
  // counts (war.ts): Armenia and Azerbaijan alone describe any story on the two countries.
  const context =
    core.mentions > 0 || war.eligible ? addContext(compiled, scanned, evidence, aboutTheWar) : 0;
  if (core.mentions === 0 && war.eligible) {
    const { id, weight } = compiled.scoring.unnamed;
    evidence.push({ cue: id, kind: 'context', where: 'body', count: war.military, weight });
  }
  const coreParts = core.body + structure;
  let coreScore = core.headline + coreParts;
  if (isPassing) {
    const weight = -(1 - passing.factor) * (coreParts + context);
    coreScore -= (1 - passing.factor) * coreParts;
    evidence.push({ cue: passing.id, kind: 'negative', where: 'body', count: body.length, weight });
  }
  addNegatives(compiled, scanned, core.mentions + (war.eligible ? war.anchors : 0), coreScore, evidence);

  const total = round(
    Math.max(
      0,
      evidence.reduce((sum, e) => sum + e.weight, 0),
    ),
  );
  // A hand-made pack with non-numeric weights must not yield NaN scores.
  if (!Number.isFinite(total)) return { isCoverage: false, score: 0, evidence: [] };
  const rounded = evidence.map((e) => ({ ...e, weight: round(e.weight) }));
  rounded.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return { isCoverage: total >= compiled.threshold, score: total, evidence: rounded };
}

/**
 * Context terms (capped together) and pairs; returns what they add. War vocabulary counts only in a
 * report of the Armenia–Azerbaijan fighting: beside a passing mention it describes another war.
 */
function addContext(
  compiled: CompiledCoverage,
  scanned: Scanned,
  evidence: CoverageEvidence[],
  aboutTheWar: boolean,
): number {
  const { scoring } = compiled;
  const entries: CoverageEvidence[] = [];
  const present = new Map<string, number>();
  for (const [where, perSpec] of countBySpec(scanned.context, compiled.context.specs.length)) {
    perSpec.forEach((count, k) => {
      const spec = compiled.context.specs[k];
      if (!spec || count === 0 || (!aboutTheWar && isWarVocabulary(spec))) return;
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

/** Whether a look-alike cue of a group so marked (another war, military exercises) is present anywhere. */
function namesGroup(compiled: CompiledCoverage, negative: Located[], mark: 'otherWar' | 'exercise'): boolean {
  return negative.some(({ hits }) =>
    hits.some((hit) => {
      const group = compiled.negative.specs[hit.spec]?.group;
      return group !== undefined && compiled.groups.get(group)?.[mark] === true;
    }),
  );
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
