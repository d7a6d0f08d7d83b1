/**
 * A language's words for the engine: assets/lang/<code>.json. The topic pack owns what is counted
 * (metric ids, claimant ids, eras); a lexicon owns how one language says it (counted nouns with
 * their inflections, loss verbs, number words, qualifiers, attribution, claimant names). The core
 * does numbers, sentences, attribution, side and metric the same way for every language.
 *
 * Every pattern is a regex source in Unicode mode, matched case-insensitively. Stems carry their
 * own endings ("вертол[её]т\\p{L}*"): written per counted noun, they stay one regex per text and
 * cover suppletive forms a suffix stemmer misses.
 */
import type { GrammarLexicon } from './grammar-lexicon';
import type { NumberLexicon } from './number-lexicon';
import type { PeriodLexicon } from './period-lexicon';
import type { TopicPackData } from './topic-pack';
import type { Party } from './types';

export type { GrammarLexicon } from './grammar-lexicon';
export type { NumberLexicon } from './number-lexicon';

export interface Lexicon {
  lang: string;
  numbers?: NumberLexicon;
  grammar?: Partial<GrammarLexicon>;
  /** Counted nouns per metric id of the topic pack. */
  metrics: Record<string, string[]>;
  /** Loss words per event kind (downing, destruction, death, injury, capture, displacement). */
  events: Record<string, string[]>;
  sides: Record<'AZ' | 'ARM' | 'enemy', string[]>;
  places?: Partial<Record<'AZ' | 'ARM', string[]>>;
  claimantRoles: Record<string, string[]>;
  partyMarkers: Partial<Record<Party, string[]>>;
  countries?: Record<string, string[]>;
  /** Capital I is dotless (Turkish, Azerbaijani): "İ" and "I" are read as "i" and "ı". */
  dottedCapitals?: boolean;
  /** Extra aliases by claimant id ("Минобороны Армении" -> arm_mod). */
  claimants?: Record<string, string[]>;
  attribution: {
    verbs: string[];
    prepositions: string[];
    /** Written after the source ("Bakanlığa göre", "ՊՆ-ի համաձայն"). */
    postpositions?: string[];
    carryPronouns: string[];
    admissionVerbs: string[];
    /** See TopicPackData's attribution.breakdownOpenings. */
    breakdownOpenings?: string[];
    /** See TopicPackData's attribution.forwardReferences. */
    forwardReferences?: string[];
  };
  /**
   * The party a role with no party named means in this language's own press: Azerbaijani media's
   * "Müdafiə Nazirliyi" is Azerbaijan's, Armenian media's "ՊՆ" Armenia's. Absent where the language
   * is read on every side (ru, tr, en…).
   */
  roleDefaultParty?: Party;
  tolls?: TopicPackData['tolls'];
  eras?: Record<string, string[]>;
  /** Words for time: months, weekdays, "yesterday", "so far" (see utils/engine/period-words.ts). */
  periods?: PeriodLexicon;
}
