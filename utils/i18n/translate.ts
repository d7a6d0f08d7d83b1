/**
 * Crosstally's own text in the reader's language: catalog lookup with English as the fallback,
 * {placeholders}, plural forms by Intl.PluralRules, numbers by Intl.NumberFormat. Pure.
 *
 * The language is one module-wide setting (setUiLanguage): each page or content script sets it
 * from the stored setting before it renders, and renders again when it changes. browser.i18n
 * cannot switch languages at runtime, so the catalogs live here (README "Languages").
 */
import { CATALOGS } from './catalogs';
import { fillTemplate, formatNumber as formatNumberIn } from './fill';
import type { UiLanguage } from './languages';
import type { MessageKey, PluralKey, TextKey } from './messages/en';
import type { ErrorKey } from './messages/errors/en';
import type { Message, MessageParams, PluralForms } from './types';

let current: UiLanguage = 'en';
const listeners = new Set<(language: UiLanguage) => void>();

export function getUiLanguage(): UiLanguage {
  return current;
}

/** Switches every later t()/tn() call to `language`, and tells those who listen (to render again). */
export function setUiLanguage(language: UiLanguage): void {
  if (language === current) return;
  current = language;
  for (const listener of listeners) listener(language);
}

/** Calls `listener` on each language change; returns the unsubscribe. */
export function onUiLanguageChange(listener: (language: UiLanguage) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function lookup(key: MessageKey | ErrorKey, language: UiLanguage): Message {
  return CATALOGS[language][key] ?? CATALOGS.en[key];
}

/** "{name}" → params.name; numbers in the UI language's digits and grouping; unknown names stay. */
export function fill(template: string, params: MessageParams | undefined, language = current): string {
  return fillTemplate(template, params, language);
}

/** A message in the UI language (English when the key is missing there); error keys too. */
export function t(key: TextKey | ErrorKey, params?: MessageParams): string {
  const message = lookup(key, current);
  return fill(typeof message === 'string' ? message : message.other, params);
}

/** A counted message ("1 report", "3 отчёта"): the form Intl.PluralRules picks for `count`; {count} is filled in. */
export function tn(key: PluralKey, count: number, params?: MessageParams): string {
  const forms = lookup(key, current) as PluralForms;
  const category = new Intl.PluralRules(current).select(count);
  const template = forms[category] ?? forms.other;
  return fill(template, { count, ...params });
}

/** 800000 → "800,000" (en), "800 000" (ru), "800.000" (de); decimals as given. */
export function formatNumber(value: number, language: UiLanguage = current): string {
  return formatNumberIn(value, language);
}

/** A list in the UI language's words: "a, b and c" / "a, b и c". */
export function formatList(items: readonly string[], type: 'conjunction' | 'unit' = 'unit'): string {
  return new Intl.ListFormat(current, { style: 'long', type }).format(items);
}

/** 0.253 → "25.3%" ("25,3 %" in German, "%25,3" in Turkish). */
export function formatPercent(share: number, language: UiLanguage = current): string {
  return new Intl.NumberFormat(language, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(share);
}
