/**
 * How a language writes counts: its number words, scales, qualifiers and the words that make a
 * number a date or something else (part of a language's lexicon, utils/engine/lexicon.ts).
 */
import type { Qualifier } from './types';

export interface NumberLexicon {
  /** Number words with their value, every inflected form listed ("два", "двух", "двумя"). */
  words: Record<string, number>;
  /** Words that multiply what precedes them ("тысяч", "Millionen", "bin", "mila"). */
  scales: Record<string, number>;
  /** Words that are a vague count ("десятки", "Dutzende", "onlarca"). */
  vague: string[];
  /**
   * Round counts a language says as "about" that many, with their article ("une vingtaine", "una
   * ventina", "un centinaio"): the value, qualified about unless a qualifier before says more
   * ("plus d'une centaine"). Their plurals ("des dizaines", "decine") are vague counts.
   */
  approximate?: Record<string, number>;
  /**
   * Scale words that count one of their scale alone after a qualifier ("более миллиона", "свыше
   * тысячи"): without a qualifier they are no count ("тысячи беженцев" is thousands).
   */
  qualifiedScales?: string[];
  /**
   * Regex source of a lost machine named without a count, in a language with no article to count
   * it ("сбит азербайджанский вертолет", "подбитого вертолета"): each match is one, its words
   * (modifiers and noun) the first group the match captured; the pattern also reads the loss word
   * before or after them.
   */
  implicitOne?: string;
  /**
   * A lost machine named without a count where the language has no article, read by the number
   * scan itself (no scan of its own); each match is one. `lead`: the loss verb before the noun
   * phrase, consumed, with the phrase in a look-ahead; the one is counted at its end
   * ("խոցվել է | ադրբեջանական ուղղաթիռ"). `phrase`: the noun phrase and the loss verb after it,
   * consumed; the one is counted at its start ("| ինքնաթիռը խոցվել է"). Regex sources.
   */
  implicitOneInScan?: { lead?: string; phrase?: string };
  /** After an age's digits, the person's noun in a look-ahead ("13 yaşlı qız"): a count of one. Regex source. */
  ageOfOne?: string;
  /** Separators of digit groups ("1.000", "1 000"); the other of "," and "." is the decimal mark. */
  groupSeparators: string;
  /** The decimal mark where it is not the other of "," and "." (Russian "2,9 тыс." with "1 000"). */
  decimalMark?: string;
  /** Scale words the press glues to digits (Italian "30mila"): digits before them stay a count. */
  gluedScales?: string[];
  /** Qualifier phrases written before the number, by qualifier. */
  before: Partial<Record<Qualifier, string[]>>;
  /** Qualifier phrases written after the number ("550'den fazla", "10-dan çox"), by qualifier. */
  after?: Partial<Record<Qualifier, string[]>>;
  /** Suffixes glued to digits that keep them a count (Turkish "550'den", "10-dan"): regex source. */
  digitSuffix?: string;
  /** Month names and other words that make a number before them a date ("27 сентября"). */
  dateWordsAfter: string[];
  /** Words before a number that make it a date, year or age ("в 2020", "am 27."). Regex sources. */
  notCountBefore?: string[];
  /** Words after a number that make it something else than a count (years, ages, hours). */
  notCountAfter?: string[];
  /**
   * Number words that also end a clause as a verb's particle (German "räumte … ein"): no count
   * where a clause ends right after them.
   */
  particles?: string[];
}
