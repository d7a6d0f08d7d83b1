import { useId } from 'preact/hooks';
import { t } from '../utils/i18n/translate';

export interface SiteSwitchProps {
  hostname: string;
  /** Whether figures are marked on this site. */
  enabled: boolean;
  onChange: (enabled: boolean) => void;
}

/** Turns marking on or off for one site. */
export function SiteSwitch({ hostname, enabled, onChange }: SiteSwitchProps) {
  const id = useId();
  return (
    <p class="ct-switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        aria-checked={enabled}
        checked={enabled}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{t('popup.markOn', { site: hostname })}</label>
    </p>
  );
}
