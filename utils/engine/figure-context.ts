/**
 * The pieces of a figure around its number: the counted noun, the era of the
 * sentence, and the loss event that decides the metric.
 */
import { type CompiledPack, metricsCounting } from './compiled-pack';
import { wordAt } from './grammar';
import { lowerCased } from './lower-case';
import { isSpaceAt } from './sentences';
import type { MetricSpec } from './topic-pack';
import { listVerbFrom } from './verb-final-list';

export interface NounSpan {
  start: number;
  end: number;
}

/** Extra distance of a loss word after a figure, so the one before it wins a near tie. */
const AFTER_PENALTY = 8;

// An event further than this from the figure (in characters) belongs to another clause.
const MAX_EVENT_DISTANCE = 100;
/** Between an object-only verb and its count: a word or two at most ("hit at least", "struck another"). */
const OBJECT_GAP = /^\s+(?:\p{Ll}+\s+){0,2}$/u;

function skipSpace(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && isSpaceAt(text, i)) i++;
  return i;
}

/** A word that is a number and nothing else ("12", "1.200"), unlike a model ("122-mm", "T-72"). */
const PLAIN_NUMBER = /^\p{N}+(?:[.,\u00A0\u202F]\p{N}+)*$/u;

/** How many words may stand between a count and its noun ("two [Azerbaijani combat] helicopters"). */
export const MAX_MODIFIERS = 3;

/** The counted noun after a number: "two [Azerbaijani combat] helicopters", "one of its helicopters". */
export function findNoun(
  pack: CompiledPack,
  text: string,
  from: number,
  limit: number,
  maxModifiers: number,
): NounSpan | null {
  let pos = from;
  let usedOf = false;
  let modifiers = 0;
  while (pos < limit) {
    pos = skipSpace(text, pos);
    // Sticky and tested: its lastIndex is the noun's end, with no match array to build.
    pack.anyNoun.lastIndex = pos;
    if (pack.anyNoun.test(text) && pack.anyNoun.lastIndex <= limit)
      return { start: pos, end: pack.anyNoun.lastIndex };
    const { grammar } = pack;
    const word = wordAt(text, pos);
    if (word === null) return null;
    const lower = lowerCased(word);
    pos += word.length;
    // Another count ("bir gündə 12 erməni hərbçisi"): the noun after it is that count's.
    const first = lower.charCodeAt(0);
    if (!(first >= 97 && first <= 122) && PLAIN_NUMBER.test(lower)) return null;
    if (grammar.of.has(lower) && !usedOf && modifiers === 0) {
      usedOf = true;
      grammar.determinerY.lastIndex = skipSpace(text, pos);
      if (grammar.determinerY.test(text)) pos = grammar.determinerY.lastIndex;
      continue;
    }
    if (grammar.phraseStop.has(lower) || ++modifiers > maxModifiers) return null;
  }
  return null;
}

/** End of an elliptic count (after "others"/"more"), or -1 when a noun should have followed. */
export function ellipsisEnd(pack: CompiledPack, text: string, end: number): number {
  const m = pack.grammar.ellipsis.exec(text.slice(end, end + 40));
  return m ? end + m[0].length : -1;
}

/**
 * A noun phrase that is itself the count: two people ("a mother and child", the pack's pairs), or a
 * noun that counts two ("an elderly couple").
 */
export function countingNounAt(
  pack: CompiledPack,
  text: string,
  start: number,
  end: number,
): NounSpan | null {
  for (const pattern of [pack.pairNoun, pack.anyNoun]) {
    pattern.lastIndex = start;
    if (pattern.test(text) && pattern.lastIndex >= end) return { start, end: pattern.lastIndex };
  }
  return null;
}

export interface EraHit {
  id: string;
  period: string;
  /** Where the cue stands in the text it was found in. */
  start: number;
  end: number;
}

/** Every era cue of a text, in the order of the pack's eras. */
export function eraCues(pack: CompiledPack, text: string): EraHit[] {
  const hits: EraHit[] = [];
  // anyEra holds every era's cues: where it first matches, no cue matches before.
  const first = pack.anyEra.exec(text);
  if (first === null) return hits;
  for (const era of pack.eras) {
    era.cue.lastIndex = first.index;
    for (let m = era.cue.exec(text); m !== null; m = era.cue.exec(text)) {
      hits.push({ id: era.id, period: era.period, start: m.index, end: m.index + m[0].length });
    }
  }
  return hits;
}

/** The era whose cue (of the sentence's, eraCues) is nearest the figure, or null (the current fighting). */
export function eraAt(cues: readonly EraHit[], pos: number): EraHit | null {
  let best: { era: EraHit; distance: number } | null = null;
  for (const era of cues) {
    const distance = era.start > pos ? era.start - pos : pos - era.end;
    if (!best || distance < best.distance) best = { era, distance };
  }
  return best?.era ?? null;
}

export function isListContinuation(
  pack: CompiledPack,
  sentence: string,
  previousEnd: number,
  start: number,
): boolean {
  if (previousEnd < 0 || previousEnd > start) return false;
  const gap = sentence.slice(previousEnd, start);
  if (pack.grammar.listGap.test(gap)) return true;
  // Counts in brackets after the places they happened ("Martuni (6 people), and near Hadrut (1 person)").
  if (/^\)[^.;:!?()]{1,80}\($/u.test(gap)) return true;
  // Items that are no figure of ours may stand between ("18 tanks, one engineering vehicle, two
  // helicopters"): short comma-separated pieces, the last one joined as a list item is.
  const lastComma = gap.lastIndexOf(',');
  if (lastComma <= 0 || !pack.grammar.listGap.test(gap.slice(lastComma))) return false;
  const pieces = gap.slice(0, lastComma).split(',');
  return pieces.length <= 4 && pieces.every((piece) => piece.length <= 60 && !/[.;:!?]/.test(piece));
}

export interface EventHit {
  at: number;
  distance: number;
}

/** Nearest loss event of a metric's kind to the figure (sentence offsets); an event right after it in the passive is nearest. */
function nearestEvent(
  pack: CompiledPack,
  metric: MetricSpec,
  sentence: string,
  start: number,
  end: number,
): EventHit | null {
  let best: EventHit | null = null;
  for (const kind of [metric.events, ...(metric.alsoEvents ?? [])]) {
    const hit = nearestEventOf(pack, pack.events.get(kind), sentence, start, end);
    if (hit && (!best || hit.distance < best.distance)) best = hit;
  }
  for (const kind of metric.objectEvents ?? []) {
    const hit = nearestEventOf(pack, pack.events.get(kind), sentence, start, end, true);
    if (hit && (!best || hit.distance < best.distance)) best = hit;
  }
  return best;
}

/** Each loss-word pattern's matches in the last sentence it read, as start, end pairs. */
const lastEvents = new WeakMap<RegExp, { sentence: string; spans: number[] }>();

/** A sentence with several figures, each weighing several metrics, is scanned once per pattern. */
function eventSpans(pattern: RegExp, sentence: string): number[] {
  const last = lastEvents.get(pattern);
  if (last && last.sentence === sentence) return last.spans;
  const spans: number[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) {
    spans.push(m.index, m.index + m[0].length);
  }
  lastEvents.set(pattern, { sentence, spans });
  return spans;
}

function nearestEventOf(
  pack: CompiledPack,
  pattern: RegExp | undefined,
  sentence: string,
  start: number,
  end: number,
  objectOnly = false,
): EventHit | null {
  if (!pattern) return null;
  let best: EventHit | null = null;
  const spans = eventSpans(pattern, sentence);
  // Only the first loss word after the figure can be a list's shared clause-final verb.
  let afterSeen = false;
  for (let k = 0; k < spans.length; k += 2) {
    const at = spans[k] as number;
    const mEnd = spans[k + 1] as number;
    let distance: number;
    if (mEnd <= start) {
      // An object-only verb takes the count right after it ("hit two tanks"), not one further on.
      if (objectOnly && !OBJECT_GAP.test(sentence.slice(mEnd, start))) continue;
      distance = start - mEnd;
    } else if (at < end) distance = 0;
    // A loss word after the figure that is no passive of it ("killing 20, wounding 72") binds less.
    else {
      if (objectOnly) continue;
      const gap = sentence.slice(end, at);
      // A bare count's next word is its predicate ("… and 282 injured"); after a noun it may be a
      // modifier ("six villages occupied by …").
      const bare = /\p{N}$/u.test(sentence.slice(start, end)) && /^\s*$/.test(gap);
      // "… killed and 35 others wounded", "two killed, nine wounded": a coordinated count keeps its participle.
      const coordinated =
        /^\s*$/.test(gap) &&
        (sentence.charCodeAt(start - 2) === 44 /* , */ ||
          pack.grammar.sharedSubject.test(sentence.slice(Math.max(0, start - 20), start)));
      distance = bare || coordinated || pack.grammar.passiveGap.test(gap) ? 0 : at - end + AFTER_PENALTY;
      if (pack.grammar.verbFinal && !afterSeen) {
        distance = Math.min(distance, at - listVerbFrom(sentence, end, at) + AFTER_PENALTY);
      }
      afterSeen = true;
    }
    if (distance > MAX_EVENT_DISTANCE) continue;
    // A later count between the figure and an event after it owns that event ("killed 9, including
    // 4 women, 35 were injured"): it still binds when nothing else does, but any nearer one wins.
    // In a verb-final language a list shares its clause-final verb, and a loss word before the figure
    // across a comma ends an earlier clause ("9 nəfər həlak olub, 34 nəfər yaralanıb").
    if (pack.grammar.verbFinal) {
      if (mEnd <= start && /[,;]/.test(sentence.slice(mEnd, start))) distance += MAX_EVENT_DISTANCE;
    } else if (at >= end && /\p{N}/u.test(sentence.slice(end, at))) {
      // "2,000 fighters …, and 541 of them were killed": the part, not the whole, suffered the loss.
      if (pack.grammar.partOfInGap?.test(sentence.slice(end, at))) continue;
      distance += MAX_EVENT_DISTANCE;
    }
    if (!best || distance < best.distance) best = { at: at, distance };
  }
  return best;
}

export interface MetricChoice {
  spec: MetricSpec;
  /** Offset of the deciding event in the sentence; -1 when the metric comes from a list's shared verb. */
  eventAt: number;
}

/**
 * The metric whose noun matches and whose loss event is nearest. In a sentence that names an era
 * a whole war's count (onlyInEras) goes first: "30,000 people killed in the 1990s war" are deaths.
 * The sentence holds a loss word (pack.anyEvent): extractFigures skips every other.
 */
export function chooseMetric(
  pack: CompiledPack,
  sentence: string,
  noun: string,
  start: number,
  end: number,
  inEra: boolean,
  inList: boolean,
  /** The sentence counts women or children: a noun soldiers share ("men") is read as civilians. */
  civilianContext = false,
): MetricChoice | null {
  let best: (MetricChoice & { distance: number; tier: number }) | null = null;
  for (const metric of metricsCounting(pack, noun)) {
    const wholeWar = metric.spec.onlyInEras === true;
    if (wholeWar && !inEra) continue;
    const tier = wholeWar ? 0 : 1;
    // A whole war's count goes first among metrics of its loss; another loss nearer still wins
    // ("left 30,000 people dead and displaced about one million").
    const sameLoss = best !== null && best.spec.events === metric.spec.events;
    if (best && sameLoss && tier > best.tier) continue;
    const event = nearestEvent(pack, metric.spec, sentence, start, end);
    // A list item shares the verb of the list; a noun that implies its loss needs some loss word
    // nearby, and the sentence has one (the caller reads no other).
    // "Two helicopters crashed": a machine's accident is no loss of its own words.
    const fallback =
      inList ||
      (metric.spec.defaultEvent === true &&
        (event !== null || !pack.grammar.accidentAfter?.test(sentence.slice(end, end + 48))));
    const distance = event ? event.distance : fallback ? 1e6 : Number.POSITIVE_INFINITY;
    const civilianTie =
      civilianContext &&
      best !== null &&
      tier === best.tier &&
      distance === best.distance &&
      metric.spec.victims === 'civilians' &&
      best.spec.victims !== 'civilians';
    const ranksFirst =
      !best ||
      (sameLoss ? tier < best.tier : distance === best.distance && tier < best.tier) ||
      distance < best.distance ||
      civilianTie;
    if (distance !== Number.POSITIVE_INFINITY && ranksFirst) {
      best = { spec: metric.spec, eventAt: event ? event.at : -1, distance, tier };
    }
  }
  return best;
}
