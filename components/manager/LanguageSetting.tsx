import { useId } from 'preact/hooks';
import {
  LANGUAGE_NAMES,
  type LanguageSetting as Setting,
  UI_LANGUAGES,
  type UiLanguage,
} from '../../utils/i18n/languages';
import { t } from '../../utils/i18n/translate';

export interface LanguageSettingProps {
  setting: Setting;
  /** The language "follow the browser" means here, named in the choice. */
  browserLanguage: UiLanguage;
  onChange: (setting: Setting) => void;
}

/**
 * The language of Crosstally's own words: follow the browser, or one of the eight. Each language
 * is named in itself (and tagged with its lang), so a reader finds theirs whatever is shown now.
 */
export function LanguageSetting({ setting, browserLanguage, onChange }: LanguageSettingProps) {
  const id = useId();
  return (
    <div class="ct-language">
      <label for={id}>{t('settings.language')}</label>{' '}
      <select
        id={id}
        value={setting}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.currentTarget.value as Setting)}
      >
        <option value="browser">
          {t('settings.followBrowser', { language: LANGUAGE_NAMES[browserLanguage] })}
        </option>
        {UI_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
      <span id={`${id}-hint`} class="ct-muted">
        {' '}
        {t('settings.languageHint')}
      </span>
    </div>
  );
}
