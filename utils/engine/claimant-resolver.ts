/**
 * Who claims each figure of a text, sentence by sentence: the sentence's own attribution, a
 * pronoun or bare role carried from earlier sentences ("It also claims …"), an earlier speaker of
 * the same paragraph (a statement whose later sentences drop "it said"), a speaker the next sentences
 * name for "this" ("X reported this"), else the speaker the headline names ("Ombudsman: 19 civilians
 * killed").
 */

import { actingForcesParty } from './acting-forces';
import { type Attribution, findAttributions, openingSpeaker, openingSubject } from './attributions';
import { claimantFor, partyQualifiedRole, resolveClaimantPhrase } from './claimants';
import type { CompiledPack } from './compiled-pack';
import { HeadlineLines } from './headline-copies';
import { colonSpeaker, colonSpeakerRole } from './headline-speaker';
import type { Span } from './sentences';
import type { ClaimantSpec } from './topic-pack';
import type { Party } from './types';

/** How many opening headline lines may name the article's speaker (a section label comes first). */
const HEADLINE_LINES = 3;
const SECTION_LABEL_WORDS = 3;
const CARRY_SENTENCES = 4;
/** How many opening lines may hold the dateline (a headline comes first). */
const DATELINE_LINES = 4;
/**
 * A dateline: a city (one or two capitalised words) then an agency in brackets, a date after a
 * comma, or a dash ("BAKU (Reuters) -", "Yerevan, October 12.", "БАКУ, 4 октября. /ТАСС/").
 */
const DATELINE =
  /^\s*(\p{Lu}[\p{L}\p{M}'’-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*)?)(?:\s*\(|,\s*(?:\p{N}|\p{L}+\.?\s+\p{N})|\s+[-–—]\s)/u;
/** How far ahead a sentence naming the speaker of "this" may stand. */
const FORWARD_SENTENCES = 2;

export class ClaimantResolver {
  private readonly cache: (Attribution[] | undefined)[];
  private readonly unattributedCache: (ClaimantSpec | null | undefined)[];
  private headline: ClaimantSpec | null | undefined;
  private dateline: Party | null | undefined;
  /** Which lines read as headlines, judged once per line for every question about them. */
  private readonly headlineLines: HeadlineLines;

  constructor(
    private readonly pack: CompiledPack,
    private readonly text: string,
    private readonly sentences: Span[],
  ) {
    this.cache = new Array(sentences.length);
    this.unattributedCache = new Array(sentences.length);
    this.headlineLines = new HeadlineLines(text);
  }

  attributions(index: number): Attribution[] {
    let found = this.cache[index];
    if (!found) {
      const span = this.sentences[index] as Span;
      found = findAttributions(this.pack, this.text.slice(span.start, span.end));
      this.cache[index] = found;
    }
    return found;
  }

  resolve(index: number, attribution: Attribution | null, depth = 0): ClaimantSpec | null {
    if (!attribution) {
      if (depth > 0) return null;
      // Every figure of a sentence without its own speaker has the same one.
      let found = this.unattributedCache[index];
      if (found === undefined) {
        found = this.unattributed(index);
        this.unattributedCache[index] = found;
      }
      return found;
    }
    if (!attribution.carry) return attribution.claimant;
    if (depth > CARRY_SENTENCES) return null;
    // "Azerbaijan has not disclosed its losses. It says …": a pronoun after a sentence that names
    // no speaker stands for that sentence's subject.
    const antecedent = attribution.carryRole === null ? this.openingSubjectBefore(index) : null;
    if (antecedent) return antecedent;
    let fallback: ClaimantSpec | null = null;
    let sameParagraph = true;
    for (let j = index - 1; j >= 0 && j >= index - CARRY_SENTENCES; j--) {
      sameParagraph &&= !this.text
        .slice((this.sentences[j] as Span).end, (this.sentences[j + 1] as Span).start)
        .includes('\n');
      const previous = this.attributions(j);
      for (let k = previous.length - 1; k >= 0; k--) {
        const claimant = this.resolve(j, previous[k] as Attribution, depth + 1);
        if (!claimant) continue;
        if (!attribution.carryRole || claimant.role === attribution.carryRole) {
          // "Azerbaijan's defence ministry said … Armenia rejected it. The defence ministry said …":
          // another party spoke since, so the bare role is that party's.
          const between = fallback && fallback.party !== claimant.party ? fallback : null;
          return (between && claimantFor(this.pack, between.party, attribution.carryRole)) || claimant;
        }
        fallback ??= claimant;
      }
      // "Минобороны Армении провело брифинг. В ведомстве заявили …": a bare role stands for the
      // last one of its kind the paragraph names, whether or not it spoke there.
      const named =
        !fallback && attribution.carryRole && sameParagraph ? this.namedRole(j, attribution.carryRole) : null;
      if (named) return named;
    }
    // … or the one the headline names ("Минобороны Азербайджана: …" over "По данным ведомства").
    const headlined =
      !fallback && attribution.carryRole ? this.headlineRole(index, attribution.carryRole) : null;
    if (headlined) return headlined;
    // "The Prosecutor General's Office said" after "Azerbaijani officials said": same party, that role.
    if (fallback && attribution.carryRole)
      return claimantFor(this.pack, fallback.party, attribution.carryRole) ?? fallback;
    // "Azerbaijani forces destroyed 12 tanks, the ministry said": the forces its sentence has acting.
    const forces = fallback ? null : this.actingForces(index);
    if (forces) return claimantFor(this.pack, forces, attribution.carryRole);
    // "BAKU (Reuters) - … the defence ministry said": wire copy's bare role is its dateline's, and so
    // is a bare "the ministry" (a role the press of its own country means stays that country's).
    const dateline = !fallback && !attribution.ownCountryRole ? this.datelineParty() : null;
    if (dateline) return claimantFor(this.pack, dateline, attribution.carryRole);
    // "По данным ведомства, … . Минобороны Армении, в свою очередь, …": the other side's ministry.
    const answered = fallback ? null : this.answeredRole(index, attribution.carryRole);
    if (answered) return answered;
    // "ՊՆ-ն հայտնում է" with no speaker before it: the press's own country's ministry.
    const own = this.pack.roleDefaultParty;
    if (!fallback && own && attribution.ownCountryRole)
      return claimantFor(this.pack, own, attribution.ownCountryRole);
    return fallback;
  }

  /**
   * The claimant of `role` (any role for a bare "the ministry") on the other side of the one that
   * answers it "in turn" in the next sentences, or null. Karabakh and Armenia answer Azerbaijan;
   * Azerbaijan answers Armenia.
   */
  private answeredRole(index: number, role: string | null): ClaimantSpec | null {
    const inTurn = this.pack.grammar.inTurn;
    if (!inTurn) return null;
    for (let j = index + 1; j < this.sentences.length && j <= index + FORWARD_SENTENCES; j++) {
      const span = this.sentences[j] as Span;
      if (!inTurn.test(this.text.slice(span.start, span.end))) continue;
      const answer = this.attributions(j).find(
        (a) => !a.carry && a.claimant && (!role || a.claimant.role === role),
      )?.claimant;
      if (!answer || answer.party === 'other') return null;
      return claimantFor(this.pack, answer.party === 'AZ' ? 'ARM' : 'AZ', answer.role);
    }
    return null;
  }

  private actingForces(index: number): Party | null {
    const span = this.sentences[index] as Span;
    return actingForcesParty(this.pack, this.text.slice(span.start, span.end));
  }

  /** The claimant of `role` that sentence `index` names with its party, spoken or not. */
  private namedRole(index: number, role: string): ClaimantSpec | null {
    const span = this.sentences[index] as Span;
    return partyQualifiedRole(this.pack, this.text.slice(span.start, span.end), role);
  }

  /** The claimant of `role` a headline line before sentence `index` names with its party. */
  private headlineRole(index: number, role: string): ClaimantSpec | null {
    const lines = this.headlineLines;
    for (let i = 0; i < HEADLINE_LINES && i < index; i++) {
      if (!lines.has(this.sentences[i] as Span)) break;
      const named = this.namedRole(i, role);
      if (named) return named;
    }
    return null;
  }

  /** The subject the sentence before opens with, when that sentence names no speaker of its own. */
  private openingSubjectBefore(index: number): ClaimantSpec | null {
    const span = this.sentences[index - 1];
    if (!span || this.attributions(index - 1).length > 0) return null;
    const sentence = this.text.slice(span.start, span.end);
    return openingSubject(this.pack, sentence) ?? openingSpeaker(this.pack, sentence);
  }

  /** The party of the city a story is datelined in ("BAKU, Oct. 5 (Reuters) -"), or null. */
  private datelineParty(): Party | null {
    if (this.dateline !== undefined) return this.dateline;
    this.dateline = null;
    for (const line of this.text.split('\n', DATELINE_LINES)) {
      const city = DATELINE.exec(line)?.[1];
      if (!city) continue;
      const parties = this.pack.partyMarkers.filter(({ pattern }) => {
        pattern.lastIndex = 0;
        const m = pattern.exec(city);
        pattern.lastIndex = 0;
        return m !== null && m.index === 0 && m[0].length === city.length;
      });
      const party = parties.length === 1 ? parties[0]?.party : undefined;
      if (party && party !== 'other') this.dateline = party;
      break;
    }
    return this.dateline;
  }

  /**
   * A sentence with no attribution: the paragraph's last speaker, else the headline's. A sentence
   * breaking down an earlier count ("This number includes …") keeps its speaker across paragraphs.
   */
  private unattributed(index: number): ClaimantSpec | null {
    const span = this.sentences[index] as Span;
    const breakdown = this.pack.breakdownOpening.test(this.text.slice(span.start, span.start + 80));
    for (let j = index - 1; j >= 0 && j >= index - CARRY_SENTENCES; j--) {
      const between = this.text.slice((this.sentences[j] as Span).end, (this.sentences[j + 1] as Span).start);
      if (between.includes('\n') && !breakdown) break;
      const previous = this.attributions(j);
      for (let k = previous.length - 1; k >= 0; k--) {
        const claimant = this.resolve(j, previous[k] as Attribution, 1);
        if (claimant) return claimant;
      }
    }
    return this.speakerAfter(index) ?? this.ledeSpeaker(index) ?? this.headlineSpeaker();
  }

  /**
   * "Karabakh: 40 civilians killed" over "Artsakh's ombudsman said on Friday …": a headline's
   * figure with no speaker of its own is the claim of the one the lede (its first body sentence) names.
   */
  private ledeSpeaker(index: number): ClaimantSpec | null {
    if (index >= HEADLINE_LINES) return null;
    const lines = this.headlineLines;
    if (!lines.has(this.sentences[index] as Span)) return null;
    for (let j = index + 1; j < this.sentences.length && j <= index + HEADLINE_LINES; j++) {
      if (lines.has(this.sentences[j] as Span)) continue;
      for (const attribution of this.attributions(j)) {
        const claimant = this.resolve(j, attribution, 1);
        if (claimant) return claimant;
      }
      return null;
    }
    return null;
  }

  /** "… 5 were killed. X reported this." ("bu barədə X bildirib", "об этом сообщил X"): the next sentences. */
  private speakerAfter(index: number): ClaimantSpec | null {
    for (let j = index + 1; j < this.sentences.length && j <= index + FORWARD_SENTENCES; j++) {
      const span = this.sentences[j] as Span;
      const sentence = this.text.slice(span.start, span.end);
      const m = this.pack.forwardReference.exec(sentence);
      if (!m) continue;
      // "This was reported by X": the speaker follows the words; "bu barədə X bildirib": the verb's subject.
      const rest = sentence.slice(m.index + m[0].length, m.index + m[0].length + 160);
      const stop = rest.search(this.pack.grammar.phraseAfterStop);
      const named = resolveClaimantPhrase(this.pack, stop === -1 ? rest : rest.slice(0, stop)).claimant;
      const claimant = named ?? this.reportedSpeaker(j);
      if (claimant) return claimant;
    }
    return null;
  }

  /** The first claimant a sentence's own attributions name, carried ones aside. */
  private reportedSpeaker(index: number): ClaimantSpec | null {
    return this.attributions(index).find((a) => !a.carry && a.claimant)?.claimant ?? null;
  }

  private headlineSpeaker(): ClaimantSpec | null {
    if (this.headline !== undefined) return this.headline;
    this.headline = null;
    const lines = this.headlineLines;
    // A captured page may open with a section label ("News") before its headline: the first few
    // headline lines are read, the first that names a speaker speaks for the article.
    for (let i = 0; i < HEADLINE_LINES && i < this.sentences.length; i++) {
      const span = this.sentences[i] as Span;
      const line = lines.has(span);
      if (i > 0 && !line) break;
      const headline = this.text.slice(span.start, span.end);
      // "Ombudsman: …", "… — Speaker", or reported speech ("Azerbaijan's ministry says it downed …").
      // A lede is a sentence like any other: only a headline line speaks for the whole article.
      this.headline = colonSpeaker(this.pack, headline)?.claimant ?? (line ? this.reportedSpeaker(i) : null);
      // "Ombudsman: …": the article names whose ombudsman elsewhere ("the Artsakh Human Rights Defender").
      const role = this.headline ? null : colonSpeakerRole(this.pack, headline);
      if (role) this.headline = partyQualifiedRole(this.pack, this.text, role);
      // Only a section label (a word or three) lets the next line be the headline.
      if (this.headline || headline.trim().split(/\s+/u).length > SECTION_LABEL_WORDS) break;
    }
    return this.headline;
  }
}
