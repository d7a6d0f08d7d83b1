/**
 * Who claims a figure: attribution ("X said", "according to X") resolved
 * against the pack's claimants, by name, by role + party ("the breakaway
 * region's defence ministry"), or by a bare party ("Armenia says").
 */
import { firstAlias } from './alias-scan';
import type { CompiledPack } from './compiled-pack';
import { endAnchoredTest, passesAtEnd } from './regex-first';
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
}

const PARTY_PRECEDENCE: Party[] = ['NK', 'AZ', 'ARM', 'other'];

/** The text of the clause before `verbAt` that holds the verb's subject. */
function subjectBefore(
  pack: CompiledPack,
  sentence: string,
  verbAt: number,
  verbFinal = pack.grammar.verbFinal,
): string {
  const { clauseBreak, trailingFiller } = pack.grammar;
  // A clause-final verb's subject opens a clause that may run long ("X, yaptığı açıklamada, … açıkladı").
  const before = sentence.slice(Math.max(0, verbAt - (verbFinal ? 400 : 240)), verbAt);
  let cut = 0;
  clauseBreak.lastIndex = 0;
  for (let m = clauseBreak.exec(before); m !== null; m = clauseBreak.exec(before))
    cut = m.index + m[0].length;
  let subject = before.slice(cut);
  if (verbFinal) {
    // The object (with its counts) lies between the subject and the verb.
    const count = subject.search(/\p{N}/u);
    if (count > 0) subject = subject.slice(0, count);
  }
  subject = subject.trim().replace(/,$/, '').replace(trailingFiller, '').trim();
  // "…, with Azerbaijan saying it had lost …": the absolute clause's own subject speaks.
  return pack.grammar.absoluteSubject?.exec(subject)?.[1]?.trim() ?? subject;
}

/**
 * Splits a subject into its head noun phrase (the segment next to the verb,
 * skipping relative clauses, adverbials and whole clauses) and all segments
 * that may name the speaker (head plus appositives).
 */
function subjectSegments(pack: CompiledPack, subject: string): { head: string; all: string } {
  const { clauseSegment, introSegment, relativeSegment } = pack.grammar;
  const segments = subject
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const speakers = segments.filter((s) => !clauseSegment.test(s) && !introSegment.test(s));
  const candidates = speakers.filter((s) => !relativeSegment.test(s));
  const head =
    (pack.grammar.verbFinal ? candidates[0] : candidates[candidates.length - 1]) ??
    segments[segments.length - 1] ??
    '';
  return { head, all: speakers.join(', ') };
}

function earliest(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  pattern.lastIndex = 0;
  return m;
}

function partyNear(
  pack: CompiledPack,
  text: string,
  roleStart: number,
  roleEnd: number,
  reachBefore = 48,
  reachAfter = reachBefore,
): Party | null {
  const from = Math.max(0, roleStart - reachBefore);
  const window = text.slice(from, roleEnd + reachAfter);
  // The marker nearest the role names its party ("Минобороны Армении", "Azerbaijan's … ministry");
  // at equal distance the more specific party wins (NK before ARM).
  let best: { party: Party; distance: number } | null = null;
  for (const { party, pattern } of pack.partyMarkers) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(window); m !== null; m = pattern.exec(window)) {
      const start = from + m.index;
      const end = start + m[0].length;
      const distance = end <= roleStart ? roleStart - end : start >= roleEnd ? start - roleEnd : 0;
      const better =
        !best ||
        distance < best.distance ||
        (distance === best.distance &&
          PARTY_PRECEDENCE.indexOf(party) < PARTY_PRECEDENCE.indexOf(best.party));
      if (better) best = { party, distance };
      if (m[0].length === 0) pattern.lastIndex++;
    }
    pattern.lastIndex = 0;
  }
  return best?.party ?? null;
}

/** The claimant of a party with a role ("AZ" + "prosecutor"), else that party's government. */
export function claimantFor(pack: CompiledPack, party: Party, role: string | null): ClaimantSpec | null {
  const claimants = pack.data.claimants;
  return (
    claimants.find((c) => c.party === party && c.role === role) ??
    claimants.find((c) => c.party === party && c.role === 'gov') ??
    null
  );
}

/** A third country's claimant for a role ("the Russian foreign ministry"), or its government. */
function countryClaimant(pack: CompiledPack, text: string, role: string | null): ClaimantSpec | null {
  for (const { country, pattern } of pack.countries) {
    if (!earliest(pattern, text)) continue;
    const ofCountry = pack.data.claimants.filter((c) => c.country === country);
    return ofCountry.find((c) => c.role === role) ?? ofCountry.find((c) => c.role === 'gov') ?? null;
  }
  return null;
}

/** Resolves a noun phrase ("Azerbaijan's general prosecution office") to a claimant. */
export function resolveClaimantPhrase(
  pack: CompiledPack,
  phrase: string,
): { claimant: ClaimantSpec | null; role: string | null } {
  return resolveSegments(pack, subjectSegments(pack, phrase));
}

function resolveSegments(
  pack: CompiledPack,
  { head, all }: { head: string; all: string },
): { claimant: ClaimantSpec | null; role: string | null } {
  if (!head) return { claimant: null, role: null };
  // 1. A named person or organisation anywhere in the subject and its appositives.
  const named = firstAlias(pack.namedAliases, all);
  if (named) return { claimant: named.claimant, role: named.claimant.role };
  // 2. A role with a party nearby, in the head phrase.
  let role: { name: string; index: number; end: number } | null = null;
  for (const r of pack.roles) {
    const m = earliest(r.pattern, head);
    if (m && (!role || m.index < role.index))
      role = { name: r.role, index: m.index, end: m.index + m[0].length };
  }
  if (role) {
    const party = partyNear(pack, head, role.index, role.end);
    if (party && party !== 'other') return { claimant: claimantFor(pack, party, role.name), role: role.name };
    const foreign = party === 'other' ? countryClaimant(pack, head, role.name) : null;
    if (foreign) return { claimant: foreign, role: role.name };
  }
  // 3. A group or country alias ("the separatists", "Armenia").
  const marker = firstAlias(pack.markerAliases, head);
  if (marker) return { claimant: marker.claimant, role: marker.claimant.role };
  // 4. A party marker alone ("the Azerbaijani side").
  const party = partyNear(pack, head, 0, head.length);
  if (party && party !== 'other') return { claimant: claimantFor(pack, party, 'gov'), role: null };
  // 5. A bare role in a language whose press means its own country by it ("Müdafiə Nazirliyi").
  if (role && pack.roleDefaultParty) {
    return { claimant: claimantFor(pack, pack.roleDefaultParty, role.name), role: role.name };
  }
  return { claimant: null, role: role?.name ?? null };
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
  return resolveClaimantPhrase(pack, words).claimant;
}

/** "It", "They", "… footage it" (a subject's head): the speaker was named earlier. */
function isCarryHead(pack: CompiledPack, head: string): boolean {
  return pack.carryPronoun.test(head) || pack.grammar.endsWithPronoun.test(head);
}

/** The party the sentence names first: the subject a possessive ("its ministry") refers back to. */
function firstPartyIn(pack: CompiledPack, text: string): Party | null {
  let first: { party: Party; index: number } | null = null;
  for (const { party, pattern } of pack.partyMarkers) {
    const m = earliest(pattern, text);
    if (m && (!first || m.index < first.index)) first = { party, index: m.index };
  }
  return first?.party ?? null;
}

/** How far into a speaker phrase its possessive may stand ("its", "il suo", "seines"). */
const POSSESSIVE_REACH = 4;

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
  if (isCarryHead(pack, segments.head)) return { at, end, claimant: null, carry: true, carryRole: null };
  const { claimant, role } = resolveSegments(pack, segments);
  if (claimant) return { at, end, claimant, carry: false, carryRole: null };
  const possessive = role ? pack.grammar.possessive.exec(segments.head) : null;
  if (role && possessive && possessive.index <= POSSESSIVE_REACH) {
    const owner = firstPartyIn(pack, before);
    const owned = owner && owner !== 'other' ? claimantFor(pack, owner, role) : null;
    if (owned) return { at, end, claimant: owned, carry: false, carryRole: null };
  }
  if (role && pack.grammar.roleOnlySubject.test(segments.head))
    return { at, end, claimant: null, carry: true, carryRole: role };
  return null;
}

/** Noun phrase after "according to": up to the next comma or clause break. */
function phraseAfter(pack: CompiledPack, sentence: string, from: number): string {
  const rest = sentence.slice(from, from + 160);
  const stop = rest.search(pack.grammar.phraseAfterStop);
  return stop === -1 ? rest : rest.slice(0, stop);
}

/** Every attribution in a sentence, in order. */
/** "Speaker: claim" at the start of a sentence, as headlines put it ("Ombudsman: 19 civilians killed"). */
const SPEAKER_COLON = /^([^:\n]{2,60}):\s/u;
/** "claim — Speaker" at the end of a sentence, as headlines put it ("… погибли 100 человек — Генпрокуратура"). */
const SPEAKER_DASH = /\s[—–-]\s([^—–\n,.;:]{2,40})[.!]?$/u;
/** SPEAKER_DASH read back from the end: most sentences fail it at once (regex-first.ts). */
const SPEAKER_DASH_AT_END = endAnchoredTest(SPEAKER_DASH.source, SPEAKER_DASH.flags) as RegExp;

/**
 * The speaker of a "Speaker: claim" or "claim — Speaker" sentence: a role or a named claimant,
 * never a bare place ("STEPANAKERT, OCTOBER 5:" is a dateline, not a source).
 */
export function colonSpeaker(pack: CompiledPack, sentence: string): Attribution | null {
  const speaker = headlineSpeakerPhrase(pack, sentence);
  if (!speaker?.claimant || speaker.role === null) return null;
  return { at: speaker.at, end: speaker.at + 1, claimant: speaker.claimant, carry: false, carryRole: null };
}

function headlineSpeakerPhrase(pack: CompiledPack, sentence: string) {
  // Its colon stands within the first 61 characters: most sentences have none there.
  const colonAt = sentence.indexOf(':');
  const colon = colonAt >= 2 && colonAt <= 60 ? SPEAKER_COLON.exec(sentence) : null;
  const dash = colon || !passesAtEnd(SPEAKER_DASH_AT_END, sentence) ? null : SPEAKER_DASH.exec(sentence);
  const phrase = colon?.[1] ?? dash?.[1];
  if (!phrase) return null;
  const at = colon ? phrase.length : (dash?.index ?? 0);
  return { at, ...resolveClaimantPhrase(pack, phrase) };
}

/** The role a "Role: claim" headline names without its party ("Ombudsman: 19 civilians killed"). */
export function colonSpeakerRole(pack: CompiledPack, sentence: string): string | null {
  const speaker = headlineSpeakerPhrase(pack, sentence);
  return speaker && !speaker.claimant ? speaker.role : null;
}

/** How close a party marker must stand to qualify a role ("the Artsakh Human Rights Defender"). */
const QUALIFIER_REACH = 16;

/**
 * The claimant a document means by a bare role: the role's first mention qualified by a party,
 * skipping agent phrases ("shelling by the Azerbaijani armed forces" names no speaker).
 */
export function partyQualifiedRole(pack: CompiledPack, text: string, role: string): ClaimantSpec | null {
  const pattern = pack.roles.find((r) => r.role === role)?.pattern;
  if (!pattern) return null;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length === 0) pattern.lastIndex++;
    // The party stands before the role, or after it behind "of" ("the Ombudsman of Artsakh").
    const of = /^\s+(\p{L}+)\s/u.exec(text.slice(end, end + 24));
    const party =
      partyNear(pack, text, start, end, QUALIFIER_REACH, 0) ??
      (of && pack.grammar.of.has((of[1] ?? '').toLowerCase())
        ? partyNear(pack, text, end, end + of[0].length, 0, QUALIFIER_REACH)
        : null) ??
      (pack.grammar.partyAfterRole && /^\s+\p{L}/u.test(text.slice(end, end + 2))
        ? partyNear(pack, text, end, end + 1, 0, QUALIFIER_REACH)
        : null);
    if (!party || party === 'other') continue;
    const before = text.slice(Math.max(0, start - 40), start);
    const agent = pack.grammar.agent.exec(before);
    // The role is the agent's own words ("shelling by the … armed forces"), not a later sentence's.
    if (agent && !/\S/u.test(before.slice(agent.index + agent[0].length))) continue;
    pattern.lastIndex = 0;
    return claimantFor(pack, party, role);
  }
  pattern.lastIndex = 0;
  return null;
}

/** A comma (after a closing quote, maybe) right before a verb: the verb may lead its subject. */
const INVERTED_BEFORE = /[,，]["'”’»]?\s*$/u;

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
    const subject = subjectBefore(pack, sentence, m.index);
    let found = subject ? attributionFor(pack, subject, m.index, end, sentence.slice(0, m.index)) : null;
    // "Azerbaijan has not disclosed its losses but says …": a verb with no subject of its own
    // after a clause break shares the sentence's opening subject.
    const opening = subject ? null : openingSubject(pack, sentence.slice(0, m.index));
    if (opening) found = { at: m.index, end, claimant: opening, carry: false, carryRole: null };
    // ", said Azerbaijan's Defense Ministry": a verb right after a comma may come before its subject.
    const inverted = INVERTED_BEFORE.test(sentence.slice(Math.max(0, m.index - 4), m.index));
    // ", сообщили в Министерстве обороны": where a verb may lead its subject, one right after a
    // comma leads it, and the phrase before is the claim's object ("… танков армянской армии").
    const leads = inverted && pack.grammar.subjectAfterVerb;
    if (!found || leads) {
      if (pack.grammar.subjectAfterVerb || inverted) {
        // "заявили в Минобороны Армении": the speaker follows the verb; only a named one counts.
        const after = phraseAfter(pack, sentence, end).trim();
        const named = after ? attributionFor(pack, after, m.index, end) : null;
        if (named?.claimant || (leads && named?.carryRole)) found = named;
      }
    }
    // "… olduğu bildirildi" ("it was reported that …"): the speaker was named before.
    if (!found && pack.grammar.impersonalVerb?.test(m[0]))
      found = { at: m.index, end, claimant: null, carry: true, carryRole: null };
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
