/**
 * Who a speaker phrase names: a phrase ("Azerbaijan's general prosecution office") resolved
 * against the pack's claimants, by name, by role + party ("the breakaway region's defence
 * ministry"), or by a bare party ("Armenia says"). Finding the phrases in a sentence is
 * attributions.ts's.
 */
import { firstAlias, firstOf } from './alias-scan';
import type { CompiledPack } from './compiled-pack';
import type { ClaimantSpec } from './topic-pack';
import type { Party } from './types';

const PARTY_PRECEDENCE: Party[] = ['NK', 'AZ', 'ARM', 'other'];

/**
 * Splits a subject into its head noun phrase (the segment next to the verb,
 * skipping relative clauses, adverbials and whole clauses) and all segments
 * that may name the speaker (head plus appositives).
 */
export function subjectSegments(pack: CompiledPack, subject: string): { head: string; all: string } {
  const { clauseSegment, introSegment, relativeSegment, verbFinal } = pack.grammar;
  // One walk over the commas, no arrays of every segment: this runs for every attribution verb.
  const speakers: string[] = [];
  let last = '';
  for (let from = 0; from <= subject.length; ) {
    const comma = subject.indexOf(',', from);
    const to = comma === -1 ? subject.length : comma;
    const segment = subject.slice(from, to).trim();
    from = to + 1;
    if (!segment) continue;
    last = segment;
    if (!clauseSegment.test(segment) && !introSegment.test(segment)) speakers.push(segment);
  }
  // The head is the speaker next to the verb that is no relative clause: the first where the verb
  // ends the clause, else the last.
  let head: string | undefined;
  if (verbFinal) head = speakers.find((s) => !relativeSegment.test(s));
  else
    for (let k = speakers.length - 1; k >= 0 && head === undefined; k--) {
      const s = speakers[k] as string;
      if (!relativeSegment.test(s)) head = s;
    }
  return { head: head ?? last, all: speakers.join(', ') };
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
  // at equal distance the more specific party wins (NK before ARM), and in a verb-final language the
  // owner before the role ("Ermənistan Müdafiə Nazirliyi Azərbaycanın 3 helikopterinin …").
  const ownerFirst = pack.grammar.verbFinal;
  let best: { party: Party; distance: number; before: boolean } | null = null;
  for (const { party, pattern } of pack.partyMarkers) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(window); m !== null; m = pattern.exec(window)) {
      const start = from + m.index;
      const end = start + m[0].length;
      const distance = end <= roleStart ? roleStart - end : start >= roleEnd ? start - roleEnd : 0;
      const before = end <= roleStart;
      const tie = best !== null && distance === best.distance;
      const better =
        !best ||
        distance < best.distance ||
        (tie && ownerFirst && before && !best.before) ||
        (tie &&
          (!ownerFirst || before === best.before) &&
          PARTY_PRECEDENCE.indexOf(party) < PARTY_PRECEDENCE.indexOf(best.party));
      if (better) best = { party, distance, before };
      if (m[0].length === 0) pattern.lastIndex++;
    }
    pattern.lastIndex = 0;
  }
  return best?.party ?? null;
}

/** "The head of the Barda executive authority", "Goris's mayor": the side of the town a role serves. */
function townParty(pack: CompiledPack, head: string): Party | null {
  for (const { side, pattern } of pack.towns) if (earliest(pattern, head)) return side;
  return null;
}

/**
 * "the ethnic Armenian authorities in Nagorno-Karabakh", "Karabakh's Armenian officials": Armenians
 * of the region are its own authorities, however near "Armenian" stands to the role.
 */
function karabakhArmenian(pack: CompiledPack, head: string, party: Party | null): Party | null {
  if (party !== 'ARM') return party;
  const nk = pack.partyMarkers.find((m) => m.party === 'NK')?.pattern;
  return nk && earliest(nk, head) ? 'NK' : party;
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

export function resolveSegments(
  pack: CompiledPack,
  { head, all }: { head: string; all: string },
): { claimant: ClaimantSpec | null; role: string | null } {
  if (!head) return { claimant: null, role: null };
  // 1. A named person or organisation anywhere in the subject and its appositives.
  const named = firstAlias(pack.namedAliases, all);
  if (named) {
    // "Armenian officials in Nagorno-Karabakh" are the region's own.
    const own = named.claimant.role === 'gov' && karabakhArmenian(pack, head, named.claimant.party) === 'NK';
    const claimant = own ? (claimantFor(pack, 'NK', 'gov') ?? named.claimant) : named.claimant;
    return { claimant, role: claimant.role };
  }
  // 2. A role with a party nearby, in the head phrase.
  let role: { name: string; index: number; end: number } | null = null;
  if (pack.roleScan) {
    const first = firstOf(pack.roleScan, head);
    const named = first ? pack.roles[first.k] : undefined;
    if (first && named) role = { name: named.role, index: first.index, end: first.end };
  } else
    for (const r of pack.roles) {
      const m = earliest(r.pattern, head);
      if (m && (!role || m.index < role.index))
        role = { name: r.role, index: m.index, end: m.index + m[0].length };
    }
  if (role) {
    const near = partyNear(pack, head, role.index, role.end) ?? townParty(pack, head);
    const party = karabakhArmenian(pack, head, near);
    if (party && party !== 'other') return { claimant: claimantFor(pack, party, role.name), role: role.name };
    const foreign = party === 'other' ? countryClaimant(pack, head, role.name) : null;
    if (foreign) return { claimant: foreign, role: role.name };
  }
  // 3. A group or country alias ("the separatists", "Armenia").
  const marker = firstAlias(pack.markerAliases, head);
  if (marker) return { claimant: marker.claimant, role: marker.claimant.role };
  // 4. A party marker alone ("the Azerbaijani side").
  const party = karabakhArmenian(pack, head, partyNear(pack, head, 0, head.length));
  if (party && party !== 'other') return { claimant: claimantFor(pack, party, 'gov'), role: null };
  // 5. A bare role in a language whose press means its own country by it ("Müdafiə Nazirliyi").
  if (role && pack.roleDefaultParty) {
    return { claimant: claimantFor(pack, pack.roleDefaultParty, role.name), role: role.name };
  }
  return { claimant: null, role: role?.name ?? null };
}

/** The party the sentence names first: the subject a possessive ("its ministry") refers back to. */
export function firstPartyIn(pack: CompiledPack, text: string): Party | null {
  let first: { party: Party; index: number } | null = null;
  for (const { party, pattern } of pack.partyMarkers) {
    const m = earliest(pattern, text);
    if (m && (!first || m.index < first.index)) first = { party, index: m.index };
  }
  return first?.party ?? null;
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
