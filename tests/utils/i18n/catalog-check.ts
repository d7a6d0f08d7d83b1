/** What makes a catalog whole against English: the same keys, the same shapes, the same placeholders. */
import type { PluralForms } from '../../../utils/i18n/types';

type AnyCatalog = Record<string, string | PluralForms>;

/** Grammar helpers a language may use where English needs none ({from}: Turkish and Azerbaijani ablative endings). */
const OPTIONAL = new Set(['from']);

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1] as string)
    .filter((name) => !OPTIONAL.has(name))
    .sort();

/** Every problem of `catalog` (in `language`) against `english`, as sentences; empty when whole. */
export function catalogProblems(language: string, catalog: AnyCatalog, english: AnyCatalog): string[] {
  const problems: string[] = [];
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  for (const key of Object.keys(english)) if (!(key in catalog)) problems.push(`${key}: missing`);
  for (const [key, message] of Object.entries(catalog)) {
    const source = english[key];
    if (source === undefined) {
      problems.push(`${key}: not in English`);
      continue;
    }
    if (typeof source === 'string') {
      if (typeof message !== 'string') problems.push(`${key}: counted, English is plain`);
      else if (placeholders(message).join() !== placeholders(source).join())
        problems.push(`${key}: placeholders ${placeholders(message)} ≠ ${placeholders(source)}`);
      continue;
    }
    if (typeof message === 'string') {
      problems.push(`${key}: plain, English is counted`);
      continue;
    }
    const forms = Object.keys(message).sort();
    if (forms.join() !== [...categories].sort().join())
      problems.push(`${key}: forms ${forms} ≠ ${language}'s plural categories ${[...categories].sort()}`);
    const allowed = new Set([...placeholders(source.other), 'count']);
    for (const [form, text] of Object.entries(message)) {
      const unknown = placeholders(text ?? '').filter((name) => !allowed.has(name));
      if (unknown.length) problems.push(`${key}.${form}: unknown placeholders ${unknown}`);
    }
    if (placeholders(message.other).join() !== placeholders(source.other).join())
      problems.push(`${key}.other: placeholders differ from English`);
  }
  return problems;
}
