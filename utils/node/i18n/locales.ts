/**
 * public/_locales/<lang>/messages.json, written from the catalogs (utils/i18n/messages): the one
 * owner of the manifest's name, description and command words is the catalog; these files are
 * generated in every build (wxt.config.ts) and a test fails when the committed ones differ.
 * Only `manifest.*` keys go there: the rest of the UI reads the catalogs at run time, since
 * browser.i18n cannot switch language (README "Languages").
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CATALOGS } from '../../i18n/catalogs';
import { UI_LANGUAGES, type UiLanguage } from '../../i18n/languages';
import type { MessageKey } from '../../i18n/messages/en';

export const LOCALES_DIR = 'public/_locales';
const PREFIX = 'manifest.';

/** "manifest.checkCommand" → "manifest_checkCommand": _locales names allow letters, digits, _ and @. */
export function localeMessageName(key: string): string {
  return key.replace(/[^A-Za-z0-9_@]/g, '_');
}

/** `__MSG_manifest_name__`: how the manifest names a catalog key. */
export function manifestMessage(key: MessageKey & `${typeof PREFIX}${string}`): string {
  return `__MSG_${localeMessageName(key)}__`;
}

/** The messages.json text of one language: its manifest words, sorted, with a trailing newline. */
export function localeFileText(language: UiLanguage): string {
  const catalog = CATALOGS[language];
  const messages: Record<string, { message: string }> = {};
  for (const key of Object.keys(catalog)
    .filter((k) => k.startsWith(PREFIX))
    .sort()) {
    const message = catalog[key as MessageKey];
    if (typeof message !== 'string') throw new Error(`${language} ${key}: a manifest word cannot be counted`);
    messages[localeMessageName(key)] = { message };
  }
  return `${JSON.stringify(messages, null, 2)}\n`;
}

/** Every language's file by its path under `root`. */
export function localeFiles(root: string): Map<string, string> {
  return new Map(
    UI_LANGUAGES.map((language) => [
      path.join(root, LOCALES_DIR, language, 'messages.json'),
      localeFileText(language),
    ]),
  );
}

/** Writes the files (only those that changed) and removes folders of languages no longer kept. */
export function writeLocales(root: string): void {
  const dir = path.join(root, LOCALES_DIR);
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(dir)) {
    if (!(UI_LANGUAGES as readonly string[]).includes(entry))
      rmSync(path.join(dir, entry), { recursive: true });
  }
  for (const [file, text] of localeFiles(root)) {
    mkdirSync(path.dirname(file), { recursive: true });
    let old = '';
    try {
      old = readFileSync(file, 'utf8');
    } catch {
      // A new language.
    }
    if (old !== text) writeFileSync(file, text);
  }
}
