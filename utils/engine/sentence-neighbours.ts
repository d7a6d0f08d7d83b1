/**
 * Sentences a figure's own sentence leans on: the one before it in its paragraph, and the heading
 * of a list it is an item of ("The enemy's losses over the past day:\n• 12 tanks\n• 3 helicopters").
 */
import type { Attribution } from './attributions';
import type { Span } from './sentences';

/** A list item's line: a bullet or dash, then a space. */
const LIST_ITEM = /^\s*[•·▪◦●*–—-]\s/u;
/** How many items a list's heading reaches down. */
const MAX_ITEMS = 12;

/** The sentence before the `index`-th, when no blank line (a paragraph break) parts them. */
export function sentenceBefore(text: string, sentences: readonly Span[], index: number): string | undefined {
  const before = sentences[index - 1];
  const span = sentences[index];
  if (!before || !span || /\n\s*\n/.test(text.slice(before.end, span.start))) return undefined;
  return text.slice(before.start, before.end);
}

/**
 * The index of the heading of the list whose item the `index`-th sentence is: the nearest line
 * before it that ends with a colon, with only list items between; -1 when it is no item or has none.
 */
export function listHeading(text: string, sentences: readonly Span[], index: number): number {
  const item = sentences[index];
  if (!item || !LIST_ITEM.test(text.slice(item.start, Math.min(item.end, item.start + 8)))) return -1;
  for (let j = index - 1; j >= 0 && index - j <= MAX_ITEMS; j--) {
    const span = sentences[j] as Span;
    const words = text.slice(span.start, span.end).trimEnd();
    if (words.endsWith(':')) return j;
    if (!LIST_ITEM.test(words)) return -1;
  }
  return -1;
}

/** The words of a list's heading that may name whose losses its items are: those after its last speaker. */
export function headingOwners(attributions: readonly Attribution[], heading: string): string {
  const last = attributions[attributions.length - 1];
  return last && last.end < heading.length ? heading.slice(last.end) : heading;
}

/** A heading's speaker as the speaker of an item: it stands before the item's words, at its start. */
export function headingSpeaker(attribution: Attribution | null): Attribution | null {
  return attribution ? { ...attribution, at: 0, end: 0 } : null;
}

/** Whether the `k`-th sentence holds a loss word, read once per sentence into `cache`. */
export function sentenceEventful(
  cache: (boolean | undefined)[],
  lossWord: RegExp,
  text: string,
  sentences: readonly Span[],
  k: number,
): boolean {
  let known = cache[k];
  if (known === undefined) {
    const at = sentences[k] as Span;
    known = lossWord.test(text.slice(at.start, at.end));
    cache[k] = known;
  }
  return known;
}

/**
 * Whether `pattern` (null: none) matches the `k`-th sentence, given as `sentence`: read once per
 * sentence into `cache`, as every figure of the sentence asks the same.
 */
export function testOnce(
  cache: (boolean | undefined)[],
  pattern: RegExp | null,
  sentence: string,
  k: number,
): boolean {
  let known = cache[k];
  if (known === undefined) {
    known = pattern?.test(sentence) === true;
    cache[k] = known;
  }
  return known;
}

/** A metric chosen over a list's heading and its item: a loss word of the heading acts on no word of the item. */
export function afterLead<T extends { eventAt: number }>(choice: T | null, lead: number): T | null {
  if (!choice || lead === 0) return choice;
  return { ...choice, eventAt: choice.eventAt >= lead ? choice.eventAt - lead : -1 };
}
