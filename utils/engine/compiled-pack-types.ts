/** What a topic pack compiles to for one language (compiled-pack.ts builds it). */

import type { AliasScan, FirstOfScan } from './alias-scan';
import type { CompiledGrammar } from './grammar';
import type { NumberLexicon } from './lexicon';
import type { CompiledPeriodWords } from './period-words';
import type { ClaimantSpec, MetricSpec, TopicPackData } from './topic-pack';
import type { Party } from './types';

export interface CompiledMetric {
  spec: MetricSpec;
  /** Whole-string test of a candidate noun phrase. */
  noun: RegExp;
}

export interface CompiledAlias {
  claimant: ClaimantSpec;
  /**
   * The flags its scan compiles with (an all-capitals acronym is case-sensitive). Only the scans
   * are compiled (alias-scan.ts): a regex per alias cost a Russian page's first read about 4%.
   */
  flags: string;
  /** The alias's own source, without the word boundaries the pattern adds. */
  inner: string;
  /** An alias that is also a bare party marker ("Armenia"): weakest evidence. */
  isMarker: boolean;
}

export interface CompiledPack {
  data: TopicPackData;
  /** Primary language subtag the words are in. */
  lang: string;
  /** Maps the text to what the patterns read, offset for offset (Turkic dotted capitals), or null. */
  fold: ((text: string) => string) | null;
  /** Null for English, whose numbers the dedicated finder reads. */
  numbers: NumberLexicon | null;
  grammar: CompiledGrammar;
  metrics: CompiledMetric[];
  /** Filled by metricsCounting: a text repeats its nouns, each is tested against every metric once. */
  metricsByNoun: Map<string, CompiledMetric[]>;
  /** Sticky: any metric noun at a position. */
  anyNoun: RegExp;
  /** Sticky: two people counted together at a position (MetricSpec.pairs). */
  pairNoun: RegExp;
  /**
   * Nouns only civilian metrics count ("women", "children"): a sentence naming them reads a noun
   * both soldiers and civilians may be ("men") as civilians.
   */
  civilianOnlyNoun: RegExp;
  events: Map<string, RegExp>;
  anyEvent: RegExp;
  /** Sticky after a count's noun: a loss verb with an object, so the count acted, or null. */
  activeLossY: RegExp | null;
  /** Ends the text before a count that is any loss verb's object ("destroyed "). */
  lossVerbBefore: RegExp;
  /** Ends the text before a count that is the object of a death or injury verb ("… and wounded "). */
  casualtyVerbBefore: RegExp;
  eras: {
    id: string;
    period: string;
    cue: RegExp;
    tallyFrom?: string;
    tallyUntil?: string;
    fledOtherSide?: boolean;
  }[];
  /** Any era's cue: most sentences name none, and one test spares a scan per era. */
  anyEra: RegExp;
  /** Claimant roles whose uncued figures during a fighting are its tally so far. */
  tallyRoles: ReadonlySet<string>;
  periods: CompiledPeriodWords;
  sideMarkers: { side: 'AZ' | 'ARM'; pattern: RegExp }[];
  enemy: RegExp;
  places: { side: 'AZ' | 'ARM'; pattern: RegExp }[];
  /** The same towns without a preposition before them: a town's officials speak for its side ("the Ganja mayor"). */
  towns: { side: 'AZ' | 'ARM'; pattern: RegExp }[];
  admission: RegExp;
  roles: { role: string; pattern: RegExp }[];
  /** Every role in one scan (alias-scan.ts): the role a phrase names first, in one regex call. */
  roleScan: FirstOfScan | null;
  partyMarkers: { party: Party; pattern: RegExp }[];
  countries: { country: string; pattern: RegExp }[];
  aliases: CompiledAlias[];
  /** The aliases that name someone, and those that are also party markers, each as one scan. */
  namedAliases: AliasScan;
  markerAliases: AliasScan;
  /** Matches at the end of the text before a count: "… military death toll rose to ". */
  tollBefore: RegExp;
  /**
   * A toll's noun with a count right after it is a verb and its object ("which killed 12 civilians,
   * was one of the deadliest"): no toll's words, whatever verb follows.
   */
  tollNounThenCount: RegExp;
  /** How far before a count tollBefore reads (the toll's reach and its noun and verb). */
  tollWindow: number;
  /** Ends the text before a count that raises a toll named after it ("portant à "), or null. */
  tollRaisedBefore: RegExp | null;
  /** Sticky after such a count: the toll's noun ("le nombre de morts"). */
  tollNounAfterY: RegExp | null;
  tollGroups: { noun: string; pattern: RegExp }[];
  tollDefault: string;
  /** The default group's noun in any of its forms, whole ("человек", "человека"). */
  tollDefaultForm: RegExp;
  attributionVerb: RegExp;
  attributionPreposition: RegExp;
  /** Matches at the end of the text before it: "… Bakanlığı'na göre". Null when the language has none. */
  attributionPostposition: RegExp | null;
  carryPronoun: RegExp;
  /** Sticky at a sentence's start: it breaks down an earlier count and keeps its speaker. */
  breakdownOpening: RegExp;
  /** A sentence naming the speaker of what came before ("this was reported by", "об этом"). */
  forwardReference: RegExp;
  /** The party a bare role means in this language's press (an Azerbaijani "Müdafiə Nazirliyi"), or null. */
  roleDefaultParty: Party | null;
}
