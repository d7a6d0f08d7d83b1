/**
 * Appositions after a count. A count named again between commas before its verb: "Two civilians, a man and a woman, were
 * killed", "Three servicemen, two officers and a private, were wounded". The words between the
 * commas say who the counted people are; a reader counts them once, so the counts inside are no
 * figures of their own. A list of counts sharing one verb ("40 soldiers, 9 reservists and two
 * civilians were killed") has no comma closing it before the verb, and its counts stay.
 */
import type { CompiledGrammar } from './grammar';
import type { NumberMention } from './types';

/** How far an apposition may run from the comma after its count to the comma closing it. */
const REACH = 80;
/** Sticky at a count's end: the mark opening an apposition, a comma, a dash set off by spaces or a bracket. */
const OPENING_Y = /,[ \t]*|[ \t]+[—–][ \t]+|—|[ \t]*\(/y;
/** The mark that closes an apposition, by the mark that opened it. */
const CLOSING = { ',': ',', '—': '—', '–': '–', '(': ')' } as const;

/**
 * Where the apposition after a count of `value` ending at `end` closes (the offset of its closing
 * comma, dash or bracket), or -1 when none follows. The counts inside must add up to no more than `value`, and
 * none may be a part of it ("including two children", "two of them": subset-count, part-of-whole).
 */
export function appositionEnd(
  grammar: Pick<CompiledGrammar, 'appositionCloseY' | 'subsetGap' | 'partOfInGap'>,
  text: string,
  end: number,
  value: number | null,
  mentions: readonly NumberMention[],
  next: number,
): number {
  const verb = grammar.appositionCloseY;
  if (!verb || value === null) return -1;
  const open = OPENING_Y;
  open.lastIndex = end;
  const opening = open.exec(text);
  if (!opening) return -1;
  const mark = (opening[0].trim() || ',') as keyof typeof CLOSING;
  const after = end + opening[0].length;
  let from = next;
  while (from < mentions.length && (mentions[from] as NumberMention).start < end) from++;
  const first = mentions[from];
  if (!first || first.start > after + 2) return -1;
  const close = text.indexOf(CLOSING[mark] ?? ',', after);
  if (close < 0 || close - end > REACH) return -1;
  const inside = text.slice(after, close);
  if (/[.;:!?]/.test(inside) || grammar.subsetGap?.test(text.slice(end, first.start))) return -1;
  if (grammar.partOfInGap?.test(inside)) return -1;
  verb.lastIndex = close + 1;
  if (!verb.test(text)) return -1;
  let sum = 0;
  for (let j = from; j < mentions.length; j++) {
    const m = mentions[j] as NumberMention;
    if (m.start >= close) break;
    if (m.value === null || m.qualifier !== 'exact') return -1;
    sum += m.value;
  }
  return sum > 0 && sum <= value ? close : -1;
}

/**
 * "200 people, including civilians, were killed": people whose parts the apposition after them
 * names by kind, uncounted, are of more than one kind, so a war's dead overall, not civilians.
 */
export function namesMixedPeople(
  grammar: Pick<CompiledGrammar, 'mixedPeopleY'>,
  text: string,
  end: number,
): boolean {
  const mixed = grammar.mixedPeopleY;
  if (!mixed) return false;
  mixed.lastIndex = end;
  return mixed.test(text);
}
