/**
 * The counted noun of a number, in order of evidence: the noun after it ("12 [Azerbaijani]
 * soldiers", with "dead soldiers" read to its head); a noun an earlier count of the sentence lends
 * ("… 192 soldiers and 512 wounded"); the noun of the next count it is paired with ("70 Azerbaijani
 * and 60 Armenian civilians"); a toll's group ("the death toll rose to 31"); and for a bare count
 * that is the subject of a loss ("60 were seriously injured"), the latest counted noun nearby, else
 * the toll default ("people").
 */

import {
  type CountedNoun,
  groupBeforeBareLoss,
  isCasualtyNoun,
  lendable,
  type NounContext,
  partitiveNoun,
  partOfWhole,
  raisedToll,
  tollCount,
} from './borrowed-nouns';
import { inlineSpacesEnd, lastWordBeforeSpaces } from './char-reads';
import { type CompiledPack, metricsCounting } from './compiled-pack';
import { countingNounAt, ellipsisEnd, findNoun, MAX_MODIFIERS, type NounSpan } from './figure-context';
import { wordAt } from './grammar';
import { isYearValue } from './number/context';
import { nounHoldingNext, rangeCount } from './range-count';
import { passesAtEnd } from './regex-first';
import { markerSide } from './side-phrases';
import type { NumberMention } from './types';

/** "dead soldiers", "killed civilians": a noun the pack knows followed by the phrase's real head. */
function headOf(pack: CompiledPack, text: string, noun: NounSpan, limit: number): NounSpan {
  const at = inlineSpacesEnd(text, noun.end, 4);
  if (at === noun.end) return noun;
  const next = nounAt(pack, text, at, limit);
  // "7 köy Ermeni işgalinden": in a head-final language a nationality after the noun opens the
  // next phrase; it is no head the noun modifies.
  // Nor is a noun in an object's case ("100 kişi bölgeyi terk etti").
  if (next && pack.grammar.verbFinal && isPhraseAfter(pack, text, next, noun)) return noun;
  if (next || !pack.anyEvent.test(text.slice(noun.start, noun.end))) return next ?? noun;
  // A counted loss noun before its group ("1 166 morts parmi les combattants", "30 погибших
  // азербайджанских военнослужащих"): past the group's lead words or one modifier.
  const { groupAfterY, phraseStop } = pack.grammar;
  if (groupAfterY) {
    groupAfterY.lastIndex = at;
    if (groupAfterY.test(text)) return nounAt(pack, text, groupAfterY.lastIndex, limit) ?? noun;
  }
  const word = wordAt(text, at);
  if (!word || phraseStop.has(word.toLowerCase())) return noun;
  const nextAt = inlineSpacesEnd(text, at + word.length, 4);
  return (nextAt > at + word.length && nounAt(pack, text, nextAt, limit)) || noun;
}

function isPhraseAfter(pack: CompiledPack, text: string, next: NounSpan, own: NounSpan): boolean {
  const word = text.slice(next.start, next.end);
  const { objectCase, objectCaseAfterPeople } = pack.grammar;
  if (markerSide(pack, word) !== null || objectCase?.test(word) === true) return true;
  return objectCaseAfterPeople?.test(word) === true && !markerSide(pack, text.slice(own.start, own.end));
}

function nounAt(pack: CompiledPack, text: string, at: number, limit: number): NounSpan | null {
  pack.anyNoun.lastIndex = at;
  const found = pack.anyNoun.test(text) && pack.anyNoun.lastIndex <= limit;
  return found ? { start: at, end: pack.anyNoun.lastIndex } : null;
}

/**
 * The noun a count names itself, up to `limit` (the sentence's end). An implicit count ("a
 * helicopter") has no other: most articles count nothing, and this answers that cheaply.
 */
export function ownNoun(
  pack: CompiledPack,
  text: string,
  mention: NumberMention,
  limit: number,
): NounSpan | null {
  if (mention.form !== 'implicit') {
    const noun = findNoun(pack, text, invertedSubjectAt(pack, text, mention), limit, MAX_MODIFIERS);
    return noun ? headOf(pack, text, noun, limit) : null;
  }
  if (mention.value !== 1) return countingNounAt(pack, text, mention.start, mention.end);
  // An implicit "a" counts only a singular noun right after it.
  const noun = findNoun(pack, text, mention.end, limit, MAX_MODIFIERS);
  const last = noun && noun.end > noun.start ? text.charCodeAt(noun.end - 1) | 32 : 0;
  return noun && last !== 115 ? headOf(pack, text, noun, limit) : null;
}

/** "Sono almeno 40 i civili uccisi": past the article of a subject that follows its count. */
function invertedSubjectAt(pack: CompiledPack, text: string, mention: NumberMention): number {
  const { invertedBefore, invertedArticleY } = pack.grammar;
  if (!invertedBefore || !invertedArticleY) return mention.end;
  invertedArticleY.lastIndex = mention.end;
  if (!invertedArticleY.test(text)) return mention.end;
  const end = invertedArticleY.lastIndex;
  return invertedBefore.test(text.slice(Math.max(0, mention.start - 40), mention.start)) ? end : mention.end;
}

export function countedNoun(
  pack: CompiledPack,
  mention: NumberMention,
  ctx: NounContext,
): CountedNoun | null {
  const { text } = ctx;
  if (isPassiveAgent(pack, text, mention, ctx.sentenceStart)) return null;
  // Never past the next count ("bei einem Angriff starben zwei Zivilisten": the noun is zwei's).
  const next = ctx.next && ctx.next.start >= mention.end ? ctx.next.start : ctx.sentenceEnd;
  const nounOf = (m: NumberMention, limit: number) => ownNoun(pack, text, m, limit);
  const own = nounOf(mention, Math.min(ctx.sentenceEnd, next)) ?? nounHoldingNext(mention, ctx, nounOf);
  if (own && (modifiesAnotherHead(pack, text, own.end) || actsOnObject(pack, text, mention.start, own.end))) {
    return null;
  }
  if (
    hasOtherState(pack, text, own ? own.end : mention.end) ||
    hasOtherStateBefore(pack, text, mention, ctx)
  ) {
    return null;
  }
  if (own) {
    const head = text.slice(own.start, own.end);
    // "70 Azerbaycanlı ve 60 Ermeni sivil": a nationality standing as the noun shares the next
    // count's noun, as "70 Azerbaijani and 60 Armenian civilians" does.
    const paired =
      pack.grammar.nationalityNouns && markerSide(pack, head) ? pairedNoun(pack, mention, ctx) : null;
    if (paired) return paired;
    // "5 dead": a loss word the current metrics do not count by is said of people (a past war's
    // "30,000 dead" still finds its era); a vague word before it ("several dead") counts nobody.
    if (mention.form !== 'vague' && pack.anyEvent.test(head) && !countsByNoun(pack, head)) {
      // Its group may stand before it, as a toll's does: "1,009 troop deaths", "65 civilian deaths".
      const words = text.slice(mention.end, own.start);
      const group =
        pack.tollGroups.find((g) => g.pattern.test(words))?.noun ??
        lossSubjectGroup(pack, text.slice(Math.max(ctx.sentenceStart, mention.start - 60), mention.start)) ??
        pack.tollDefault;
      return { span: own, text: group, borrowed: false };
    }
    // "deux soldats tués et cinq blessés": a bare loss word after a count of a group counts that group.
    const lent = mention.form === 'vague' ? null : groupBeforeBareLoss(pack, head, ctx.sameSentenceNoun);
    if (lent) return { span: own, text: lent, borrowed: true };
    // "потери противника составили более 200 человек": people a toll counts are its group.
    const toll = pack.tollDefaultForm.test(head) ? tollCount(pack, mention, ctx, own, false, true) : null;
    return toll ?? { span: own, text: head, borrowed: false };
  }
  if (mention.form === 'implicit' || isBareYear(text, mention)) return null;
  const range = rangeCount(pack.grammar, mention, ctx, (upper) => nounOf(upper, ctx.sentenceEnd));
  if (range) return range;
  const raised = raisedToll(pack, mention, ctx);
  if (raised) return raised;
  const part = partOfWhole(pack, mention, ctx);
  if (part) return part;
  const elidedEnd = ellipsisEnd(pack, text, mention.end);
  if (elidedEnd !== -1 && lendable(pack, ctx.sameSentenceNoun)) {
    // "633 soldiers have been killed; the civilian toll stands at 36": a toll naming its group
    // counts that group, not the noun of the count before.
    const atCount = { start: mention.end, end: mention.end };
    const toll = tollCount(pack, mention, ctx, atCount, true, true);
    return (
      toll ?? { span: { start: mention.end, end: elidedEnd }, text: ctx.sameSentenceNoun, borrowed: true }
    );
  }
  const partitive = partitiveNoun(pack, mention, ctx);
  if (partitive)
    return {
      span: { start: mention.end, end: mention.end },
      text: partitive,
      borrowed: true,
      partOfGroupBefore: true,
    };
  const paired = pairedNoun(pack, mention, ctx);
  if (paired) return paired;
  const toll = tollCount(pack, mention, ctx, { start: mention.end, end: mention.end }, true, false);
  if (toll) return toll;
  // "killing 13 and injuring 50": an elided count that is a loss verb's object, "and" after it.
  const objectEnd = objectCountEnd(pack, text, mention, ctx.sentenceStart);
  if (
    objectEnd !== -1 ||
    (elidedEnd !== -1 && pack.grammar.bareCount.test(text.slice(mention.end, mention.end + 60)))
  ) {
    // Only people die or are wounded: a recent noun of equipment is not lent.
    const people =
      lendable(pack, ctx.recentNoun) && isCasualtyNoun(pack, ctx.recentNoun) ? ctx.recentNoun : null;
    const lent = people ?? pack.tollDefault;
    return { span: { start: mention.end, end: Math.max(elidedEnd, objectEnd) }, text: lent, borrowed: true };
  }
  return null;
}

/**
 * "… killed 21 people and wounded 70 on Wednesday": a count right after a death or injury verb,
 * its noun left out, is that verb's object; where its words end, or -1.
 */
function objectCountEnd(
  pack: CompiledPack,
  text: string,
  mention: NumberMention,
  sentenceStart: number,
): number {
  const pattern = pack.grammar.objectCount;
  if (!pattern || mention.form === 'vague') return -1;
  if (!pack.casualtyVerbBefore.test(text.slice(Math.max(sentenceStart, mention.start - 40), mention.start))) {
    return -1;
  }
  const m = pattern.exec(text.slice(mention.end, mention.end + 40));
  return m ? mention.end + m[0].length : -1;
}

/** "… was shot down by a Turkish F-16": the agent of a passive loss lost nothing. */
function isPassiveAgent(
  pack: CompiledPack,
  text: string,
  mention: NumberMention,
  sentenceStart: number,
): boolean {
  const pattern = pack.grammar.agentBefore;
  if (!pattern) return false;
  const before = text.slice(Math.max(sentenceStart, mention.start - 60), mention.start);
  const by = pattern.exec(before);
  return by !== null && pack.lossVerbBefore.test(before.slice(0, by.index + 1));
}

/** "a drone strike", "two tank shells": the counted noun modifies a head that is no loss. */
function modifiesAnotherHead(pack: CompiledPack, text: string, nounEnd: number): boolean {
  const pattern = pack.grammar.compoundHeadY;
  if (!pattern) return false;
  pattern.lastIndex = nounEnd;
  return pattern.test(text);
}

/** "… were killed, and six are still missing": the count's own predicate is a state that is no loss. */
function hasOtherState(pack: CompiledPack, text: string, wordsEnd: number): boolean {
  const pattern = pack.grammar.otherStateY;
  if (!pattern) return false;
  pattern.lastIndex = wordsEnd;
  return pattern.test(text);
}

/** "… killed or wounded 30 civilians": the verbs before the count name no one loss. */
function hasOtherStateBefore(
  pack: CompiledPack,
  text: string,
  mention: NumberMention,
  ctx: NounContext,
): boolean {
  const before = text.slice(Math.max(ctx.sentenceStart, mention.start - 40), mention.start);
  const { otherStateBefore, otherStateBeforeAtEnd } = pack.grammar;
  if (otherStateBeforeAtEnd) return passesAtEnd(otherStateBeforeAtEnd, before);
  return otherStateBefore?.test(before) === true;
}

/** "A Turkish F-16 shot down an Armenian Su-25": a count whose loss verb has an object acted, lost nothing. */
function actsOnObject(pack: CompiledPack, text: string, start: number, nounEnd: number): boolean {
  const pattern = pack.activeLossY;
  if (!pattern) return false;
  pattern.lastIndex = nounEnd;
  if (!pattern.test(text)) return false;
  // "… destroyed three tanks shot down two helicopters": a loss verb's object, its "and" dropped.
  return !pack.lossVerbBefore.test(text.slice(Math.max(0, start - 40), start));
}

/** Whether a metric of the present (not only a past war's) counts by this noun. */
/**
 * "Azerbaijan's military suffered 2,908 deaths": the group of the subject whose own-loss verb
 * stands right before the count (`before` ends there), or null.
 */
function lossSubjectGroup(pack: CompiledPack, before: string): string | null {
  const verb = lastWordBeforeSpaces(before);
  if (!verb || !pack.grammar.ownLoss.test(verb.word)) return null;
  const subject = before.slice(before.lastIndexOf(',') + 1, verb.index);
  return pack.tollGroups.find((g) => g.pattern.test(subject))?.noun ?? null;
}

function countsByNoun(pack: CompiledPack, noun: string): boolean {
  return metricsCounting(pack, noun).some((m) => !m.spec.onlyInEras);
}

/** "70 Azerbaijani and 60 Armenian civilians", "40 injured and 10 killed civilians". */
function pairedNoun(pack: CompiledPack, mention: NumberMention, ctx: NounContext): CountedNoun | null {
  const { next, text } = ctx;
  if (!next || next.start >= ctx.sentenceEnd || next.start - mention.end > 40) return null;
  const gap = text.slice(mention.end, next.start);
  const m = pack.grammar.pairGap.exec(gap);
  if (!m) return null;
  const nextNoun = ownNoun(pack, text, next, ctx.sentenceEnd);
  if (!nextNoun) return null;
  // "2,300 killed and 150 tanks destroyed": a loss word of its own pairs only with the next count's
  // ("40 injured and 10 killed civilians").
  const ownWords = m[1] ?? '';
  if (ownWords && pack.anyEvent.test(ownWords) && !pack.anyEvent.test(text.slice(next.end, nextNoun.start))) {
    return null;
  }
  const ownWordsEnd = mention.end + ownWords.length;
  return {
    span: { start: mention.end, end: ownWordsEnd },
    text: text.slice(nextNoun.start, nextNoun.end),
    borrowed: true,
  };
}

/**
 * "la guerra del 2020 … sono stati uccisi": four plain digits that read as a year count nobody
 * when no noun of their own follows (the English finder drops such years itself).
 */
function isBareYear(text: string, mention: NumberMention): boolean {
  if (mention.form !== 'digits' || mention.value === null || !isYearValue(mention.value)) return false;
  return /^\d{4}$/.test(text.slice(mention.numberStart, mention.numberEnd));
}
