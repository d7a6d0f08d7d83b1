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

/**
 * Where the apposition after a count of `value` ending at `end` closes (the offset of its closing
 * comma), or -1 when none follows. The counts inside must add up to no more than `value`, and
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
  const close = grammar.appositionCloseY;
  if (!close || value === null || text.charCodeAt(end) !== 44 /* , */) return -1;
  let from = next;
  while (from < mentions.length && (mentions[from] as NumberMention).start < end) from++;
  const first = mentions[from];
  if (!first || first.start > end + 4) return -1;
  const comma = text.indexOf(',', end + 1);
  if (comma < 0 || comma - end > REACH) return -1;
  const inside = text.slice(end, comma);
  if (/[.;:!?]/.test(inside) || grammar.subsetGap?.test(`${text.slice(end, first.start)}`)) return -1;
  if (grammar.partOfInGap?.test(inside)) return -1;
  close.lastIndex = comma;
  if (!close.test(text)) return -1;
  let sum = 0;
  for (let j = from; j < mentions.length; j++) {
    const m = mentions[j] as NumberMention;
    if (m.start >= comma) break;
    if (m.value === null || m.qualifier !== 'exact') return -1;
    sum += m.value;
  }
  return sum > 0 && sum <= value ? comma : -1;
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
