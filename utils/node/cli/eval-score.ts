/**
 * Scores the engine on a labelled corpus (the format of shared/corpus/README.md): per language,
 * coverage as a confusion table, core figures found (same value or both vague, same metric, span
 * overlapping the labelled phrase), precision, claimant party and side of the figures found,
 * recall per metric, the period of the figures found (the same days, as samePeriod says), and the
 * misses and extras. Pure: documents and labels in, report out.
 */
import type { DocumentAnalysis } from '../../engine/analyze';
import { samePeriod } from '../../engine/period';
import { retiredMetric } from '../../engine/topic-pack';
import type { Figure, Party } from '../../engine/types';

export interface LabelledClaim {
  figure: string;
  value: number | null;
  qualifier: string | null;
  metric: string;
  side: 'AZ' | 'ARM' | 'NK' | null;
  claimant: string | null;
  period?: string | null;
  phrase: string;
  core: boolean;
}

export interface LabelledFile {
  coverage: boolean;
  lang: string;
  claims?: LabelledClaim[];
}

export interface CorpusDocument {
  name: string;
  text: string;
  label: LabelledFile;
}

export interface Miss {
  file: string;
  figure: string;
  metric: string;
  phrase: string;
  /** What the engine reported over the phrase, if anything ("12 tanks_destroyed"). */
  got: string | null;
}

export interface Extra {
  file: string;
  text: string;
  metric: string;
}

export interface WrongAttribute {
  file: string;
  phrase: string;
  expected: string;
  got: string;
}

export interface LanguageScore {
  lang: string;
  coverage: { tp: number; fn: number; fp: number; tn: number; missed: string[]; falseAlarms: string[] };
  figures: { found: number; total: number };
  precision: { good: number; reported: number };
  /** Of the found figures; `unresolved`: wrong ones whose label names a speaker no lexicon places. */
  party: { right: number; scored: number; wrong: WrongAttribute[]; unresolved: WrongAttribute[] };
  side: { right: number; scored: number; wrong: WrongAttribute[] };
  /** Of the found figures whose label has a period: the engine's covers the same days. */
  period: { right: number; scored: number; wrong: WrongAttribute[] };
  metrics: Record<string, { found: number; total: number }>;
  misses: Miss[];
  extras: Extra[];
}

export interface EvalReport {
  languages: LanguageScore[];
  total: LanguageScore;
}

/** Turns a label's claimant ("Минобороны Армении") into a party; null when it names none. */
export type PartyResolver = (
  claimant: string,
  lang: string,
  /** The article and where the claim stands in it, for claimants only the article places. */
  context?: { text: string; at: number },
) => Party | null;

type Analyse = (doc: CorpusDocument) => DocumentAnalysis;

function emptyScore(lang: string): LanguageScore {
  return {
    lang,
    coverage: { tp: 0, fn: 0, fp: 0, tn: 0, missed: [], falseAlarms: [] },
    figures: { found: 0, total: 0 },
    precision: { good: 0, reported: 0 },
    party: { right: 0, scored: 0, wrong: [], unresolved: [] },
    side: { right: 0, scored: 0, wrong: [] },
    period: { right: 0, scored: 0, wrong: [] },
    metrics: {},
    misses: [],
    extras: [],
  };
}

/** Every place the phrase stands in the text (labels quote it exactly; whitespace may differ). */
export function phraseSpans(text: string, phrase: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  if (phrase === '') return spans;
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    spans.push({ start: at, end: at + phrase.length });
  }
  if (spans.length > 0) return spans;
  const loose = new RegExp(
    phrase
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
    'g',
  );
  for (let m = loose.exec(text); m !== null; m = loose.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

function tally(metrics: LanguageScore['metrics'], metric: string): { found: number; total: number } {
  const existing = metrics[metric];
  if (existing) return existing;
  const created = { found: 0, total: 0 };
  metrics[metric] = created;
  return created;
}

function overlaps(f: Figure, span: { start: number; end: number }): boolean {
  return f.start < span.end && span.start < f.end;
}

function sameValue(f: Figure, claim: LabelledClaim): boolean {
  if (claim.value === null || claim.qualifier === 'vague') return f.value === null;
  return f.value === claim.value;
}

function sideOfLabel(side: LabelledClaim['side']): 'AZ' | 'ARM' | null {
  return side === 'NK' ? 'ARM' : side;
}

function partyGroup(party: Party | null): string {
  // The labels' ARM covers "Armenia or the Armenian side as a whole"; NK is kept apart.
  return party === null || party === 'other' ? 'none' : party;
}

function scoreDocument(
  score: LanguageScore,
  doc: CorpusDocument,
  analysis: DocumentAnalysis,
  resolve: PartyResolver,
) {
  const { label } = doc;
  const said = analysis.coverage.isCoverage;
  if (label.coverage && said) score.coverage.tp++;
  else if (label.coverage) {
    score.coverage.fn++;
    score.coverage.missed.push(doc.name);
  } else if (said) {
    score.coverage.fp++;
    score.coverage.falseAlarms.push(doc.name);
  } else score.coverage.tn++;

  const claims = label.coverage ? (label.claims ?? []) : [];
  const claimSpans = claims.map((c) => phraseSpans(doc.text, c.phrase));
  const figures = analysis.figures.filter((f) => f.metric);
  for (const f of figures) {
    score.precision.reported++;
    if (claimSpans.some((spans) => spans.some((s) => overlaps(f, s)))) score.precision.good++;
    else score.extras.push({ file: doc.name, text: f.text, metric: f.metric });
  }
  claims.forEach((claim, i) => {
    if (!claim.core) return;
    const spans = claimSpans[i] ?? [];
    // The labels keep the era ids of earlier packs (war_deaths = deaths over 1988/1994).
    const retired = retiredMetric(claim.metric);
    const metric = retired?.metric ?? claim.metric;
    const expectedPeriod = retired?.period ?? claim.period ?? null;
    const metricTally = tally(score.metrics, metric);
    metricTally.total++;
    score.figures.total++;
    const over = figures.filter((f) => spans.some((s) => overlaps(f, s)));
    const hit = over.find((f) => f.metric === metric && sameValue(f, claim));
    if (!hit) {
      const got = over.map((f) => `${f.value ?? 'vague'} ${f.metric}`).join('; ');
      score.misses.push({
        file: doc.name,
        figure: claim.figure,
        metric,
        phrase: claim.phrase,
        got: got || null,
      });
      return;
    }
    metricTally.found++;
    score.figures.found++;
    const labelParty = claim.claimant
      ? resolve(claim.claimant, doc.label.lang, { text: doc.text, at: spans[0]?.start ?? -1 })
      : null;
    const gotParty = partyGroup(hit.claimant?.party ?? null);
    if (claim.claimant && labelParty === null && gotParty !== 'none') {
      // The label names someone no lexicon places ("Colonel X", "the country's ministry") and the
      // engine named a party: scored as wrong, and listed apart so a reader can judge.
      score.party.unresolved.push({
        file: doc.name,
        phrase: claim.phrase,
        expected: claim.claimant,
        got: gotParty,
      });
    }
    if (partyGroup(labelParty) === gotParty) {
      score.party.scored++;
      score.party.right++;
    } else {
      score.party.scored++;
      score.party.wrong.push({
        file: doc.name,
        phrase: claim.phrase,
        expected: `${partyGroup(labelParty)} (${claim.claimant})`,
        got: `${gotParty} (${hit.claimant?.label ?? 'none'})`,
      });
    }
    const expectedSide = sideOfLabel(claim.side);
    if (expectedSide !== null) {
      score.side.scored++;
      if (hit.side === expectedSide) score.side.right++;
      else
        score.side.wrong.push({
          file: doc.name,
          phrase: claim.phrase,
          expected: expectedSide,
          got: String(hit.side),
        });
    }
    if (expectedPeriod !== null) {
      score.period.scored++;
      if (samePeriod(hit.period, expectedPeriod)) score.period.right++;
      else
        score.period.wrong.push({
          file: doc.name,
          phrase: claim.phrase,
          expected: expectedPeriod,
          got: String(hit.period),
        });
    }
  });
}

function addInto(total: LanguageScore, s: LanguageScore): void {
  for (const k of ['tp', 'fn', 'fp', 'tn'] as const) total.coverage[k] += s.coverage[k];
  total.coverage.missed.push(...s.coverage.missed);
  total.coverage.falseAlarms.push(...s.coverage.falseAlarms);
  total.figures.found += s.figures.found;
  total.figures.total += s.figures.total;
  total.precision.good += s.precision.good;
  total.precision.reported += s.precision.reported;
  total.party.right += s.party.right;
  total.party.scored += s.party.scored;
  total.party.unresolved.push(...s.party.unresolved);
  total.side.right += s.side.right;
  total.side.scored += s.side.scored;
  total.period.right += s.period.right;
  total.period.scored += s.period.scored;
  for (const [metric, t] of Object.entries(s.metrics)) {
    const into = tally(total.metrics, metric);
    into.found += t.found;
    into.total += t.total;
  }
}

export function scoreCorpus(docs: CorpusDocument[], analyse: Analyse, resolve: PartyResolver): EvalReport {
  const byLang = new Map<string, LanguageScore>();
  for (const doc of docs) {
    const lang = doc.label.lang;
    let score = byLang.get(lang);
    if (!score) {
      score = emptyScore(lang);
      byLang.set(lang, score);
    }
    scoreDocument(score, doc, analyse(doc), resolve);
  }
  const languages = [...byLang.values()].sort((a, b) => a.lang.localeCompare(b.lang));
  const total = emptyScore('all');
  for (const s of languages) addInto(total, s);
  return { languages, total };
}
