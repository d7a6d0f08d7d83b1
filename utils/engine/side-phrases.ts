/**
 * The side a phrase names: a nationality or party marker, the party named first, an owner before
 * a count, an attacker after it, a toll's own words, the towns of a sentence, "both sides".
 * sides.ts weighs them by where they stand in the sentence.
 */
import type { CompiledPack } from './compiled-pack';
import { withoutAgent } from './grammar';
import { passesAtEnd, unanchoredTest } from './regex-first';
import type { Party, Side } from './types';

export function partySide(party: Party | null): Side {
  if (party === 'AZ') return 'AZ';
  if (party === 'ARM' || party === 'NK') return 'ARM';
  return null;
}

export function opposite(side: Side): Side {
  if (side === 'AZ') return 'ARM';
  if (side === 'ARM') return 'AZ';
  return null;
}

/** A match anywhere in `text`, whatever `lastIndex` a global pattern was left at. */
export function hasMatch(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const hit = pattern.test(text);
  pattern.lastIndex = 0;
  return hit;
}

/**
 * Whether the figure's own words name whose it is: a nationality, "enemy", a third country, or the
 * subject's own set against the list before it ("six Armenian soldiers and two of its own servicemen").
 */
export function namesItsSide(pack: CompiledPack, inFigure: string): boolean {
  return (
    markerSide(pack, inFigure) !== null ||
    hasMatch(pack.enemy, inFigure) ||
    namesCountry(pack, inFigure) ||
    pack.grammar.ownContrast?.test(inFigure) === true
  );
}

/** Whether `text` names a third country ("two Russian helicopters"). */
export function namesCountry(pack: CompiledPack, text: string): boolean {
  for (const { pattern } of pack.countries) if (hasMatch(pattern, text)) return true;
  return false;
}

/**
 * "15 Azerbaijani soldiers were wounded, while Armenia lost 49": a count with its own loser's verb
 * after the count it borrows a noun from is that loser's, not the lender's side.
 */
export function lostOnItsOwn(
  pack: CompiledPack,
  sentence: string,
  eventAt: number,
  lenderEnd: number,
): boolean {
  return eventAt > lenderEnd && pack.grammar.ownLoss.test(sentence.slice(eventAt, eventAt + 40));
}

/**
 * "Armenian forces said they destroyed 12 of their drones": after a verb that acts on the count
 * (not the owner's own loss), a third person's "of their" is the object's owner, who need not be the
 * speaker; the verb's agent decides.
 */
export function ownerActedOn(
  pack: CompiledPack,
  sentence: string,
  eventBeforeAt: number,
  inFigure: string,
): boolean {
  if (eventBeforeAt < 0 || !pack.grammar.ofThirdOwner?.test(inFigure)) return false;
  const lossWord = sentence.slice(eventBeforeAt, eventBeforeAt + 40);
  return !pack.grammar.ownLoss.test(lossWord) && !pack.grammar.patientLoss?.test(lossWord);
}

/**
 * "Its helicopter was downed, killing two crew members": people a loss verb right after the comma
 * kills belong with the machine the clause before lost, the side its subject names (its, their:
 * the speaker's), else the side of the machine counted before, else the speaker's.
 */
export function lostMachineSide(
  pack: CompiledPack,
  window: string,
  speakerSide: Side,
  sideBefore?: Side,
): Side {
  const clause = pack.grammar.lostMachineBefore?.exec(window);
  if (!clause) return null;
  const subject = clause[1] ?? '';
  return (
    firstPartySide(pack, subject) ??
    (pack.grammar.possessive.test(subject) ? speakerSide : null) ??
    sideBefore ??
    speakerSide
  );
}

export function markerSide(pack: CompiledPack, text: string): Side {
  for (const { side, pattern } of pack.sideMarkers) if (hasMatch(pattern, text)) return side;
  return null;
}

/** The side of the party named first in `text` ("the Azerbaijani operation in Nagorno-Karabakh" is Azerbaijan's). */
export function firstPartySide(pack: CompiledPack, text: string): Side {
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

/**
 * "Ermeni birliklere ait 22 tank", "düşmənin 10 tankı": an owner named just before the count.
 * `sideOnly`: only a side named at the head of the clause (the pattern's group `side`: "auf
 * armenischer Seite", "da parte azera"), which owns civilians too; a genitive before civilians is
 * more often their attacker.
 */
export function ownerBefore(
  pack: CompiledPack,
  sentence: string,
  figureStart: number,
  sideOnly = false,
): Side | 'enemy' {
  const window = sentence.slice(Math.max(0, figureStart - 60), figureStart);
  const atEnd = pack.grammar.ownerBeforeAtEnd;
  // Most windows hold no owner: one test at the end instead of a try at every character.
  if (atEnd && !passesAtEnd(atEnd, window)) return sideAtHead(pack, sentence, figureStart);
  const m = pack.grammar.ownerBefore?.exec(window);
  // A language may name the owner in more than one shape ("düşmənin 10 tankı", "Verluste beim
  // Gegner: 200"): the owner's words are the first group that took part.
  const owner = sideOnly ? m?.groups?.side : m?.slice(1).find((g) => g !== undefined);
  if (!owner) return sideAtHead(pack, sentence, figureStart);
  return ownerWordSide(pack, owner);
}

/**
 * The side of the owner's own word: the side or enemy word named last in the owner phrase, nearest
 * its "ait"/"məxsus"/genitive ending. "Azerbaycan ordusu düşmana ait 5 tankı imha etti": the army
 * before it is the clause's subject, the enemy owns the tanks.
 */
function ownerWordSide(pack: CompiledPack, owner: string): Side | 'enemy' {
  let found: Side | 'enemy' = null;
  let foundAt = -1;
  for (const { side, pattern } of [...pack.sideMarkers, { side: 'enemy' as const, pattern: pack.enemy }]) {
    const at = lastMatchAt(pattern, owner);
    if (at > foundAt) {
      found = side;
      foundAt = at;
    }
  }
  // "Casualties: Azerbaijan 2,908 soldiers killed": a table's row names its country.
  return found ?? firstPartySide(pack, owner);
}

/** Where the last match of a non-global pattern starts in `text`, or -1. */
function lastMatchAt(pattern: RegExp, text: string): number {
  let at = -1;
  for (let from = 0; from < text.length; ) {
    const m = pattern.exec(text.slice(from));
    if (!m) break;
    at = from + m.index;
    from = at + Math.max(1, m[0].length);
  }
  return at;
}

/**
 * "Da parte armena, secondo il bilancio diffuso ieri sera, sono stati uccisi 40 soldati": the side
 * heading the sentence owns its count however far after it, unless another party is named between.
 */
function sideAtHead(pack: CompiledPack, sentence: string, figureStart: number): Side | 'enemy' {
  const pattern = pack.grammar.sideHead;
  if (!pattern) return null;
  return ownClauseSide(pack, sentence, figureStart) ?? sideHeading(pack, pattern, sentence, 0, figureStart);
}

/**
 * "…, auf armenischer Seite 60": the side heading the figure's own clause, when that clause is not
 * the sentence's first (a count borrowing the noun before it still names its own side so).
 */
export function ownClauseSide(pack: CompiledPack, sentence: string, figureStart: number): Side | 'enemy' {
  const pattern = pack.grammar.sideHead;
  const clause = Math.max(sentence.lastIndexOf(',', figureStart), sentence.lastIndexOf(';', figureStart)) + 1;
  return pattern && clause > 0 ? sideHeading(pack, pattern, sentence, clause, figureStart) : null;
}

/** "… et 60 côté arménien": a side named after a count in its own clause (Lexicon grammar sideAfter). */
export function namesSideAfter(pack: CompiledPack, sentence: string, figureStart: number): boolean {
  const named = pack.grammar.sideAfter?.exec(sentence.slice(figureStart))?.[1];
  return named !== undefined && markerSide(pack, named) !== null;
}

function sideHeading(
  pack: CompiledPack,
  pattern: RegExp,
  sentence: string,
  from: number,
  figureStart: number,
): Side | 'enemy' {
  const head = pattern.exec(from > 0 ? sentence.slice(from, figureStart) : sentence);
  if (!head) return null;
  const headEnd = from + head.index + head[0].length;
  if (headEnd > figureStart) return null;
  const word = head[1] ?? '';
  const side = markerSide(pack, word) ?? (hasMatch(pack.enemy, word) ? 'enemy' : null);
  const between = firstPartySide(pack, sentence.slice(headEnd, figureStart));
  return side && (between === null || between === side) ? side : null;
}

/** Side of the attacker named in an agent phrase after the figure ("by shelling from Armenia's forces"). */
export function attackerSide(pack: CompiledPack, after: string): Side {
  const m = pack.grammar.agent.exec(after);
  return m ? firstPartySide(pack, m[1] ?? '') : null;
}

/**
 * Whose losses a toll counts, from its own words ("the death toll among Karabakh servicemen",
 * "Ermenistan'da hayatını kaybeden asker sayısı"); the attacker's words ("from Azerbaijani
 * shelling") are left out.
 */
export function tollSide(pack: CompiledPack, phrase: string): Side {
  const owners = withoutAgent(pack.grammar, phrase);
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
export function wordStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/(?<=\s)\S/gu)) starts.push(m.index ?? 0);
  return starts;
}

/** The side whose towns the sentence names, when it names only one side's. */
export function placeSide(pack: CompiledPack, sentence: string): Side {
  let side: Side = null;
  let named = 0;
  for (const place of pack.places) {
    if (!hasMatch(place.pattern, sentence)) continue;
    side = place.side;
    named++;
  }
  return named === 1 ? side : null;
}
