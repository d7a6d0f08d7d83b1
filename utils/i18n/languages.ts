/**
 * The languages Crosstally's own text is written in, and how a browser's language tags pick one.
 * Pure: the storage adapter (utils/ui-language) and the pages pass the browser's tags in.
 */
export const UI_LANGUAGES = ['en', 'ru', 'de', 'fr', 'it', 'tr', 'az', 'hy'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The manager's language setting: follow the browser, or one language. */
export type LanguageSetting = 'browser' | UiLanguage;

/** Each language's name in itself, as the language menu lists it (a reader looks for their own). */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  en: 'English',
  ru: 'Русский',
  de: 'Deutsch',
  fr: 'Français',
  it: 'Italiano',
  tr: 'Türkçe',
  az: 'Azərbaycan dili',
  hy: 'Հայերեն',
};

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

export function isLanguageSetting(value: unknown): value is LanguageSetting {
  return value === 'browser' || isUiLanguage(value);
}

/** The first tag ("ru-RU", "az-Latn-AZ", "de") whose language Crosstally speaks; English otherwise. */
export function matchUiLanguage(tags: readonly (string | undefined)[]): UiLanguage {
  for (const tag of tags) {
    const primary = tag?.split(/[-_]/)[0]?.toLowerCase();
    if (isUiLanguage(primary)) return primary;
  }
  return 'en';
}

/** The language a setting means, given the browser's tags in order of preference. */
export function resolveLanguage(setting: LanguageSetting, browserTags: readonly (string | undefined)[]) {
  return setting === 'browser' ? matchUiLanguage(browserTags) : setting;
}
