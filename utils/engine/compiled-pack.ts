/**
 * Regexes compiled once per topic pack. Everything topic-specific comes from
 * the pack's data; this module only knows how to turn phrases into patterns.
 */
import { type ClaimantSpec, type MetricSpec, phrasesToPattern, type TopicPackData } from './topic-pack';
import type { Party } from './types';

export interface CompiledMetric {
  spec: MetricSpec;
  /** Whole-string test of a candidate noun phrase. */
  noun: RegExp;
}

export interface CompiledAlias {
  claimant: ClaimantSpec;
  pattern: RegExp;
  /** An alias that is also a bare party marker ("Armenia"): weakest evidence. */
  isMarker: boolean;
}

export interface CompiledPack {
  data: TopicPackData;
  metrics: CompiledMetric[];
  /** Sticky: any metric noun at a position. */
  anyNoun: RegExp;
  events: Map<string, RegExp>;
  anyEvent: RegExp;
  eras: { id: string; cue: RegExp }[];
  sideMarkers: { side: 'AZ' | 'ARM'; pattern: RegExp }[];
  enemy: RegExp;
  places: { side: 'AZ' | 'ARM'; pattern: RegExp }[];
  admission: RegExp;
  roles: { role: string; pattern: RegExp }[];
  partyMarkers: { party: Party; pattern: RegExp }[];
  countries: { country: string; pattern: RegExp }[];
  aliases: CompiledAlias[];
  /** Matches at the end of the text before a count: "… military death toll rose to ". */
  tollBefore: RegExp;
  tollGroups: { noun: string; pattern: RegExp }[];
  tollDefault: string;
  attributionVerb: RegExp;
  attributionPreposition: RegExp;
  carryPronoun: RegExp;
}

const cache = new WeakMap<TopicPackData, CompiledPack>();

/** Phrases whose entries are regex sources already (nouns, roles, markers) joined longest first. */
function joinSources(sources: string[]): string {
  return [...sources].sort((a, b) => b.length - a.length).join('|');
}

function isAllCaps(alias: string): boolean {
  return /[A-Z]/.test(alias) && alias === alias.toUpperCase();
}

function aliasPattern(alias: string): RegExp {
  return new RegExp(`(?<![\\w-])(?:${phrasesToPattern([alias])})(?![\\w-])`, isAllCaps(alias) ? 'g' : 'gi');
}

export function compilePack(data: TopicPackData): CompiledPack {
  const cached = cache.get(data);
  if (cached) return cached;
  const markerWords = new Set(
    Object.values(data.partyMarkers)
      .flat()
      .map((m) => m.toLowerCase()),
  );
  const compiled: CompiledPack = {
    data,
    metrics: data.metrics.map((spec) => ({
      spec,
      noun: new RegExp(`^(?:${joinSources(spec.nouns)})$`, 'i'),
    })),
    anyNoun: new RegExp(`(?:${joinSources(data.metrics.flatMap((m) => m.nouns))})(?![\\w-])`, 'iy'),
    events: new Map(
      Object.entries(data.events).map(([id, words]) => [
        id,
        new RegExp(`\\b(?:${phrasesToPattern(words)})\\b`, 'gi'),
      ]),
    ),
    anyEvent: new RegExp(`\\b(?:${phrasesToPattern(Object.values(data.events).flat())})\\b`, 'i'),
    eras: data.eras.map((era) => ({ id: era.id, cue: new RegExp(era.cues.join('|'), 'gi') })),
    sideMarkers: (['AZ', 'ARM'] as const).map((side) => ({
      side,
      pattern: new RegExp(`(?<![\\w-])(?:${phrasesToPattern(data.sides[side])})(?![\\w-])`, 'i'),
    })),
    enemy: new RegExp(`(?<![\\w-])(?:${phrasesToPattern(data.sides.enemy)})(?![\\w-])`, 'i'),
    places: (['AZ', 'ARM'] as const).map((side) => ({
      side,
      pattern: new RegExp(
        `\\b(?:in|at|on|near|of|into)\\s+(?:the\\s+)?(?:city\\s+of\\s+|town\\s+of\\s+)?(?:${phrasesToPattern(data.places[side])})\\b`,
        'i',
      ),
    })),
    admission: new RegExp(`\\b(?:${phrasesToPattern(data.attribution.admissionVerbs)})\\b`, 'i'),
    roles: Object.entries(data.claimantRoles).map(([role, sources]) => ({
      role,
      pattern: new RegExp(`\\b(?:${joinSources(sources)})\\b`, 'gi'),
    })),
    partyMarkers: (Object.entries(data.partyMarkers) as [Party, string[]][]).map(([party, sources]) => ({
      party,
      pattern: new RegExp(`(?<![\\w-])(?:${joinSources(sources)})(?![\\w-])`, 'gi'),
    })),
    countries: Object.entries(data.countries ?? {}).map(([country, sources]) => ({
      country,
      pattern: new RegExp(`(?<![\\w-])(?:${joinSources(sources)})(?![\\w-])`, 'gi'),
    })),
    aliases: data.claimants.flatMap((claimant) =>
      claimant.aliases.map((alias) => ({
        claimant,
        pattern: aliasPattern(alias),
        isMarker: markerWords.has(alias.toLowerCase()) || /^the /i.test(alias),
      })),
    ),
    tollBefore: new RegExp(
      `\\b(?:${phrasesToPattern(data.tolls.nouns)})\\b[^.;:!?]{0,50}?\\b(?:${phrasesToPattern(data.tolls.verbs)})\\s+$`,
      'i',
    ),
    tollGroups: Object.entries(data.tolls.groups).map(([noun, words]) => ({
      noun,
      pattern: new RegExp(`(?<![\\w-])(?:${phrasesToPattern(words)})(?![\\w-])`, 'i'),
    })),
    tollDefault: data.tolls.defaultGroup,
    attributionVerb: new RegExp(`\\b(?:${phrasesToPattern(data.attribution.verbs)})\\b`, 'gi'),
    attributionPreposition: new RegExp(`\\b(?:${phrasesToPattern(data.attribution.prepositions)})\\s+`, 'gi'),
    carryPronoun: new RegExp(`^(?:${phrasesToPattern(data.attribution.carryPronouns)})$`, 'i'),
  };
  cache.set(data, compiled);
  return compiled;
}
