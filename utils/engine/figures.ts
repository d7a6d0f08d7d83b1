/**
 * Figures: numbers that count a metric of the topic pack, with whose losses
 * they count and who claims them. Pure: text in, figures out.
 */
import { type Attribution, claimantFor, findAttributions, governingAttribution } from './claimants';
import { type CompiledPack, compilePack } from './compiled-pack';
import {
  chooseMetric,
  ellipsisEnd,
  eraAt,
  findNoun,
  isListContinuation,
  type NounSpan,
  nounAt,
  tollNoun,
} from './figure-context';
import { foreignLexicon } from './lexicons';
import { findNumbersIn } from './number-lexicon';
import { findNumbers } from './numbers';
import { type Span, spanIndexAt, splitSentences } from './sentences';
import { inferSide } from './sides';
import { type ClaimantSpec, defaultPackData, type TopicPackData } from './topic-pack';
import type { Figure, NumberMention } from './types';

export interface ExtractOptions {
  pack?: TopicPackData;
  /** Primary language subtag of the text (see detectLanguage); English when absent or unknown. */
  lang?: string;
}

const CASUALTY_EVENTS = new Set(['death', 'injury']);
const MAX_MODIFIERS = 3;
const CARRY_SENTENCES = 4;

/** Resolves claimants sentence by sentence, carrying them across pronouns ("It also claims …"). */
class ClaimantResolver {
  private readonly cache = new Map<number, Attribution[]>();
  constructor(
    private readonly pack: CompiledPack,
    private readonly text: string,
    private readonly sentences: Span[],
  ) {}

  attributions(index: number): Attribution[] {
    let found = this.cache.get(index);
    if (!found) {
      const span = this.sentences[index] as Span;
      found = findAttributions(this.pack, this.text.slice(span.start, span.end));
      this.cache.set(index, found);
    }
    return found;
  }

  resolve(index: number, attribution: Attribution | null, depth = 0): ClaimantSpec | null {
    if (!attribution) return null;
    if (!attribution.carry) return attribution.claimant;
    if (depth > CARRY_SENTENCES) return null;
    let fallback: ClaimantSpec | null = null;
    for (let j = index - 1; j >= 0 && j >= index - CARRY_SENTENCES; j--) {
      const previous = this.attributions(j);
      for (let k = previous.length - 1; k >= 0; k--) {
        const claimant = this.resolve(j, previous[k] as Attribution, depth + 1);
        if (!claimant) continue;
        if (!attribution.carryRole || claimant.role === attribution.carryRole) return claimant;
        fallback ??= claimant;
      }
    }
    // "The Prosecutor General's Office said" after "Azerbaijani officials said": same party, that role.
    if (fallback && attribution.carryRole)
      return claimantFor(this.pack, fallback.party, attribution.carryRole) ?? fallback;
    return fallback;
  }
}

/** The counted noun of a mention; an implicit "a" counts only a singular noun right after it. */
function countedNoun(
  pack: CompiledPack,
  text: string,
  mention: NumberMention,
  limit: number,
): NounSpan | null {
  if (mention.form !== 'implicit') return findNoun(pack, text, mention.end, limit, MAX_MODIFIERS);
  if (mention.value !== 1) return nounAt(pack, text, mention.start, mention.end);
  const noun = findNoun(pack, text, mention.end, limit, MAX_MODIFIERS);
  return noun && !/s$/i.test(text.slice(noun.start, noun.end)) ? noun : null;
}

interface PreviousFigure {
  sentence: number;
  end: number;
  eventBeforeAt: number;
  /** The counted noun, lent to a later count that leaves it out. */
  noun: string;
}

export function extractFigures(text: string, options: ExtractOptions = {}): Figure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const pack = compilePack(options.pack ?? defaultPackData, foreignLexicon(options.lang ?? 'en'));
  const mentions = pack.numbers ? findNumbersIn(text, pack.numbers) : findNumbers(text, { implicit: true });
  if (mentions.length === 0) return [];
  const sentences = splitSentences(text, pack.grammar.abbreviations);
  const claimants = new ClaimantResolver(pack, text, sentences);
  const figures: Figure[] = [];
  // Every metric needs a loss word in its sentence: sentences without one are skipped whole.
  const eventful = new Map<number, boolean>();
  let previous: PreviousFigure | null = null;
  let lastEnd = -1;
  for (const mention of mentions) {
    if (mention.start < lastEnd) continue;
    const index = spanIndexAt(sentences, mention.start);
    const span = sentences[index];
    if (!span) continue;
    let hasEvent = eventful.get(index);
    if (hasEvent === undefined) {
      hasEvent = pack.anyEvent.test(text.slice(span.start, span.end));
      eventful.set(index, hasEvent);
    }
    if (!hasEvent) continue;
    const sameSentence: PreviousFigure | null = previous?.sentence === index ? previous : null;
    let noun = countedNoun(pack, text, mention, span.end);
    let nounText = noun ? text.slice(noun.start, noun.end) : '';
    if (!noun && sameSentence && mention.form !== 'implicit') {
      const elidedEnd = ellipsisEnd(pack, text, mention.end);
      if (elidedEnd !== -1) {
        noun = { start: mention.end, end: elidedEnd };
        nounText = sameSentence.noun;
      }
    }
    if (!noun && mention.form !== 'implicit') {
      const toll = tollNoun(pack, text, mention.start, span.start);
      if (toll) {
        noun = { start: mention.end, end: mention.end };
        nounText = toll;
      }
    }
    if (!noun) continue;
    const sentence = text.slice(span.start, span.end);
    const start = mention.start - span.start;
    const end = noun.end - span.start;
    const inList: boolean =
      sameSentence !== null && isListContinuation(pack, sentence, sameSentence.end, start);
    const era = eraAt(pack, sentence, start);
    const borrowedNoun = nounText !== text.slice(noun.start, noun.end);
    const metric = chooseMetric(pack, sentence, nounText, start, end, era, inList || borrowedNoun);
    if (!metric) continue;
    const attribution = governingAttribution(claimants.attributions(index), start);
    const claimant = claimants.resolve(index, attribution);
    const clauseStart = attribution && attribution.at < start ? attribution.end : 0;
    const eventBeforeAt: number =
      metric.eventAt >= clauseStart && metric.eventAt < start
        ? metric.eventAt
        : inList && sameSentence
          ? sameSentence.eventBeforeAt
          : -1;
    const side = inferSide(pack, {
      sentence,
      numberEnd: mention.numberEnd - span.start,
      figureStart: start,
      figureEnd: end,
      eventBeforeAt,
      agentFrom: Math.max(clauseStart, sameSentence?.end ?? 0),
      claimantParty: claimant?.party ?? null,
      admission:
        attribution !== null && pack.admission.test(sentence.slice(attribution.at, attribution.at + 40)),
      isCasualty: CASUALTY_EVENTS.has(metric.spec.events),
      isCivilian: metric.spec.victims === 'civilians',
      isHistoric: metric.spec.era !== null,
    });
    figures.push({
      value: mention.value,
      qualifier: mention.qualifier,
      text: text.slice(mention.start, noun.end),
      start: mention.start,
      end: noun.end,
      metric: metric.spec.id,
      side,
      claimant: claimant ? { id: claimant.id, label: claimant.label, party: claimant.party } : null,
      sentence,
      sentenceStart: span.start,
    });
    previous = { sentence: index, end, eventBeforeAt, noun: nounText };
    lastEnd = noun.end;
  }
  return figures;
}
