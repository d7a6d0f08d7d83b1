/**
 * A headline's speaker: "Speaker: claim" ("Ombudsman: 19 civilians killed") or "claim — Speaker"
 * (attributions.ts reads the other attributions of a sentence).
 */
import type { Attribution } from './attributions';
import { resolveClaimantPhrase } from './claimants';
import type { CompiledPack } from './compiled-pack';
import { endAnchoredTest, passesAtEnd } from './regex-first';
import { isSpaceAt } from './sentences';

/**
 * "Speaker: claim" at the start of a sentence, as headlines put it ("Ombudsman: 19 civilians
 * killed"), maybe after a live blog's time ("LIVE 14:05 GMT – Ombudsman: …").
 */
const SPEAKER_COLON =
  /^(?:(?:live|update|updated|breaking)\s+)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT|UTC|BST|CET|CEST|EST|EDT))?\s*[-–—|]?\s+)?([^:\n]{2,60}):\s/iu;
/** "claim — Speaker" at the end of a sentence, as headlines put it ("… погибли 100 человек — Генпрокуратура"). */
const SPEAKER_DASH = /\s[—–-]\s([^—–\n,.;:]{2,40})[.!]?$/u;
/** SPEAKER_DASH read back from the end: most sentences fail it at once (regex-first.ts). */
const SPEAKER_DASH_AT_END = endAnchoredTest(SPEAKER_DASH.source, SPEAKER_DASH.flags) as RegExp;
/**
 * How far from a sentence's end SPEAKER_DASH's dash may stand, in code units: a space, 2 to 40
 * characters (a pair of code units each at most), a stop, the end.
 */
const DASH_REACH = 2 + 80 + 1;

/** The dashes SPEAKER_DASH reads. */
const DASHES = ['-', '–', '—'];

/**
 * Whether a dash between spaces stands near the sentence's end, as SPEAKER_DASH needs: most
 * sentences have none there, and its look-behind cost ~3,500 instructions a sentence.
 */
export function mayEndWithSpeakerDash(sentence: string): boolean {
  const from = Math.max(1, sentence.length - DASH_REACH);
  const last = sentence.length - 4;
  for (const dash of DASHES)
    for (let at = sentence.indexOf(dash, from); at !== -1 && at <= last; at = sentence.indexOf(dash, at + 1))
      if (isSpaceAt(sentence, at - 1) && isSpaceAt(sentence, at + 1)) return true;
  return false;
}

/**
 * The speaker of a "Speaker: claim" or "claim — Speaker" sentence: a role or a named claimant,
 * never a bare place ("STEPANAKERT, OCTOBER 5:" is a dateline, not a source). A third party's
 * body with no role ("Amnesty International: 3,000 displaced", "HRW report: …") is no place.
 */
export function colonSpeaker(pack: CompiledPack, sentence: string): Attribution | null {
  const speaker = headlineSpeakerPhrase(pack, sentence);
  if (!speaker?.claimant || (speaker.role === null && speaker.claimant.party !== 'other')) return null;
  return { at: speaker.at, end: speaker.at + 1, claimant: speaker.claimant, carry: false, carryRole: null };
}

function headlineSpeakerPhrase(pack: CompiledPack, sentence: string) {
  // Its colon stands within the first 61 characters: most sentences have none there.
  const colonAt = sentence.indexOf(':');
  const colon = colonAt >= 2 && colonAt <= 60 ? SPEAKER_COLON.exec(sentence) : null;
  const dash =
    colon || !mayEndWithSpeakerDash(sentence) || !passesAtEnd(SPEAKER_DASH_AT_END, sentence)
      ? null
      : SPEAKER_DASH.exec(sentence);
  const phrase = colon?.[1] ?? dash?.[1];
  if (!phrase) return null;
  const at = colon ? colon[0].lastIndexOf(':') : (dash?.index ?? 0);
  return { at, ...resolveClaimantPhrase(pack, phrase) };
}

/** The role a "Role: claim" headline names without its party ("Ombudsman: 19 civilians killed"). */
export function colonSpeakerRole(pack: CompiledPack, sentence: string): string | null {
  const speaker = headlineSpeakerPhrase(pack, sentence);
  return speaker && !speaker.claimant ? speaker.role : null;
}
