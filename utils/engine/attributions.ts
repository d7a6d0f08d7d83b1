/**
 * Who speaks in a sentence: attributions ("X said", "according to X", "X: …", "… — X") with the
 * speaker phrase each names (resolved by claimants.ts), or carried from earlier text ("It said").
 */
import {
  claimantFor,
  firstPartyIn,
  resolveClaimantPhrase,
  resolveSegments,
  subjectSegments,
} from './claimants';
import type { CompiledPack } from './compiled-pack';
import { coordinatedSubject } from './coordinated-subject';
import { colonSpeaker } from './headline-speaker';
import { pronounAsideClaimant } from './pronoun-aside';
import type { ClaimantSpec } from './topic-pack';
import type { Party } from './types';

export interface Attribution {
  /** Offsets of the attribution verb or preposition inside the sentence. */
  at: number;
  end: number;
  claimant: ClaimantSpec | null;
  /** The subject is a pronoun or a bare role ("It", "The ministry"): the claimant comes from earlier text. */
  carry: boolean;
  /** Role of a bare-role subject, to prefer a carried claimant with that role. */
  carryRole: string | null;
  /**
   * A carried head that is itself a role ("ՊՆ-ն", "the ministry"), in a language whose press means
   * its own country by a bare role: the role its own country's claimant has when nothing is carried.
   */
  ownCountryRole?: string;
}

/** One to four words in quotes, maybe with a case ending glued after ("ombudsmanı"nın). */
const SCARE_QUOTED = /[“"«]((?:[\p{L}\p{M}'’-]+ ?){1,4})[”"»]/gu;

/** The text of the clause before `verbAt` that holds the verb's subject. */
function subjectBefore(
  pack: CompiledPack,
  sentence: string,
  verbAt: number,
  verbFinal = pack.grammar.verbFinal,
): string {
  const { clauseBreak, trailingFiller } = pack.grammar;
  // A clause-final verb's subject opens a clause that may run long ("X, yaptığı açıklamada, … açıkladı").
  const window = sentence.slice(Math.max(0, verbAt - (verbFinal ? 400 : 240)), verbAt);
  // A few words in scare quotes (the separatists' "ombudsmanı") are part of the subject, not a quote.
  const before = verbFinal ? window.replace(SCARE_QUOTED, ' $1 ') : window;
  let cut = 0;
  clauseBreak.lastIndex = 0;
  for (let m = clauseBreak.exec(before); m !== null; m = clauseBreak.exec(before))
    cut = m.index + m[0].length;
  let subject = before.slice(cut);
  if (verbFinal) {
    // The object (with its counts) lies between the subject and the verb.
    const count = subject.search(/\p{N}/u);
    const lastComma = subject.lastIndexOf(',');
    // "… 12 dinc sakin yaralanıb, Baş Prokurorluq bildirib": a speaker after the reported clause.
    if (count >= 0 && lastComma > count && !/\p{N}/u.test(subject.slice(lastComma)))
      subject = subject.slice(lastComma + 1);
    else if (count > 0) subject = subject.slice(0, count);
  }
  subject = subject.trim();
  if (subject.endsWith(',')) subject = subject.slice(0, -1);
  subject = subject.replace(trailingFiller, '').trim();
  // "…, with Azerbaijan saying it had lost …": the absolute clause's own subject speaks.
  return pack.grammar.absoluteSubject?.exec(subject)?.[1]?.trim() ?? subject;
}

/** How many words may open a sentence before its first auxiliary and still be its subject. */
const OPENING_SUBJECT_WORDS = 6;

/**
 * The claimant a sentence opens with as its subject ("Azerbaijan has not disclosed …"), read up to
 * its first auxiliary; null in a verb-final language or when none is named.
 */
export function openingSubject(pack: CompiledPack, sentence: string): ClaimantSpec | null {
  if (pack.grammar.verbFinal) return null;
  const m = pack.grammar.clauseSegment.exec(sentence);
  if (!m || m.index === 0) return null;
  const words = sentence.slice(0, m.index).trim();
  if (words.split(/\s+/u).length > OPENING_SUBJECT_WORDS) return null;
  if (opensWithAdverbial(pack, words)) return null;
  return resolveClaimantPhrase(pack, words).claimant;
}

/** "Auf armenischer Seite seien …": the words before the verb are an adverbial, not the subject. */
function opensWithAdverbial(pack: CompiledPack, words: string): boolean {
  return pack.grammar.adverbialOpening?.test(words.slice(words.lastIndexOf(',') + 1).trim()) ?? false;
}

/**
 * A speaker a sentence opens with though it reports nothing ("Die Behörden in Baku nannten keine
 * Zahlen."), for a later "hieß es": a role of one party in its first words, before any count or
 * clause break; null in a verb-final language.
 */
export function openingSpeaker(pack: CompiledPack, sentence: string): ClaimantSpec | null {
  if (pack.grammar.verbFinal) return null;
  let words = sentence.split(/\s+/u, OPENING_SUBJECT_WORDS).join(' ');
  const stop = words.search(/[\p{N},;:(]/u);
  if (stop !== -1) words = words.slice(0, stop);
  if (!words.trim() || opensWithAdverbial(pack, words)) return null;
  const { claimant, role } = resolveClaimantPhrase(pack, words);
  return role ? claimant : null;
}

/** "It", "They", "… footage it" (a subject's head): the speaker was named earlier. */
function isCarryHead(pack: CompiledPack, head: string): boolean {
  return pack.carryPronoun.test(head) || pack.grammar.endsWithPronoun.test(head);
}

/** How far into a speaker phrase its possessive may stand ("its", "il suo", "seines"). */
const POSSESSIVE_REACH = 4;
const DIGIT = /\d/u;

/**
 * An attribution to a named claimant, or a carried one for pronouns and bare roles ("the Ministry").
 * `before`: the sentence before the attribution, whose first party owns a possessive role
 * ("Armenia lost 3,800 soldiers, according to its health ministry").
 */
function attributionFor(
  pack: CompiledPack,
  subject: string,
  at: number,
  end: number,
  before = '',
): Attribution | null {
  const segments = subjectSegments(pack, subject);
  if (isCarryHead(pack, segments.head)) {
    const own = pack.roleDefaultParty ? resolveSegments(pack, segments).role : null;
    return { at, end, claimant: null, carry: true, carryRole: null, ...(own ? { ownCountryRole: own } : {}) };
  }
  const { claimant, role } = resolveSegments(pack, segments);
  // "the country's ministry" names its owner before a language's default party for a bare role.
  const country = role !== null && pack.grammar.ofTheCountry?.test(segments.head) === true;
  if (claimant && !country) return { at, end, claimant, carry: false, carryRole: null };
  const possessive = role ? pack.grammar.possessive.exec(segments.head) : null;
  if (role && (country || (possessive && possessive.index <= POSSESSIVE_REACH))) {
    // "the country" is the subject's, named before the count; a party after it owns the losses.
    const owner = firstPartyIn(pack, country ? (before.split(DIGIT, 1)[0] ?? '') : before);
    const owned = owner && owner !== 'other' ? claimantFor(pack, owner, role) : null;
    if (owned) return { at, end, claimant: owned, carry: false, carryRole: null };
  }
  if (claimant) return { at, end, claimant, carry: false, carryRole: null };
  if (role && pack.grammar.roleOnlySubject.test(segments.head)) {
    const place = placeParty(pack, subject);
    if (place) return { at, end, claimant: claimantFor(pack, place, role), carry: false, carryRole: null };
    return { at, end, claimant: null, carry: true, carryRole: role };
  }
  return null;
}

/** "In Baku, the interior ministry said": the party of the place a speaker phrase opens with, or null. */
function placeParty(pack: CompiledPack, subject: string): Party | null {
  const opening = pack.grammar.placeOpening;
  if (!opening) return null;
  for (const segment of subject.split(',')) {
    const m = opening.exec(segment.trim());
    if (!m) continue;
    const place = segment.trim().slice(m[0].length);
    const parties = pack.partyMarkers.filter(({ pattern }) => {
      pattern.lastIndex = 0;
      const found = pattern.exec(place);
      pattern.lastIndex = 0;
      return found !== null && found.index === 0 && found[0].length === place.length;
    });
    const party = parties.length === 1 ? parties[0]?.party : undefined;
    if (party && party !== 'other') return party;
  }
  return null;
}

/** Noun phrase after "according to": up to the next comma or clause break. */
function phraseAfter(pack: CompiledPack, sentence: string, from: number): string {
  const rest = sentence.slice(from, from + 160);
  const stop = rest.search(pack.grammar.phraseAfterStop);
  return stop === -1 ? rest : rest.slice(0, stop);
}

/** The words between the aside's closing comma and the verb: an auxiliary at most ("…, ha detto"). */
const AFTER_ASIDE = /,\s*(?:\p{L}+\s+)?$/u;
/** How far before the verb AFTER_ASIDE looks for the aside's closing comma. */
const AFTER_ASIDE_REACH = 24;
/** How many words an aside between commas may have ("in una nota", "Vagif Dargahli"). */
const ASIDE_WORDS = 6;

/**
 * "Il ministero della Difesa, in una nota, ha detto …", "Le porte-parole, Vagif Dargahli, a déclaré
 * …": where the clause before the verb is empty, the aside between the last two commas speaks if
 * it names a speaker, else the subject before it does; null in a verb-final language.
 */
function subjectBeforeAside(
  pack: CompiledPack,
  sentence: string,
  verbAt: number,
  end: number,
): Attribution | null {
  if (pack.grammar.verbFinal) return null;
  const from = Math.max(0, verbAt - AFTER_ASIDE_REACH);
  const closing = AFTER_ASIDE.exec(sentence.slice(from, verbAt));
  if (!closing) return null;
  const close = from + closing.index;
  const open = sentence.lastIndexOf(',', close - 1);
  if (open < 0) return null;
  const aside = sentence.slice(open + 1, close).trim();
  if (!aside || /\p{N}/u.test(aside) || aside.split(/\s+/u).length > ASIDE_WORDS) return null;
  const named = attributionFor(pack, aside, verbAt, end);
  if (named?.claimant) return named;
  const subject = subjectBefore(pack, sentence, open);
  return subject ? attributionFor(pack, subject, verbAt, end, sentence.slice(0, open)) : null;
}

/** How far before a verb its leading comma may stand: a closing quote and the longest auxiliary ("avrebbero"). */
const INVERTED_REACH = 16;

export function findAttributions(pack: CompiledPack, sentence: string): Attribution[] {
  const out: Attribution[] = [];
  const speaker = colonSpeaker(pack, sentence);
  if (speaker) out.push(speaker);
  const verbs = pack.attributionVerb;
  verbs.lastIndex = 0;
  for (let m = verbs.exec(sentence); m !== null; m = verbs.exec(sentence)) {
    const end = m.index + m[0].length;
    const previous = out[out.length - 1];
    // "X acknowledged that … and said …": a verb coordinated with an earlier one shares its subject.
    if (previous && pack.grammar.sharedSubject.test(sentence.slice(Math.max(0, m.index - 20), m.index))) {
      out.push({ ...previous, at: m.index, end });
      continue;
    }
    const subject =
      (previous && !pack.grammar.verbFinal
        ? coordinatedSubject(pack.grammar.speakerJoin, sentence, previous.end, m.index)
        : null) ?? subjectBefore(pack, sentence, m.index);
    let found = subject ? attributionFor(pack, subject, m.index, end, sentence.slice(0, m.index)) : null;
    // "Azerbaijan has not disclosed its losses but says …": a verb with no subject of its own
    // after a clause break shares the sentence's opening subject.
    const opening = subject ? null : openingSubject(pack, sentence.slice(0, m.index));
    if (opening) found = { at: m.index, end, claimant: opening, carry: false, carryRole: null };
    // "Il ministero, in una nota, ha detto …": the subject stands before an aside between commas.
    if (!found && !subject) found = subjectBeforeAside(pack, sentence, m.index, end);
    // ", said Azerbaijan's Defense Ministry", ", a indiqué le ministère": a verb right after a comma
    // (and the language's auxiliary) may come before its subject.
    const inverted = pack.grammar.invertedLead.test(
      sentence.slice(Math.max(0, m.index - INVERTED_REACH), m.index),
    );
    // ", сообщили в Министерстве обороны": where a verb may lead its subject, one right after a
    // comma leads it, and the phrase before is the claim's object ("… танков армянской армии").
    const leads = inverted && pack.grammar.subjectAfterVerb;
    if (!found || leads) {
      if (pack.grammar.subjectAfterVerb || inverted) {
        // "заявили в Минобороны Армении": the speaker follows the verb; only a named one counts.
        const after = phraseAfter(pack, sentence, end).trim();
        const named = after ? attributionFor(pack, after, m.index, end, sentence.slice(0, m.index)) : null;
        // ", hieß es", ", sagte er": a pronoun leading verb stands for a speaker named before.
        if (named?.claimant || (leads && (named?.carryRole || named?.carry))) found = named;
      }
    }
    // "… olduğu bildirildi" ("it was reported that …"): the speaker was named before.
    if (!found && pack.grammar.impersonalVerb?.test(m[0]))
      found = { at: m.index, end, claimant: null, carry: true, carryRole: null };
    // "Azerbaijan lost, it acknowledged, 13 soldiers": an aside's pronoun is the party the sentence opens with.
    const owner =
      found?.carry && !found.carryRole && !previous ? pronounAsideClaimant(pack, sentence, m.index) : null;
    if (owner) found = { at: m.index, end, claimant: owner, carry: false, carryRole: null };
    // "Amnesty said it had verified …": a pronoun after a named speaker of the sentence is that speaker.
    if (found?.carry && found.carryRole === null && previous?.claimant && !previous.carry)
      found = { ...previous, at: m.index, end };
    if (found) out.push(found);
  }
  const posts = pack.attributionPostposition;
  if (posts) {
    posts.lastIndex = 0;
    for (let m = posts.exec(sentence); m !== null; m = posts.exec(sentence)) {
      // "Azerbaycan Savunma Bakanlığı'na göre": the source is the phrase right before the word.
      const source = subjectBefore(pack, sentence, m.index, false);
      const phrase = pack.grammar.verbFinal ? source.slice(source.lastIndexOf(',') + 1).trim() : source;
      const found = attributionFor(pack, phrase, m.index, m.index + m[0].length);
      if (found) out.push(found);
    }
  }
  const preps = pack.attributionPreposition;
  preps.lastIndex = 0;
  for (let m = preps.exec(sentence); m !== null; m = preps.exec(sentence)) {
    const phrase = phraseAfter(pack, sentence, m.index + m[0].length).trim();
    const found = phrase
      ? attributionFor(pack, phrase, m.index, m.index + m[0].length, sentence.slice(0, m.index))
      : null;
    if (found) out.push(found);
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The attribution that governs a figure at `pos`: the nearest one before it, else the first after it. */
export function governingAttribution(attributions: Attribution[], pos: number): Attribution | null {
  let before: Attribution | null = null;
  for (const a of attributions) {
    if (a.at < pos) before = a;
    else return before ?? a;
  }
  return before;
}
