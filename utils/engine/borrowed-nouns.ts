/**
 * What a count counts when its noun stands elsewhere: a toll it is the number of ("the death toll
 * rose to 31"), the whole it is part of ("2,000 fighters …, 541 of them"), a toll a verb raises it
 * to ("portant à 1.166 le nombre de morts"); and the shape of a counted noun (figure-nouns.ts).
 */
import { type CompiledPack, metricsCounting } from './compiled-pack';
import { findNoun, MAX_MODIFIERS, type NounSpan } from './figure-context';
import { withoutAgent } from './grammar';
import type { NumberMention } from './types';

export interface CountedNoun {
  /** Where the figure's own words end: the noun, or the number (and its elided words). */
  span: NounSpan;
  /** The noun the metric is chosen by (the span's words, or a lent noun). */
  text: string;
  /** The noun came from elsewhere: the metric may rest on a list's shared verb. */
  borrowed: boolean;
  /** The count is a toll's ("the death toll rose to 31"): its loss words name the toll, not an act on it. */
  toll?: boolean;
  /** Where the toll's phrase starts in the text: its words may name whose losses it counts. */
  tollFrom?: number;
  /**
   * A part of a group named before the count ("yaralılardan 1-i"): the group's words are no loss
   * of the part, whose loss word follows ("… vəfat edib", one of the wounded died).
   */
  partOfGroupBefore?: boolean;
}

export interface NounContext {
  text: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** Noun of an earlier figure in the same sentence. */
  sameSentenceNoun: string | null;
  /** Noun of the latest figure in the last few sentences. */
  recentNoun: string | null;
  /** The next number of the text, for a pair sharing one noun. */
  next: NumberMention | undefined;
}

/**
 * A count whose noun came before it: "the military death toll rose to 31" -> "soldiers".
 * Returns the noun the metrics know for the toll's group and where the toll's phrase starts, or null.
 */
export function tollNoun(
  pack: CompiledPack,
  text: string,
  countStart: number,
  sentenceStart: number,
): { noun: string; from: number } | null {
  const offset = Math.max(sentenceStart, countStart - pack.tollWindow);
  const before = text.slice(offset, countStart);
  const m = pack.tollBefore.exec(before);
  if (!m || pack.tollNounThenCount.test(before.slice(m.index))) return null;
  // The group word sits just before the toll noun ("military deaths", "civilian toll on the Azerbaijani side").
  let from = Math.max(0, m.index - 20);
  // Whole words only: "the adversary's manpower losses", not "dversary's"; and not across a
  // comma ("По информации армянской стороны, потери противника …" is the enemy's toll).
  while (from > 0 && /[\p{L}'’]/u.test(before[from - 1] ?? '')) from--;
  from = Math.max(from, before.slice(0, m.index).search(/[,;:][^,;:]*$/u) + 1);
  const phrase = before.slice(from);
  // "the death toll from the Azerbaijani military operation": the attacker's words name no group.
  const own = withoutAgent(pack.grammar, phrase);
  const noun = pack.tollGroups.find((g) => g.pattern.test(own))?.noun ?? pack.tollDefault;
  return { noun, from: offset + from };
}

/**
 * The toll a count is the number of ("the death toll rose to 31"), as its counted noun; with
 * `namedGroupOnly`, only a toll that names its group ("the civilian toll"), not the default one.
 */
export function tollCount(
  pack: CompiledPack,
  mention: NumberMention,
  ctx: NounContext,
  span: NounSpan,
  borrowed: boolean,
  namedGroupOnly: boolean,
): CountedNoun | null {
  // "число погибших превысило 50": a verb that is the toll's and the count's qualifier at once.
  const toll =
    tollNoun(pack, ctx.text, mention.start, ctx.sentenceStart) ??
    (mention.numberStart > mention.start
      ? tollNoun(pack, ctx.text, mention.numberStart, ctx.sentenceStart)
      : null);
  if (!toll || (namedGroupOnly && toll.noun === pack.tollDefault)) return null;
  return { span, text: toll.noun, borrowed, toll: true, tollFrom: toll.from };
}

/** The last plain count before `before` in the sentence, and the noun it names, or null. */
const LAST_DIGITS = /\d[\d.,]*(?=[^\d]*$)/u;

/**
 * "sent 2,000 fighters …, and 541 of them were killed", "… 2000 боевиков, из них 541 погибли": a
 * part of the whole counted before it, its noun left out, counts the whole's noun.
 */
export function partOfWhole(
  pack: CompiledPack,
  mention: NumberMention,
  ctx: NounContext,
): CountedNoun | null {
  const { partOfAfterY, partOfBefore } = pack.grammar;
  if (!partOfAfterY || !partOfBefore) return null;
  const { text } = ctx;
  partOfAfterY.lastIndex = mention.end;
  const after = partOfAfterY.exec(text);
  if (
    !after &&
    !partOfBefore.test(text.slice(Math.max(ctx.sentenceStart, mention.start - 30), mention.start))
  ) {
    return null;
  }
  const end = after ? mention.end + after[0].length : mention.end;
  const whole = LAST_DIGITS.exec(text.slice(ctx.sentenceStart, mention.start));
  // The whole may stand in the sentence before ("… sent 2,000 fighters. 541 of them …").
  if (!whole) {
    return lendable(pack, ctx.recentNoun)
      ? { span: { start: mention.end, end }, text: ctx.recentNoun, borrowed: true }
      : null;
  }
  const wholeEnd = ctx.sentenceStart + whole.index + whole[0].length;
  const noun = findNoun(pack, text, wholeEnd, mention.start, MAX_MODIFIERS);
  if (!noun) return null;
  return { span: { start: mention.end, end }, text: text.slice(noun.start, noun.end), borrowed: true };
}

/**
 * "portant à 1.166 le nombre de morts", "portando a 1.105 il bilancio delle vittime": a count a
 * verb raises a toll to, the toll named after it. Its noun is the toll's group.
 */
export function raisedToll(pack: CompiledPack, mention: NumberMention, ctx: NounContext): CountedNoun | null {
  const after = pack.tollNounAfterY;
  if (!after || !pack.tollRaisedBefore) return null;
  after.lastIndex = mention.end;
  const m = after.exec(ctx.text);
  if (!m || mention.end + m[0].length > ctx.sentenceEnd) return null;
  const before = ctx.text.slice(Math.max(ctx.sentenceStart, mention.start - 40), mention.start);
  if (!pack.tollRaisedBefore.test(before)) return null;
  // A toll naming no group counts the people of the count before it ("45 soldats …, portant à …").
  const lent = ctx.sameSentenceNoun !== null && isCasualtyNoun(pack, ctx.sameSentenceNoun);
  const noun =
    pack.tollGroups.find((g) => g.pattern.test(m[0]))?.noun ??
    (lent ? (ctx.sameSentenceNoun as string) : pack.tollDefault);
  return {
    span: { start: mention.end, end: mention.end + m[0].length },
    text: noun,
    borrowed: false,
    toll: true,
  };
}

/** "5 dead and 30 injured": a noun that is itself a loss word names the loss, not who suffered it. */
export function lendable(pack: CompiledPack, noun: string | null): noun is string {
  return noun !== null && !pack.anyEvent.test(noun);
}

export function isCasualtyNoun(pack: CompiledPack, noun: string): boolean {
  return metricsCounting(pack, noun).some(
    (m) => (m.spec.events === 'death' || m.spec.events === 'injury') && !m.spec.onlyInEras,
  );
}

/**
 * "deux soldats tués et cinq blessés": the toll group of the count before when `head` is a loss
 * word alone ("blessés", "feriti"), or null.
 */
export function groupBeforeBareLoss(pack: CompiledPack, head: string, before: string | null): string | null {
  if (!before) return null;
  const loss = pack.anyEvent.exec(head);
  if (loss?.index !== 0 || loss[0].length !== head.length) return null;
  return pack.tollGroups.find((g) => g.pattern.test(before))?.noun ?? null;
}

/** "askerlerin 186'sı", "yaralılardan 3-ü": a part of a noun named before the count. */
export function partitiveNoun(pack: CompiledPack, mention: NumberMention, ctx: NounContext): string | null {
  const pattern = pack.grammar.partitive;
  if (!pattern) return null;
  const m = pattern.exec(ctx.text.slice(Math.max(ctx.sentenceStart, mention.start - 60), mention.end));
  const noun = m?.[1];
  return noun && metricsCounting(pack, noun).length > 0 ? noun : null;
}
