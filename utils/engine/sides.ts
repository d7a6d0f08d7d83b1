/**
 * Whose losses a figure counts. Rules, strongest first: a third country or a
 * nationality in the figure itself ("two Azerbaijani helicopters"); "enemy";
 * "its"/"our" + the claimant; "from both sides"; for civilians, the town they
 * died in, the attacker, else the reporting party's own; an admission; a
 * claimant doing the damage ("Armenia says it shot down"); an attacker named
 * after the figure; a passive report (own soldiers, the enemy's equipment).
 */
import type { CompiledPack } from './compiled-pack';
import { passesAtEnd, unanchoredTest } from './regex-first';
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
  claimantParty: Party | null;
  /** The attribution verb admits a loss ("admitted", "confirmed"). */
  admission: boolean;
  /** Deaths or injuries (people), as opposed to equipment or ground. */
  isCasualty: boolean;
  /** Civilian victims: placed by town, else the reporting party's own. */
  isCivilian: boolean;
  /** People who fled: a place named after them is where they came from. */
  isDisplacement?: boolean;
  /** A past war's total: only the figure's own words can give it a side. */
  isHistoric: boolean;
  /** The side of the figure before in the same sentence, if any: a list of losses keeps one side. */
  sideBefore?: Side;
  /** The sentence before, in the same paragraph: the scene civilians were hit in may be named there. */
  sentenceBefore?: string;
  /** A toll's words before its count ("число погибших военнослужащих Карабаха возросло до"). */
  tollPhrase?: string;
}

function partySide(party: Party | null): Side {
  if (party === 'AZ') return 'AZ';
  if (party === 'ARM' || party === 'NK') return 'ARM';
  return null;
}

function opposite(side: Side): Side {
  if (side === 'AZ') return 'ARM';
  if (side === 'ARM') return 'AZ';
  return null;
}

function test(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const hit = pattern.test(text);
  pattern.lastIndex = 0;
  return hit;
}

/** Whether the figure's own words name whose it is: a nationality, "enemy", or a third country. */
export function namesItsSide(pack: CompiledPack, inFigure: string): boolean {
  return (
    markerSide(pack, inFigure) !== null ||
    test(pack.enemy, inFigure) ||
    pack.countries.some(({ pattern }) => test(pattern, inFigure))
  );
}

function markerSide(pack: CompiledPack, text: string): Side {
  for (const { side, pattern } of pack.sideMarkers) if (test(pattern, text)) return side;
  return null;
}

/** The side of the party named first in `text` ("the Azerbaijani operation in Nagorno-Karabakh" is Azerbaijan's). */
function firstPartySide(pack: CompiledPack, text: string): Side {
  let first: Side = null;
  let firstAt = Number.POSITIVE_INFINITY;
  for (const { party, pattern } of pack.partyMarkers) {
    if (party === 'other') continue;
    pattern.lastIndex = 0;
    const m = pattern.exec(text);
    pattern.lastIndex = 0;
    if (m && m.index < firstAt) {
      first = partySide(party);
      firstAt = m.index;
    }
  }
  return first;
}

/** "Ermeni birliklere ait 22 tank", "düşmənin 10 tankı": an owner named just before the count. */
function ownerBefore(pack: CompiledPack, sentence: string, figureStart: number): Side | 'enemy' {
  const window = sentence.slice(Math.max(0, figureStart - 60), figureStart);
  const atEnd = pack.grammar.ownerBeforeAtEnd;
  // Most windows hold no owner: one test at the end instead of a try at every character.
  if (atEnd && !passesAtEnd(atEnd, window)) return null;
  const m = pack.grammar.ownerBefore?.exec(window);
  if (!m?.[1]) return null;
  return markerSide(pack, m[1]) ?? (test(pack.enemy, m[1]) ? 'enemy' : null);
}

/** Side of the attacker named in an agent phrase after the figure ("by shelling from Armenia's forces"). */
function attackerSide(pack: CompiledPack, after: string): Side {
  const m = pack.grammar.agent.exec(after);
  return m ? firstPartySide(pack, m[1] ?? '') : null;
}

/**
 * Whose losses a toll counts, from its own words ("the death toll among Karabakh servicemen",
 * "Ermenistan'da hayatını kaybeden asker sayısı"); the attacker's words ("from Azerbaijani
 * shelling") are left out.
 */
function tollSide(pack: CompiledPack, phrase: string): Side {
  const agent = pack.grammar.agent.exec(phrase);
  const owners = agent ? phrase.slice(0, agent.index) + phrase.slice(agent.index + agent[0].length) : phrase;
  if (pack.grammar.bothSides.test(owners)) return null;
  return markerSide(pack, owners) ?? firstPartySide(pack, owners);
}

/** How far from a figure, within its clause, "on both sides" still counts it. */
const BOTH_SIDES_REACH = 48;

/**
 * "killed on both sides", "auf beiden Seiten wurden fast 5000 …", "ont été tuées des deux côtés":
 * the phrase right after the figure, after its verb, or just before it, with no clause break between.
 */
export function namesBothSides(
  pack: CompiledPack,
  sentence: string,
  figureStart: number,
  figureEnd: number,
): boolean {
  const { bothSides } = pack.grammar;
  // Most figures have no such phrase near: one unanchored scan of the reach decides that.
  const near = sentence.slice(Math.max(0, figureStart - BOTH_SIDES_REACH), figureEnd + BOTH_SIDES_REACH);
  if (!unanchored(bothSides).test(near)) return false;
  const after = sentence.slice(figureEnd, figureEnd + BOTH_SIDES_REACH);
  const afterClause = after.slice(0, after.search(/[,.;:!?]|$/u));
  for (const at of wordStarts(afterClause)) if (bothSides.test(afterClause.slice(at))) return true;
  const from = Math.max(0, figureStart - BOTH_SIDES_REACH);
  const before = sentence.slice(from, figureStart);
  const beforeClause = before.slice(before.search(/[^,.;:!?]*$/u));
  for (const at of wordStarts(beforeClause)) {
    const m = bothSides.exec(beforeClause.slice(at));
    if (m && at + m[0].length <= beforeClause.length) return true;
  }
  return false;
}

const unanchoredCache = new WeakMap<RegExp, RegExp>();

/** The pattern as a test anywhere in a text (regex-first.ts): true wherever the anchored one matches at a word. */
function unanchored(pattern: RegExp): RegExp {
  let found = unanchoredCache.get(pattern);
  if (!found) {
    const source = unanchoredTest(pattern.source) ?? pattern.source.replace(/^\^/, '');
    found = new RegExp(source, pattern.flags.replace(/[gy]/g, ''));
    unanchoredCache.set(pattern, found);
  }
  return found;
}

/** Where each word of `text` starts (and 0). */
function wordStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/(?<=\s)\S/gu)) starts.push(m.index ?? 0);
  return starts;
}

/** The side whose towns the sentence names, when it names only one side's. */
function placeSide(pack: CompiledPack, sentence: string): Side {
  const sides = pack.places.filter(({ pattern }) => test(pattern, sentence)).map((p) => p.side);
  return sides.length === 1 ? (sides[0] as Side) : null;
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
function verbFinalLoser(pack: CompiledPack, ctx: SideContext, after: string): Side {
  if (!pack.grammar.verbFinal || !pack.grammar.ownLoss.test(after.trimStart())) return null;
  const subject = ctx.sentence.slice(ctx.clauseStart, ctx.figureStart);
  return firstPartySide(pack, subject.slice(subject.lastIndexOf(',') + 1));
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
  const subject = main.slice(0, verb);
  if (test(pack.enemy, subject)) return opposite(speakerSide);
  return firstPartySide(pack, subject);
}

/**
 * "The enemy suffered losses of …", "Armenia sustained losses of …": the party or enemy that
 * opens a clause segment ending in an own-loss verb, or null.
 */
function ownLossSubject(pack: CompiledPack, segment: string, speakerSide: Side): Side {
  const verb = wordStarts(segment).find((at) => at > 0 && pack.grammar.ownLoss.test(segment.slice(at)));
  if (verb === undefined) return null;
  const subject = segment.slice(0, verb);
  if (test(pack.enemy, subject)) return opposite(speakerSide);
  return firstPartySide(pack, subject);
}

export function inferSide(pack: CompiledPack, ctx: SideContext): Side {
  const inFigure = ctx.sentence.slice(ctx.numberEnd, ctx.figureEnd);
  const after = ctx.sentence.slice(ctx.figureEnd);
  const claimantSide = partySide(ctx.claimantParty);
  if (pack.countries.some(({ pattern }) => test(pattern, inFigure))) return null;
  const own = markerSide(pack, inFigure);
  if (own) return own;
  const tollOwner = ctx.tollPhrase ? tollSide(pack, ctx.tollPhrase) : null;
  if (tollOwner) return tollOwner;
  // "the enemy" of a speaker-less sentence is the other side of the press the language serves.
  const speakerSide = claimantSide ?? partySide(pack.roleDefaultParty);
  // With no speaker to be the enemy of, the agent or the list decides ("Azerbaijani units destroyed
  // 5 tanks and 2 air defence systems of the enemy").
  const enemyOf = test(pack.enemy, inFigure) || pack.grammar.ofTheEnemy.test(after);
  if (enemyOf && speakerSide) return opposite(speakerSide);
  // "the adversary's manpower losses amount to about 200": the enemy's toll.
  if (ctx.tollPhrase && test(pack.enemy, ctx.tollPhrase)) return opposite(speakerSide);
  if (pack.grammar.possessive.test(inFigure) && claimantSide) return claimantSide;
  // Civilians are placed by town and attacker below: a genitive before them is more often the attacker.
  const owner = ctx.isCivilian ? null : ownerBefore(pack, ctx.sentence, ctx.figureStart);
  if (owner) return owner === 'enemy' ? opposite(speakerSide) : owner;
  const subjectLost = ctx.isCivilian ? null : verbFinalLoser(pack, ctx, after);
  if (subjectLost) return subjectLost;
  const elaborated = ctx.isCivilian ? null : elaboratedLoser(pack, ctx, speakerSide);
  if (elaborated) return elaborated;
  if (ctx.isHistoric || namesBothSides(pack, ctx.sentence, ctx.figureStart, ctx.figureEnd)) return null;
  if (ctx.isCivilian) {
    // The attacker may be named before the figure, after the attribution ("в результате обстрела со
    // стороны ВС Армении погибли 4").
    const before = ctx.sentence.slice(ctx.agentFrom, ctx.figureStart);
    const attacker = attackerSide(pack, after) ?? attackerSide(pack, before);
    return (
      placeSide(pack, ctx.sentence) ??
      opposite(attacker) ??
      claimantSide ??
      (ctx.sentenceBefore ? placeSide(pack, ctx.sentenceBefore) : null)
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
    } else {
      // The agent is named in the last clause segment before the verb ("… , Azerbaijani forces
      // killed"). A figure after an earlier one that follows the same verb shares that verb's subject.
      const segment = window.slice(window.lastIndexOf(',') + 1);
      // "Azerbaijan's army lost 300 men": the subject of a loss verb is the one who lost; so is a
      // party named between it and the count ("verloren die armenischen Truppen 2000 Mann",
      // "the loss of Azerbaijan consisted of 18 tanks").
      const between = ctx.sentence.slice(ctx.eventBeforeAt, ctx.figureStart).replace(/^\S+/u, '');
      // "Verluste des Gegners von 200 Soldaten": the enemy named after the loss word lost them.
      const ownLoss = pack.grammar.ownLoss.test(lossWord) && !test(pack.enemy, between);
      const loser = ownLoss ? firstPartySide(pack, between) : null;
      if (loser) return loser;
      const agent =
        firstPartySide(pack, segment) ??
        (segment.trim() ? pronounAntecedent(pack, window, segment) : sharedSubjectSide(pack, ctx));
      if (agent) return ownLoss ? agent : opposite(agent);
      if (claimantSide) return ownLoss ? claimantSide : opposite(claimantSide);
    }
  }
  // "a helicopter of the Azerbaijani air force": the owner named right after the figure.
  const ownerAfter = pack.grammar.ownerAfter.exec(after);
  if (ownerAfter) {
    const side = markerSide(pack, after.slice(ownerAfter[0].length, ownerAfter[0].length + 40));
    if (side) return side;
  }
  const attacker = attackerSide(pack, after);
  // "6,650 refugees from Karabakh": for people who fled, "from" names where they lived.
  if (attacker) return ctx.isDisplacement ? attacker : opposite(attacker);
  // "… six Armenian tanks were destroyed and more than 100 soldiers killed": one list, one side.
  if (ctx.sideBefore) return ctx.sideBefore;
  if (!claimantSide) return null;
  return ctx.isCasualty ? claimantSide : opposite(claimantSide);
}
