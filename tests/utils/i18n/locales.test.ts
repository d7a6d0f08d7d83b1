import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../utils/i18n/catalogs';
import { UI_LANGUAGES } from '../../../utils/i18n/languages';
import { LOCALES_DIR, localeFiles, localeFileText } from '../../../utils/node/i18n/locales';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('public/_locales', () => {
  it('is what the catalogs say: run `npm run locales` (or build) after changing a manifest word', () => {
    for (const [file, text] of localeFiles(ROOT)) expect(readFileSync(file, 'utf8'), file).toBe(text);
    expect(readdirSync(path.join(ROOT, LOCALES_DIR)).sort()).toEqual([...UI_LANGUAGES].sort());
  });

  it('holds the manifest’s words of each language under names the manifest can use', () => {
    const ru = JSON.parse(localeFileText('ru'));
    expect(Object.keys(ru)).toEqual([
      'manifest_checkCommand',
      'manifest_description',
      'manifest_locale',
      'manifest_name',
    ]);
    expect(ru.manifest_checkCommand.message).toBe(CATALOGS.ru['manifest.checkCommand']);
  });

  it('keeps every description within the 132 characters Chrome’s store allows', () => {
    for (const language of UI_LANGUAGES)
      expect([...CATALOGS[language]['manifest.description']].length, language).toBeLessThanOrEqual(132);
  });
});
