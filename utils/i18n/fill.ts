/**
 * Filling a template's {placeholders}, numbers in a language's digits and grouping. Pure and
 * without a current language, so the store can write its English error messages with it
 * (error-messages.ts) without loading the catalogs.
 */
import type { UiLanguage } from './languages';
import type { MessageParams } from './types';

/** 800000 → "800,000" (en), "800 000" (ru), "800.000" (de); decimals as given. */
export function formatNumber(value: number, language: UiLanguage): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 20 }).format(value);
}

/** "{name}" → params.name; numbers in `language`'s digits and grouping; unknown names stay. */
export function fillTemplate(
  template: string,
  params: MessageParams | undefined,
  language: UiLanguage,
): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, language) : value;
  });
}
