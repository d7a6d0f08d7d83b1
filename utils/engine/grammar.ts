/**
 * A language's grammar words compiled once: the English values come from assets/lang/en.json and
 * every other lexicon overrides what differs (utils/engine/lexicon.ts documents each entry).
 */
import english from '../../assets/lang/en.json';
import type { GrammarLexicon } from './grammar-lexicon';
import { endAnchoredTest } from './regex-first';

export const ENGLISH_GRAMMAR = english.grammar as GrammarLexicon;

export interface CompiledGrammar {
  phraseStop: Set<string>;
  of: Set<string>;
  /** Sticky: a determiner and its space at a position. */
  determinerY: RegExp;
  passiveGap: RegExp;
  listGap: RegExp;
  ellipsis: RegExp;
  clauseBreak: RegExp;
  introSegment: RegExp;
  trailingFiller: RegExp;
  relativeSegment: RegExp;
  clauseSegment: RegExp;
  endsWithPronoun: RegExp;
  roleOnlySubject: RegExp;
  phraseAfterStop: RegExp;
  possessive: RegExp;
  ofTheCountry: RegExp | null;
  bothSides: RegExp;
  ofTheEnemy: RegExp;
  agent: RegExp;
  sharedSubject: RegExp;
  absoluteSubject: RegExp | null;
  ownLoss: RegExp;
  patientLoss: RegExp | null;
  ownerAfter: RegExp;
  pairGap: RegExp;
  bareCount: RegExp;
  objectCount: RegExp | null;
  subsetGap: RegExp | null;
  /** See GrammarLexicon's placeOpening; reads \p{L} in every language. */
  placeOpening: RegExp | null;
  /** See GrammarLexicon's adverbialOpening; reads \p{L} in every language. */
  adverbialOpening: RegExp | null;
  /** See GrammarLexicon's continuation; reads \p{L} in every language. */
  continuation: RegExp | null;
  /** See GrammarLexicon's inTurn; reads \p{L} in every language. */
  inTurn: RegExp | null;
  agentBefore: RegExp | null;
  elaborationBefore: RegExp | null;
  lostMachineBefore: RegExp | null;
  accidentAfter: RegExp | null;
  ofThirdOwner: RegExp | null;
  activeLossAfter: RegExp | null;
  /** Sticky after a count: "of them" (partOfAfter), or null. */
  partOfAfterY: RegExp | null;
  /** Ends the text before a count: "of whom " (partOfBefore), or null. */
  partOfBefore: RegExp | null;
  /** Sticky after a counted loss noun: the words before its group ("parmi les "), or null. */
  groupAfterY: RegExp | null;
  /** A count that is such a part, anywhere in a gap: the whole before it does not own a loss word after it. */
  partOfInGap: RegExp | null;
  invertedBefore: RegExp | null;
  /** Sticky at a count's end. */
  invertedArticleY: RegExp | null;
  /** Global: a word standing for one more of a noun named before (withOneMore checks its start), or null. */
  oneMore: RegExp | null;
  abbreviations: Set<string>;
  subjectAfterVerb: boolean;
  /** Before an attribution verb: a comma (after a closing quote, maybe), then the language's auxiliary, if any. */
  invertedLead: RegExp;
  verbFinal: boolean;
  /** See GrammarLexicon's objectCase. */
  objectCase: RegExp | null;
  /** See GrammarLexicon's objectCaseAfterPeople. */
  objectCaseAfterPeople: RegExp | null;
  /** See GrammarLexicon's perfectAuxiliary (global) and perfectLossAfter. */
  perfectAuxiliary: RegExp | null;
  perfectLossAfter: RegExp | null;
  nationalityNouns: boolean;
  partitive: RegExp | null;
  ownerBefore: RegExp | null;
  /** Passes at a window's end when ownerBefore matches in it (regex-first.ts endAnchoredTest). */
  ownerBeforeAtEnd: RegExp | null;
  /** See GrammarLexicon's sideHead; reads \p{L} in every language. */
  sideHead: RegExp | null;
  impersonalVerb: RegExp | null;
  headlineCopiesRestated: boolean;
  activeObject: string | null;
  activeVerbs: string[];
  /** Sticky at a counted noun's end: the noun modifies a head that is no loss, or null. */
  compoundHeadY: RegExp | null;
  /** Sticky at a count's words' end: its own predicate is a state that is no loss, or null. */
  otherStateY: RegExp | null;
  /** Ending the text before a count: a verb pair that names no one loss, or null. */
  otherStateBefore: RegExp | null;
  /** Passes at a window's end when otherStateBefore matches it (endAnchoredTest), or null. */
  otherStateBeforeAtEnd: RegExp | null;
  /** In a sentence: the conflict itself causes its losses, or null. */
  wholeConflict: RegExp | null;
  /** A line that is only a wounded label and a count, a war's fact box (Lexicon grammar factBoxWounded), or null. */
  factBoxWounded: RegExp | null;
  /** Sticky at "its"/"their": one machine of its owner (Lexicon grammar possessedOne), or null. */
  possessedOneY: RegExp | null;
  /** Global: where a headline counts one bare machine (headline-one.ts), or null. */
  headlineOne: RegExp | null;
  /** Forces striking the enemy, group 1 their party (acting-forces.ts), or null. */
  actingForces: RegExp | null;
  /** Forces with no party striking a target, group 1 the target (acting-forces.ts), or null. */
  unnamedForcesTarget: RegExp | null;
  /** In a figure's words, the owner's own against a list's other side (side-phrases.ts), or null. */
  ownContrast: RegExp | null;
  /** An aside's pronoun before its verb, at the end (pronoun-aside.ts), or null. */
  asidePronoun: RegExp | null;
  /** A sentence's opening party word (group 1) through its first comma (pronoun-aside.ts), or null. */
  asideOpening: RegExp | null;
  /** Global: what joins a second report to the first (coordinated-subject.ts), or null. */
  speakerJoin: RegExp | null;
  /** After people who fled: the place they fled (group 1), or null. */
  fledFrom: RegExp | null;
  /** Before people who fled: the place they fled (group 1), or null. */
  fledFromBefore: RegExp | null;
  /** After people who fled: the place they reached (group 1), or null. */
  arrivedIn: RegExp | null;
  /** Sticky at a civilian group's end, and ending the text before it (added-people.ts), or null. */
  addedPeopleAfterY: RegExp | null;
  addedPeopleBefore: RegExp | null;
  /**
   * Passes at a window's end when addedPeopleBefore matches it: tried first, as the unanchored
   * regex is tried at every position of the window for each civilian count (6% of an English pass).
   */
  addedPeopleBeforeAtEnd: RegExp | null;
  partyAfterRole: boolean;
  /** Sticky after the mark closing an apposition: the verb it leaves for (apposition.ts), or null. */
  appositionCloseY: RegExp | null;
  /** Sticky at a counted noun's end: parts of its people named uncounted (mixedPeople), or null. */
  mixedPeopleY: RegExp | null;
  /** A range's gap, its opening word, and the change it is not (Lexicon grammar rangeGap …), or null. */
  rangeGap: RegExp | null;
  rangeOpen: RegExp | null;
  rangeNotAfter: RegExp | null;
  /** The side named after a figure in its clause (Lexicon grammar sideAfter), or null. */
  sideAfter: RegExp | null;
}

const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));

/** A word of a noun phrase; a modifier may start with a digit ("an 11-year-old boy", "122-mm"). */
const WORD_Y = /[\p{L}\p{N}][\p{L}\p{M}\p{N}_'’-]*/uy;

/**
 * The word (WORD_Y) starting at `pos`, or null. Read by char code while it is ASCII, as most
 * words are: the regex's Unicode classes cost more, and this is read for every word before a noun.
 */
export function wordAt(text: string, pos: number): string | null {
  let i = pos;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) continue;
    if (i > pos && (c === 95 || c === 39 || c === 45)) continue;
    if (c < 128) break;
    WORD_Y.lastIndex = pos;
    return WORD_Y.exec(text)?.[0] ?? null;
  }
  return i > pos ? text.slice(pos, i) : null;
}

/** "…, and 541 of them were …", "…, из них 541 …": a part's count in a gap, from either side. */
function partOfInGap(g: GrammarLexicon, re: (source: string, flags?: string) => RegExp): RegExp | null {
  const sides = [
    g.partOfBefore ? `(?:${g.partOfBefore})\\s*\\d` : null,
    g.partOfAfter ? `\\d(?:${g.partOfAfter})` : null,
  ].filter((s) => s !== null);
  return sides.length > 0 ? re(sides.join('|'), 'i') : null;
}

export function compileGrammar(g: GrammarLexicon, unicodeFlag: string): CompiledGrammar {
  const re = (source: string, flags = '') => new RegExp(source, flags + unicodeFlag);
  return {
    phraseStop: lower(g.phraseStop),
    of: lower(g.of),
    determinerY: re(`(?:${g.determiners.join('|')})\\s+`, 'iy'),
    passiveGap: re(g.passiveGap, 'i'),
    listGap: re(g.listGap, 'i'),
    ellipsis: re(g.ellipsis, 'i'),
    clauseBreak: re(g.clauseBreak, 'gi'),
    introSegment: re(g.introSegment, 'i'),
    trailingFiller: re(g.trailingFiller, 'i'),
    relativeSegment: re(g.relativeSegment, 'i'),
    clauseSegment: re(g.clauseSegment, 'i'),
    endsWithPronoun: re(g.endsWithPronoun, 'i'),
    roleOnlySubject: re(g.roleOnlySubject, 'i'),
    phraseAfterStop: re(g.phraseAfterStop),
    possessive: re(g.possessive, 'i'),
    ofTheCountry: g.ofTheCountry ? re(g.ofTheCountry, 'i') : null,
    bothSides: re(g.bothSides, 'i'),
    ofTheEnemy: re(g.ofTheEnemy, 'i'),
    agent: re(g.agent, 'i'),
    sharedSubject: re(g.sharedSubject, 'i'),
    absoluteSubject: g.absoluteSubject ? re(g.absoluteSubject, 'i') : null,
    ownLoss: re(g.ownLoss, 'i'),
    patientLoss: g.patientLoss ? re(g.patientLoss, 'i') : null,
    ownerAfter: re(g.ownerAfter, 'i'),
    // Both read \p{L} in every language.
    pairGap: new RegExp(g.pairGap, 'iu'),
    bareCount: new RegExp(g.bareCount, 'iu'),
    objectCount: g.objectCount ? re(g.objectCount, 'i') : null,
    subsetGap: g.subsetGap ? re(g.subsetGap, 'i') : null,
    placeOpening: g.placeOpening ? new RegExp(g.placeOpening, 'iu') : null,
    adverbialOpening: g.adverbialOpening ? new RegExp(g.adverbialOpening, 'iu') : null,
    continuation: g.continuation ? new RegExp(g.continuation, 'iu') : null,
    inTurn: g.inTurn ? new RegExp(g.inTurn, 'iu') : null,
    agentBefore: g.agentBefore ? re(g.agentBefore, 'i') : null,
    elaborationBefore: g.elaborationBefore ? re(g.elaborationBefore, 'i') : null,
    lostMachineBefore: g.lostMachineBefore ? re(g.lostMachineBefore, 'i') : null,
    ofThirdOwner: g.ofThirdOwner ? re(g.ofThirdOwner, 'i') : null,
    accidentAfter: g.accidentAfter ? re(`^(?:${g.accidentAfter})`, 'i') : null,
    activeLossAfter: g.activeLossAfter ? re(g.activeLossAfter, 'i') : null,
    partOfAfterY: g.partOfAfter ? re(g.partOfAfter, 'iy') : null,
    partOfBefore: g.partOfBefore ? re(`(?:${g.partOfBefore})\\s*$`, 'i') : null,
    partOfInGap: partOfInGap(g, re),
    groupAfterY: g.groupAfter ? re(`(?:${g.groupAfter})[ \\t\\u00A0]+`, 'iy') : null,
    invertedBefore: g.invertedBefore ? re(g.invertedBefore, 'i') : null,
    invertedArticleY: g.invertedArticle ? re(g.invertedArticle, 'iy') : null,
    oneMore:
      g.oneMore && g.oneMore.length > 0
        ? new RegExp(
            `(?:${g.oneMore.map((w) => w.replace(/ +/g, '\\s+')).join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
            'giu',
          )
        : null,
    abbreviations: lower(g.abbreviations),
    subjectAfterVerb: g.subjectAfterVerb === true,
    invertedLead: new RegExp(
      `[,，]["'”’»]?\\s*${g.invertedAuxiliary ? `(?:(?:${g.invertedAuxiliary})\\s+)?` : ''}$`,
      'iu',
    ),
    verbFinal: g.verbFinal === true,
    objectCase: g.objectCase ? re(g.objectCase, 'i') : null,
    objectCaseAfterPeople: g.objectCaseAfterPeople ? re(g.objectCaseAfterPeople, 'i') : null,
    perfectAuxiliary: g.perfectAuxiliary ? re(g.perfectAuxiliary, 'gi') : null,
    perfectLossAfter: g.perfectLossAfter ? re(g.perfectLossAfter, 'i') : null,
    nationalityNouns: g.nationalityNouns === true,
    partitive: g.partitive ? re(g.partitive, 'i') : null,
    ownerBefore: g.ownerBefore ? re(g.ownerBefore, 'i') : null,
    ownerBeforeAtEnd: g.ownerBefore ? endAnchoredTest(g.ownerBefore, `i${unicodeFlag}`) : null,
    sideHead: g.sideHead ? new RegExp(g.sideHead, 'iu') : null,
    impersonalVerb: g.impersonalVerb ? re(g.impersonalVerb, 'i') : null,
    headlineCopiesRestated: g.headlineCopiesRestated === true,
    activeObject: g.activeObject ?? null,
    activeVerbs: g.activeVerbs ?? [],
    // Reads \p{L} in every language.
    compoundHeadY: g.compoundHead
      ? new RegExp(`[ \\t\\u00A0]+(?:${g.compoundHead})(?![\\p{L}\\p{N}-])`, 'iyu')
      : null,
    otherStateY: g.otherState ? new RegExp(`\\s+(?:${g.otherState})(?![\\p{L}\\p{N}-])`, 'iyu') : null,
    otherStateBefore: g.otherStateBefore ? re(`(?:${g.otherStateBefore})$`, 'i') : null,
    otherStateBeforeAtEnd: g.otherStateBefore
      ? endAnchoredTest(`(?:${g.otherStateBefore})$`, `i${unicodeFlag}`)
      : null,
    wholeConflict: g.wholeConflict ? re(g.wholeConflict, 'i') : null,
    factBoxWounded: g.factBoxWounded ? re(g.factBoxWounded, 'i') : null,
    possessedOneY: g.possessedOne ? re(g.possessedOne, 'iy') : null,
    headlineOne: g.headlineOne ? re(g.headlineOne, 'gi') : null,
    actingForces: g.actingForces ? re(g.actingForces, 'i') : null,
    unnamedForcesTarget: g.unnamedForcesTarget ? re(g.unnamedForcesTarget, 'i') : null,
    ownContrast: g.ownContrast ? re(g.ownContrast, 'i') : null,
    asidePronoun: g.asidePronoun ? new RegExp(g.asidePronoun, 'iu') : null,
    asideOpening: g.asideOpening ? new RegExp(g.asideOpening, 'u') : null,
    speakerJoin: g.speakerJoin ? new RegExp(g.speakerJoin, 'gu') : null,
    fledFrom: g.fledFrom ? re(g.fledFrom, 'i') : null,
    fledFromBefore: g.fledFromBefore ? re(g.fledFromBefore, 'i') : null,
    arrivedIn: g.arrivedIn ? re(g.arrivedIn, 'i') : null,
    addedPeopleAfterY: g.addedPeopleAfter ? re(g.addedPeopleAfter, 'iy') : null,
    addedPeopleBefore: g.addedPeopleBefore ? re(`(?:${g.addedPeopleBefore})$`, 'i') : null,
    addedPeopleBeforeAtEnd: g.addedPeopleBefore
      ? endAnchoredTest(`(?:${g.addedPeopleBefore})$`, `i${unicodeFlag}`)
      : null,
    partyAfterRole: g.partyAfterRole === true,
    // Reads \p{L} in every language.
    appositionCloseY: g.appositionClose
      ? new RegExp(`\\s*(?:${g.appositionClose})(?![\\p{L}\\p{N}])`, 'iyu')
      : null,
    mixedPeopleY: g.mixedPeople ? new RegExp(g.mixedPeople, 'iyu') : null,
    rangeGap: g.rangeGap ? re(`^(?:${g.rangeGap})$`, 'i') : null,
    rangeOpen: g.rangeOpen ? re(`(?:${g.rangeOpen})$`, 'i') : null,
    rangeNotAfter: g.rangeNotAfter ? re(`(?:${g.rangeNotAfter})$`, 'i') : null,
    sideAfter: g.sideAfter ? re(`^(?:${g.sideAfter})`, 'i') : null,
  };
}

/** A phrase without the attacker's words it holds ("the death toll from Azerbaijani shelling among …"). */
export function withoutAgent(grammar: Pick<CompiledGrammar, 'agent'>, phrase: string): string {
  const agent = grammar.agent.exec(phrase);
  return agent ? phrase.slice(0, agent.index) + phrase.slice(agent.index + agent[0].length) : phrase;
}
