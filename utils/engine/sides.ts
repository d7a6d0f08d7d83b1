/**
 * Whose losses a figure counts. Rules, strongest first: a third country or a
 * nationality in the figure itself ("two Azerbaijani helicopters"); "enemy";
 * "its"/"our" + the claimant; "from both sides"; for civilians, the town they
 * died in, the attacker, else the reporting party's own; an admission; a
 * claimant doing the damage ("Armenia says it shot down"); an attacker named
 * after the figure; a passive report (own soldiers, the enemy's equipment).
 */
import { subjectBeforeAside } from './attribution-aside';
import type { CompiledPack } from './compiled-pack';
import { withoutAgent } from './grammar';
import { perfectSubjectSide } from './perfect-subject';
import {
  attackerSide,
  firstPartySide,
  hasMatch,
  lostMachineSide,
  markerSide,
  namesCountry,
  opposite,
  ownerActedOn,
  ownerBefore,
  partySide,
  placeSide,
  tollSide,
  wordStarts,
} from './side-phrases';
import type { Party, Side } from './types';

export interface SideContext {
  sentence: string;
  /** Figure offsets inside the sentence. */
  numberEnd: number;
  figureStart: number;
  figureEnd: number;
  /** Offset of the loss event that acts on the figure from before it ("shot down two …"), or -1. */
  eventBeforeAt: number;
  /** Where the agent of that event may be named: after the attribution verb and after any earlier figure. */
  agentFrom: number;
  /** Where the figure's clause starts: after the attribution verb before it, else 0. */
  clauseStart: number;
  /** An attribution set between the loss verb and the count ("verlor nach eigenen Angaben 50"), or -1. */
  asideAt?: number;
  claimantParty: Party | null;
  /** The attribution verb admits a loss ("admitted", "confirmed"). */
  admission: boolean;
  /** Deaths or injuries (people), as opposed to equipment or ground. */
  isCasualty: boolean;
  /** Civilian victims: placed by town, else the reporting party's own. */
  isCivilian: boolean;
  /** People who fled: a place named after them is where they came from. */
  isDisplacement?: boolean;
  /** Their era's people fled places of the other side (topic pack's `fledOtherSide`). */
  fledOtherSide?: boolean;
  /** A past war's total: only the figure's own words can give it a side. */
  isHistoric: boolean;
  /** The figure is counted on both sides ("killed on both sides"; side-phrases.ts namesBothSides). */
  onBothSides: boolean;
  /** The side of the figure before in the same sentence, if any: a list of losses keeps one side. */
  sideBefore?: Side;
  /** The side of the last figure of the sentence before, in the same paragraph: a report goes on. */
  sideEarlier?: Side;
  /** The sentence says it goes on with the one before ("Inoltre, …"; the lexicon's continuation). */
  continues?: boolean;
  /** The sentence before, in the same paragraph: the scene civilians were hit in may be named there. */
  sentenceBefore?: string;
  /** A toll's words before its count ("число погибших военнослужащих Карабаха возросло до"). */
  tollPhrase?: string;
}

/**
 * "Karabakh troops wounded 90 soldiers, destroyed 30 tanks": a loss verb right after a comma shares
 * the subject of the clause's first loss verb.
 */
function sharedSubjectSide(pack: CompiledPack, ctx: SideContext): Side {
  const clause = ctx.sentence.slice(ctx.clauseStart, ctx.eventBeforeAt);
  const first = pack.anyEvent.exec(clause);
  if (!first || first.index === 0) return null;
  const subject = clause.slice(0, first.index);
  return firstPartySide(pack, subject.slice(subject.lastIndexOf(',') + 1));
}

/**
 * "Since the Armenian army attacked, it lost 260 tanks": a pronoun subject stands for the party
 * the clause before it names.
 */
function pronounAntecedent(pack: CompiledPack, window: string, segment: string): Side {
  if (!pack.grammar.endsWithPronoun.test(segment.trim())) return null;
  const before = window.slice(0, window.length - segment.length);
  const clause = before.slice(0, before.lastIndexOf(','));
  return firstPartySide(pack, clause.slice(clause.lastIndexOf(',') + 1));
}

/**
 * "Ermenistan ordusu cephe hattında 150'den fazla asker kaybetti": where the verb ends the clause,
 * a loss verb right after the count that is the subject's own ("kaybetti") makes the party that
 * opens the clause's last segment the loser.
 */
function verbFinalLoser(pack: CompiledPack, ctx: SideContext, after: string, speakerSide: Side): Side {
  if (!pack.grammar.verbFinal || !pack.grammar.ownLoss.test(after.trimStart())) return null;
  const subject = ctx.sentence.slice(ctx.clauseStart, ctx.figureStart);
  return (
    subjectSide(pack, subject.slice(subject.lastIndexOf(',') + 1), speakerSide) ??
    subjectBeforeAside(pack, ctx.sentence, ctx.clauseStart)
  );
}

/** The side a clause's subject names: "the enemy" as the speaker's other side ("düşmən … itirib"), or a party. */
function subjectSide(pack: CompiledPack, subject: string, speakerSide: Side): Side {
  return hasMatch(pack.enemy, subject) ? opposite(speakerSide) : firstPartySide(pack, subject);
}

/**
 * "Azerbaycan ordusu 3 tank imha etti": where the verb ends the clause, an active loss verb right
 * after the count makes the party that opens the clause's last segment its agent; the count is
 * the other side's.
 */
function verbFinalAgent(pack: CompiledPack, ctx: SideContext, after: string, speakerSide: Side): Side {
  if (!pack.grammar.activeLossAfter?.test(after)) return null;
  const subject = ctx.sentence.slice(ctx.clauseStart, ctx.figureStart);
  // "Azerbaycan ordusu, Cebrail bölgesinde 9 köyü … kurtardı": the subject may stand before a comma.
  const agent =
    subjectSide(pack, subject.slice(subject.lastIndexOf(',') + 1), speakerSide) ??
    firstPartySide(pack, subject) ??
    subjectBeforeAside(pack, ctx.sentence, ctx.clauseStart);
  return opposite(agent);
}

/**
 * "The enemy suffered heavy losses, with up to 80 servicemen killed": a count elaborating a clause
 * whose subject lost something is that subject's.
 */
function elaboratedLoser(pack: CompiledPack, ctx: SideContext, speakerSide: Side): Side {
  const pattern = pack.grammar.elaborationBefore;
  if (!pattern) return null;
  const before = ctx.sentence.slice(ctx.clauseStart, ctx.figureStart);
  const m = pattern.exec(before);
  if (!m) return null;
  const main = before.slice(0, m.index);
  const verb = wordStarts(main).find((at) => at > 0 && pack.grammar.ownLoss.test(main.slice(at, at + 40)));
  if (verb === undefined) return null;
  return subjectSide(pack, main.slice(0, verb), speakerSide);
}

/**
 * "The enemy suffered losses of …", "Armenia sustained losses of …": the party or enemy that
 * opens a clause segment ending in an own-loss verb, or null.
 */
function ownLossSubject(pack: CompiledPack, segment: string, speakerSide: Side): Side {
  const verb = wordStarts(segment).find((at) => at > 0 && pack.grammar.ownLoss.test(segment.slice(at)));
  if (verb === undefined) return null;
  return subjectSide(pack, segment.slice(0, verb), speakerSide);
}

/**
 * "a helicopter of the Azerbaijani air force", "мирных жителей Азербайджана": the owner named right
 * after the figure (an attacker's "by" is not one).
 */
function ownerAfterSide(pack: CompiledPack, after: string): Side {
  const ownerAfter = pack.grammar.ownerAfter.exec(after);
  return ownerAfter ? markerSide(pack, after.slice(ownerAfter[0].length, ownerAfter[0].length + 40)) : null;
}

export function inferSide(pack: CompiledPack, ctx: SideContext): Side {
  const inFigure = ctx.sentence.slice(ctx.numberEnd, ctx.figureEnd);
  const after = ctx.sentence.slice(ctx.figureEnd);
  const claimantSide = partySide(ctx.claimantParty);
  // "30,000 Armenians and Azerbaijanis": the figure's own side word is one of the two it counts.
  if (ctx.onBothSides || namesCountry(pack, inFigure)) return null;
  const own = markerSide(pack, inFigure);
  if (own) return own;
  // "92 soldiers were killed on the Armenian side": where the losses fell, named in their clause.
  const sideAfter = pack.grammar.sideAfter?.exec(after)?.[1];
  const named = sideAfter ? markerSide(pack, sideAfter) : null;
  if (named) return named;
  const tollOwner = ctx.tollPhrase ? tollSide(pack, ctx.tollPhrase) : null;
  if (tollOwner) return tollOwner;
  // "the enemy" of a speaker-less sentence is the other side of the press the language serves.
  const speakerSide = claimantSide ?? partySide(pack.roleDefaultParty);
  // With no speaker to be the enemy of, the agent or the list decides ("Azerbaijani units destroyed
  // 5 tanks and 2 air defence systems of the enemy").
  const enemyOf = hasMatch(pack.enemy, inFigure) || pack.grammar.ofTheEnemy.test(after);
  if (enemyOf && speakerSide) return opposite(speakerSide);
  // "the adversary's manpower losses amount to about 200": the enemy's toll.
  if (ctx.tollPhrase && hasMatch(pack.enemy, ctx.tollPhrase)) return opposite(speakerSide);
  // "hərbçilərimiz": our own, the speaker's, else (no speaker) the side of the press the language serves.
  const ownerUnsaid = ownerActedOn(pack, ctx.sentence, ctx.eventBeforeAt, inFigure);
  if (pack.grammar.possessive.test(inFigure) && speakerSide && !ownerUnsaid) return speakerSide;
  // Civilians are placed by town and attacker below: a genitive before them is more often the
  // attacker, a side at the head of the clause ("Da parte azera, …") is theirs.
  const owner = ownerBefore(pack, ctx.sentence, ctx.figureStart, ctx.isCivilian);
  if (owner) return owner === 'enemy' ? opposite(speakerSide) : owner;
  const subjectLost = ctx.isCivilian ? null : verbFinalLoser(pack, ctx, after, speakerSide);
  if (subjectLost) return subjectLost;
  const agentActed = ctx.isCivilian ? null : verbFinalAgent(pack, ctx, after, speakerSide);
  if (agentActed) return agentActed;
  const perfect = ctx.isCivilian
    ? null
    : perfectSubjectSide(pack, ctx.sentence, ctx.clauseStart, ctx.figureStart, after);
  if (perfect) return perfect;
  const elaborated = ctx.isCivilian ? null : elaboratedLoser(pack, ctx, speakerSide);
  if (elaborated) return elaborated;
  if (ctx.isHistoric || ctx.onBothSides) return null;
  if (ctx.isCivilian) {
    // The attacker may be named before the figure, after the attribution ("в результате обстрела со
    // стороны ВС Армении погибли 4").
    const before = ctx.sentence.slice(ctx.agentFrom, ctx.figureStart);
    const attackerAfter = attackerSide(pack, after);
    const attacker = attackerAfter ?? attackerSide(pack, before);
    return (
      (attackerAfter ? null : ownerAfterSide(pack, after)) ??
      placeSide(pack, ctx.sentence) ??
      opposite(attacker) ??
      claimantSide ??
      (ctx.sentenceBefore ? placeSide(pack, ctx.sentenceBefore) : null) ??
      ctx.sideBefore ??
      ctx.sideEarlier ??
      null
    );
  }
  if (ctx.admission && claimantSide) return claimantSide;
  if (ctx.eventBeforeAt >= 0) {
    const from = ctx.agentFrom <= ctx.eventBeforeAt ? ctx.agentFrom : 0;
    const window = ctx.sentence.slice(from, ctx.eventBeforeAt);
    const lossWord = ctx.sentence.slice(ctx.eventBeforeAt, ctx.eventBeforeAt + 40);
    if (pack.grammar.patientLoss?.test(lossWord)) {
      // "Nach Angaben des armenischen Ministeriums starben 15 Soldaten": the count is the verb's
      // subject, so only an attacker named as such acts on it; the rules below decide the rest.
      const attacker = attackerSide(pack, window);
      if (attacker) return opposite(attacker);
      // "The Armenian side suffered losses of up to 100 personnel": the subject of an own-loss verb.
      const sufferer = ownLossSubject(pack, window.slice(window.lastIndexOf(',') + 1), speakerSide);
      if (sufferer) return sufferer;
      // "the death toll among Armenian troops rose to 2,000": the group the toll names lost them.
      const named = firstPartySide(
        pack,
        withoutAgent(pack.grammar, ctx.sentence.slice(ctx.eventBeforeAt, ctx.figureStart)),
      );
      if (named) return named;
    } else {
      // The agent is named in the last clause segment before the verb ("… , Azerbaijani forces
      // killed"). A figure after an earlier one that follows the same verb shares that verb's subject.
      const segment = window.slice(window.lastIndexOf(',') + 1);
      // "Azerbaijan's army lost 300 men": the subject of a loss verb is the one who lost; so is a
      // party named between it and the count ("verloren die armenischen Truppen 2000 Mann",
      // "the loss of Azerbaijan consisted of 18 tanks").
      // An aside there ("lost, according to Yerevan, 35 tanks", "verlor nach Angaben Eriwans 35
      // Panzer") names a speaker, not the loser.
      const betweenEnd = ctx.asideAt !== undefined && ctx.asideAt >= 0 ? ctx.asideAt : ctx.figureStart;
      const between = ctx.sentence
        .slice(ctx.eventBeforeAt, betweenEnd)
        .replace(/,[^,]*,/u, ' ')
        .replace(/^\S+/u, '');
      // "Verluste des Gegners von 200 Soldaten": the enemy named after the loss word lost them.
      const ownLoss = pack.grammar.ownLoss.test(lossWord) && !hasMatch(pack.enemy, between);
      const loser = ownLoss ? firstPartySide(pack, between) : null;
      if (loser) return loser;
      // "Հակառակորդը գրավել է 3 գյուղ": the enemy acting is the speaker's other side.
      const enemyActs = speakerSide && hasMatch(pack.enemy, segment) ? opposite(speakerSide) : null;
      const crew = segment.trim() ? null : lostMachineSide(pack, window, speakerSide, ctx.sideBefore);
      if (crew) return crew;
      const agent =
        firstPartySide(pack, segment) ??
        enemyActs ??
        (segment.trim() ? pronounAntecedent(pack, window, segment) : sharedSubjectSide(pack, ctx));
      if (agent) return ownLoss ? agent : opposite(agent);
      // "The ombudsman said shelling forced 4,000 villagers to flee": people a speaker reports
      // driven out by an unnamed agent are its own, as its dead are.
      if (claimantSide) return ownLoss || ctx.isDisplacement ? claimantSide : opposite(claimantSide);
    }
  }
  // "600,000 people fled Karabakh": the place they fled names their side, in the 1990s its other one.
  const fled = ctx.isDisplacement ? pack.grammar.fledFrom?.exec(after) : null;
  // A verb-final language names the place before them ("Qarabağdan 100 min nəfər köçüb").
  const fledBefore =
    ctx.isDisplacement && !fled
      ? pack.grammar.fledFromBefore?.exec(
          ctx.sentence.slice(Math.max(0, ctx.figureStart - 60), ctx.figureStart),
        )
      : null;
  const fledFromPlace = (fled ?? fledBefore)?.[1];
  // A town fled names its side as a country does ("из Тертера бежали", "Tərtərdən köçüb").
  const fledPlace = fledFromPlace
    ? (firstPartySide(pack, fledFromPlace) ?? placeSide(pack, fledFromPlace))
    : null;
  if (fledPlace) return ctx.fledOtherSide ? opposite(fledPlace) : fledPlace;
  // "100,000 refugees arrived in Armenia": people of this war flee to their own side, in every era.
  const reached = ctx.isDisplacement ? pack.grammar.arrivedIn?.exec(after)?.[1] : undefined;
  const reachedSide = reached ? firstPartySide(pack, reached) : null;
  if (reachedSide) return reachedSide;
  const ownerNamedAfter = ownerAfterSide(pack, after);
  if (ownerNamedAfter) return ownerNamedAfter;
  const attacker = attackerSide(pack, after);
  // "6,650 refugees from Karabakh": for people who fled, "from" names where they lived.
  if (attacker) return ctx.isDisplacement && !ctx.fledOtherSide ? attacker : opposite(attacker);
  // "… six Armenian tanks were destroyed and more than 100 soldiers killed": one list, one side.
  if (ctx.sideBefore) return ctx.sideBefore;
  // "Inoltre, 90 soldati uccisi" after the enemy's tanks: the report goes on about the same side.
  if (ctx.continues && ctx.sideEarlier) return ctx.sideEarlier;
  // "Some 500 troops were wounded, the agency added" after a sentence counting one side's dead.
  if (!claimantSide) return ctx.sideEarlier ?? null;
  return ctx.isCasualty ? claimantSide : opposite(claimantSide);
}
