import { t } from '../utils/i18n/translate';
import type { NotFoundClaim } from '../utils/messaging/protocol';
import type { PopupFigure, TabStatus } from '../utils/messaging/tab-view';
import { PopupFigureList } from './PopupFigureList';
import { PopupStatus } from './PopupStatus';
import { SavedClaimsNotFound } from './SavedClaimsNotFound';
import { SiteSwitch } from './SiteSwitch';

export interface ToolbarPopupProps {
  status: TabStatus;
  /** Figures found on the tab; listed only on coverage pages. */
  figures: readonly PopupFigure[];
  onSelectFigure: (id: string) => void;
  /** Claims saved from this page that are no longer on it. */
  notFound?: readonly NotFoundClaim[];
  /** The tab's site, or null when the switch does not apply (unsupported pages). */
  site: { hostname: string; enabled: boolean } | null;
  onSiteToggle: (enabled: boolean) => void;
  /** The store manager page's URL, with this tab's id (`?tab=7`) so "Add an article" can take its article. */
  managerUrl: string;
}

/** The toolbar popup: this tab's status and why, its figures, the site switch, the manager link. */
export function ToolbarPopup(props: ToolbarPopupProps) {
  const { status, figures, onSelectFigure, site, onSiteToggle, managerUrl } = props;
  return (
    <main class="ct-popup">
      <h1 class="ct-popup-title">{t('popup.title')}</h1>
      <PopupStatus status={status} />
      {status.kind === 'coverage' && <PopupFigureList figures={figures} onSelect={onSelectFigure} />}
      <SavedClaimsNotFound claims={props.notFound ?? []} />
      {site && <SiteSwitch hostname={site.hostname} enabled={site.enabled} onChange={onSiteToggle} />}
      <p class="ct-manager">
        <a href={managerUrl} target="_blank" rel="noopener">
          {t('popup.openManager')}
        </a>
      </p>
    </main>
  );
}
