/**
 * The language setting, kept in browser.storage.local under `uiLanguage` ("browser" or a language
 * code). The manager writes it; every page, the content script's overlays and the background
 * (the context menu's title) read it at start and follow its changes (README "Languages").
 */
import { browser } from 'wxt/browser';
import { isLanguageSetting, type LanguageSetting, resolveLanguage, type UiLanguage } from '../i18n/languages';
import { setUiLanguage } from '../i18n/translate';

export const LANGUAGE_SETTING_KEY = 'uiLanguage';

/** The stored setting; anything else stored there (storage is shared) reads as "follow the browser". */
export function languageSettingOf(stored: unknown): LanguageSetting {
  return isLanguageSetting(stored) ? stored : 'browser';
}

/**
 * The browser's languages, in order: the extension locale the browser chose from public/_locales
 * (`manifest_locale` names it; it follows `--lang` in Chromium even when the browser's own UI
 * strings for that language are not installed, and Firefox's app language), the browser's UI
 * language, then the reader's preferred page languages. A language the browser does not offer
 * extensions falls back to default_locale "en" (README "Languages").
 */
export function browserLanguageTags(): string[] {
  const tags: string[] = [];
  try {
    tags.push(browser.i18n.getMessage('manifest_locale'), browser.i18n.getUILanguage());
  } catch {
    // No i18n API here (a test page): the page languages decide.
  }
  if (typeof navigator !== 'undefined') tags.push(...(navigator.languages ?? []), navigator.language);
  return tags.filter(Boolean);
}

export async function readLanguageSetting(): Promise<LanguageSetting> {
  const stored = await browser.storage.local.get(LANGUAGE_SETTING_KEY);
  return languageSettingOf(stored[LANGUAGE_SETTING_KEY]);
}

export async function writeLanguageSetting(setting: LanguageSetting): Promise<void> {
  await browser.storage.local.set({ [LANGUAGE_SETTING_KEY]: setting });
}

/**
 * Sets the UI language from the stored setting now and on every change; `onChange` hears the
 * setting and the language it means (to render again). Returns the unsubscribe.
 */
export async function followUiLanguage(
  onChange?: (setting: LanguageSetting, language: UiLanguage) => void,
): Promise<() => void> {
  const apply = (setting: LanguageSetting) => {
    const language = resolveLanguage(setting, browserLanguageTags());
    setUiLanguage(language);
    onChange?.(setting, language);
  };
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && LANGUAGE_SETTING_KEY in changes)
      apply(languageSettingOf(changes[LANGUAGE_SETTING_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  try {
    apply(await readLanguageSetting());
  } catch (error) {
    console.debug('Crosstally: the language setting could not be read; following the browser', error);
    apply('browser');
  }
  return () => browser.storage.onChanged.removeListener(listener);
}
