/**
 * Word tables that stay true after a language switch: a module-level table of UI words
 * ({ AZ: 'Azerbaijani' }, [['exact', 'exactly'], …]) is read when the UI renders, not when the
 * module loads, so each entry is a getter that asks the catalog at that moment.
 */
import type { TextKey } from './messages/en';
import { t } from './translate';

/** { field: key } → { field: t(key) }, translated at each read. */
export function liveRecord<K extends string>(keys: Record<K, TextKey>): Readonly<Record<K, string>> {
  const record = {} as Record<K, string>;
  for (const [name, key] of Object.entries(keys) as [K, TextKey][]) {
    Object.defineProperty(record, name, { get: () => t(key), enumerable: true });
  }
  return record;
}

/** A [value, words] choice whose words are translated at each read. */
export function liveChoice<V>(value: V, key: TextKey): readonly [V, string] {
  const choice = [value, ''] as [V, string];
  Object.defineProperty(choice, 1, { get: () => t(key), enumerable: true });
  return choice;
}
