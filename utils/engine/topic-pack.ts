/**
 * The topic pack: all topic knowledge (terms, metrics, claimants) lives in
 * assets/topic-pack.json; this module types it and compiles its patterns once.
 */
import rawPack from '../../assets/topic-pack.json';
import type { Party } from './types';

export interface CoverageTermSpec {
  term: string;
  /** Case-insensitive regex source, matched on word boundaries. */
  pattern: string;
  weight: number;
}

export interface NegativeCueSpec {
  id: string;
  pattern: string;
  weight: number;
}

export interface MetricSpec {
  id: string;
  label: string;
  /** Era id the metric belongs to (a past war), or null for the current fighting. */
  era: string | null;
  /** Regex sources of the counted nouns (head of the noun phrase after the number). */
  nouns: string[];
  /** Key into `events`: the loss event this metric counts. */
  events: string;
  /** Whether the noun alone implies the event ("15 drones" in a losses list). */
  defaultEvent: boolean;
}

export interface ClaimantSpec {
  id: string;
  label: string;
  party: Party;
  /** Role for compositional matching ("the Azerbaijani defence ministry" = AZ + mod). */
  role: string | null;
  aliases: string[];
}

export interface TopicPackData {
  id: string;
  version: number;
  label: string;
  coverage: {
    threshold: number;
    core: CoverageTermSpec[];
    context: CoverageTermSpec[];
    negative: NegativeCueSpec[];
  };
  eras: { id: string; label: string; cues: string[] }[];
  metrics: MetricSpec[];
  events: Record<string, string[]>;
  sides: Record<'AZ' | 'ARM', string[]>;
  claimantRoles: Record<string, string[]>;
  partyMarkers: Record<Party, string[]>;
  claimants: ClaimantSpec[];
  attribution: { verbs: string[]; prepositions: string[]; carryPronouns: string[] };
}

export const defaultPackData = rawPack as unknown as TopicPackData;

/** Escapes a literal phrase for use inside a RegExp. */
export function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Turns a list of phrases (literal, spaces flexible) into one alternation source, longest first. */
export function phrasesToPattern(phrases: string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegex(p).replace(/\s+/g, '\\s+'))
    .join('|');
}

export function metricById(pack: TopicPackData, id: string): MetricSpec | undefined {
  return pack.metrics.find((m) => m.id === id);
}

export function claimantById(pack: TopicPackData, id: string): ClaimantSpec | undefined {
  return pack.claimants.find((c) => c.id === id);
}
