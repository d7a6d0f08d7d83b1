/**
 * The topic pack: all topic knowledge (terms, metrics, claimants) lives in
 * assets/topic-pack.json; this module types it and compiles its patterns once.
 */
import rawPack from '../../assets/topic-pack.json';
import type { CoverageGateSpec } from './coverage/gate';
import type { Party } from './types';

export interface CoverageTermSpec {
  term: string;
  /**
   * Case-insensitive regex source (Unicode mode), matched on letter/digit boundaries.
   * Latin letters also match their accented forms (a matches á, ə...), so write plain ASCII.
   */
  pattern: string;
  weight: number;
  /** Primary language subtags the pattern is written in ("en"); absent = any language. */
  langs?: string[];
}

export interface NegativeCueSpec {
  id: string;
  /** Same pattern rules as CoverageTermSpec.pattern. */
  pattern: string;
  /** Raw weight; the cue's group decides how much of it applies. */
  weight: number;
  /** Look-alike family ("sport", "horse", "other_war"...), an id in coverage.negativeGroups. */
  group?: string;
  /** Core-term mentions inside this cue's match do not count ("Qarabag FK", a "Related:" line). */
  masksCore?: boolean;
  langs?: string[];
}

export interface CoverageNegativeGroupSpec {
  id: string;
  /**
   * dominant: applies in proportion to how the group's cues outnumber core mentions.
   * core_weak: like dominant, but only while the core evidence stays below scoring.strongCore.
   */
  applies: 'dominant' | 'core_weak';
  /** Most the whole group can subtract. */
  cap: number;
  /**
   * The group's cues name another war: beside them, war vocabulary near the region's name describes
   * that war, so it counts only in a report of the Armenia–Azerbaijan fighting (score.ts).
   */
  otherWar?: boolean;
  /**
   * The group's cues name military exercises: troops, tanks and artillery beside them describe the
   * drill, so without a word of losses (killed, wounded, refugees) they report no fighting (war.ts).
   */
  exercise?: boolean;
}

export interface CoveragePairSpec {
  id: string;
  /** Context terms (by `term`) that must all be present. */
  terms: string[];
  weight: number;
}

export interface CoverageScoringSpec {
  /** Multiplier of a core term's weight when it is in the title / URL. */
  titleFactor: number;
  urlFactor: number;
  /** Most a repeated term can count, in multiples of its weight (1 + log2(count) / 2, capped). */
  countCap: number;
  /** Most all context terms together can add. */
  contextCap: number;
  /** Core evidence at or above this ignores core_weak negative groups. */
  strongCore: number;
  /** Core mentions in more than one place: places are lines, long lines cut every placeChars. */
  spread: { id: string; weightPerPlace: number; maxPlaces: number; placeChars: number };
  /** Core mentions per 1000 words; full weight at fullPerThousand; texts count as at least minWords. */
  density: { id: string; weight: number; fullPerThousand: number; minWords: number };
  /** A long text (minWords+) whose core mentions all sit within maxSpanChars keeps only `factor`. */
  passing: { id: string; minWords: number; maxSpanChars: number; factor: number };
}

export interface MetricSpec {
  id: string;
  label: string;
  /** Regex sources of the counted nouns (head of the noun phrase after the number). */
  nouns: string[];
  /**
   * Regex sources of two people counted together ("a man and his wife"): the number finder reads
   * the phrase itself as two, so it is matched only at such a count, never looked for after a number.
   */
  pairs?: string[];
  /** Key into `events`: the loss event this metric counts. */
  events: string;
  /**
   * Other events that count as this one for its nouns: troops "destroyed" by the enemy are
   * killed ("destroyed more than 300 soldiers"). Civilians take no such reading.
   */
  alsoEvents?: string[];
  /**
   * Events that count only where their verb takes the count as its object, before it ("hit two
   * tanks"): a weapon that hits ("two Grad launchers hit the town") is no loss of its own, and a
   * machine "hit by a bullet" in a caption is damaged more often than destroyed.
   */
  objectEvents?: string[];
  /** Whether the noun alone implies the event ("15 drones" in a losses list). */
  defaultEvent: boolean;
  /** 'civilians': victims are placed by where they died and are usually the reporting party's own. */
  victims?: 'civilians';
  /**
   * A whole war's count (people killed, people displaced): read only in a sentence that names an
   * era, where it outranks the other metrics for the nouns they share. "30,000 people were killed
   * in the 1990s war" counts deaths; in daily reporting "people killed" are civilians.
   */
  onlyInEras?: boolean;
}

/** A past war or clash, or a fighting whose running totals the press reports. */
export interface EraSpec {
  id: string;
  label: string;
  /** What a figure of the era as a whole counts ("1988/1994", "2020-09-27/2020-11-10"). */
  period: string;
  /** Regex sources naming the era ("the 44-day war"); lexicons give other languages' cues. */
  cues: string[];
  /** The day its running totals count from ("so far" in an article of the fighting). */
  tallyFrom?: string;
  /** The last article day whose "so far" still counts from tallyFrom. */
  tallyUntil?: string;
  /**
   * People who fled a place in this era were of the side other than the place's (1988–94:
   * Azerbaijanis fled Karabakh and Armenia, Armenians fled Azerbaijan); in every other era those
   * who fled Karabakh were its Armenians.
   */
  fledOtherSide?: boolean;
}

export interface ClaimantSpec {
  id: string;
  label: string;
  party: Party;
  /** For third parties: the key into `countries` ("RU"), so "the Russian foreign ministry" resolves. */
  country?: string;
  /** Role for compositional matching ("the Azerbaijani defence ministry" = AZ + mod). */
  role: string | null;
  aliases: string[];
}

export interface TopicPackData {
  id: string;
  version: number;
  label: string;
  /** Stems for the cheap first test that every page gets (see coverage/gate.ts). */
  coverageGate: CoverageGateSpec;
  coverage: {
    threshold: number;
    core: CoverageTermSpec[];
    context: CoverageTermSpec[];
    negative: NegativeCueSpec[];
    pairs?: CoveragePairSpec[];
    negativeGroups?: CoverageNegativeGroupSpec[];
    /** Missing knobs fall back to the defaults in utils/engine/coverage/patterns.ts. */
    scoring?: Partial<CoverageScoringSpec>;
  };
  /** Past wars and clashes; `period` is what a figure of that era counts (see utils/engine/period.ts). */
  eras: EraSpec[];
  metrics: MetricSpec[];
  /**
   * Metric ids of earlier pack versions that now count an ordinary metric over an era's period
   * ("war_deaths" = deaths over 1988/1994). Store migrations, old claim packs and the corpus
   * scorer all read old ids through this table.
   */
  retiredMetrics: Record<string, { metric: string; era: string }>;
  events: Record<string, string[]>;
  /** Words that put a figure on a side; `enemy` means the side opposite the claimant. */
  sides: Record<'AZ' | 'ARM' | 'enemy', string[]>;
  /** Towns on each side of the front, to place civilian casualties. */
  places: Record<'AZ' | 'ARM', string[]>;
  claimantRoles: Record<string, string[]>;
  /**
   * Roles of the bodies that publish a party's running tallies (defence ministry, prosecutor,
   * government): their uncued figure in an article written during a fighting counts the fighting
   * so far, not the article's day (see utils/engine/figure-period.ts).
   */
  tallyRoles?: string[];
  partyMarkers: Record<Party, string[]>;
  /** Third-party countries: key -> regex sources of their markers. */
  countries: Record<string, string[]>;
  claimants: ClaimantSpec[];
  /** "the death toll rose to 31": counts whose noun comes before them. Groups name a noun the metrics know. */
  tolls: {
    nouns: string[];
    verbs: string[];
    groups: Record<string, string[]>;
    defaultGroup: string;
    /**
     * Other forms of the default group's noun a count may take ("2 783 человека" beside "200
     * человек"): a toll's people in those forms count the toll's group too.
     */
    defaultForms?: string[];
    /**
     * "portant à 1.166 le nombre de morts": words before a count that raise a toll named after it,
     * and the articles that may open that toll's noun.
     */
    raisedBy?: string[];
    raisedArticles?: string[];
    /** Nouns that label a toll only before a colon ("Displaced: 91,000"): "displaced to 3 camps" is none. */
    labels?: string[];
    /**
     * How many characters may stand between a toll's noun and its verb (default 50): German puts
     * the source in between ("Die Zahl der … ist nach Angaben aus Stepanakert auf 1166 gestiegen").
     */
    reach?: number;
  };
  attribution: {
    verbs: string[];
    prepositions: string[];
    carryPronouns: string[];
    admissionVerbs: string[];
    /**
     * Openings of a sentence that breaks down an earlier count ("This number includes", "Of
     * these", "Среди погибших"): it keeps that count's speaker, across a paragraph break too.
     */
    breakdownOpenings?: string[];
    /** Words by which a sentence names the speaker of what came before ("this was reported by", "об этом"). */
    forwardReferences?: string[];
  };
}

export const defaultPackData = rawPack as unknown as TopicPackData;

/** Escapes a literal phrase for use inside a RegExp. */
export function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Each phrase (literal, spaces flexible) as a regex branch, longest first. */
export function phraseBranches(phrases: string[]): string[] {
  // A branch written twice (the same word under two metrics) only makes the regex longer.
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  return [...new Set(sorted.map((p) => escapeRegex(p).replace(/\s+/g, '\\s+')))];
}

/** Turns a list of phrases (literal, spaces flexible) into one alternation source, longest first. */
export function phrasesToPattern(phrases: string[]): string {
  return phraseBranches(phrases).join('|');
}

export function metricById(pack: TopicPackData, id: string): MetricSpec | undefined {
  return pack.metrics.find((m) => m.id === id);
}

export function claimantById(pack: TopicPackData, id: string): ClaimantSpec | undefined {
  return pack.claimants.find((c) => c.id === id);
}

/** The period an era counts ("1988/1994"), or null for an unknown era id. */
export function eraPeriod(pack: TopicPackData, eraId: string): string | null {
  return pack.eras.find((e) => e.id === eraId)?.period ?? null;
}

/** Whether a period is one of the pack's eras: a past war's count, not an event of an article's day. */
export function isEraPeriod(
  period: string | null | undefined,
  pack: TopicPackData = defaultPackData,
): boolean {
  return typeof period === 'string' && pack.eras.some((e) => e.period === period);
}

/** What a retired metric id now means: the metric and the period it counts; null for a live id. */
export function retiredMetric(
  id: string,
  pack: TopicPackData = defaultPackData,
): { metric: string; period: string } | null {
  const retired = Object.hasOwn(pack.retiredMetrics ?? {}, id) ? pack.retiredMetrics[id] : undefined;
  if (!retired) return null;
  const period = eraPeriod(pack, retired.era);
  return period ? { metric: retired.metric, period } : null;
}
