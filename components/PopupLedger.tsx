import { useId } from 'preact/hooks';
import { t, tn } from '../utils/i18n/translate';
import type { LedgerOverview, LedgerPage } from '../utils/messaging/protocol';

export interface PopupLedgerProps {
  /** The ledger's settings and size; null until the background answered. */
  overview: LedgerOverview | null;
  /** What the ledger holds of the tab's page; null when the tab has no coverage page read. */
  page: LedgerPage | null;
  /** Set while "Save this page's figures" runs. */
  saving: boolean;
  /** A sentence after an action failed. */
  error: string | null;
  onConsent: (keep: boolean) => void;
  onSiteExcluded: (site: string, excluded: boolean) => void;
  onSave: () => void;
}

/** What the ledger holds of this page, in one sentence. */
export function pageLine(page: LedgerPage): string {
  const { outcome } = page;
  if (!outcome.recorded && outcome.reason === 'private') return t('popup.ledgerPrivate');
  if (!outcome.recorded && outcome.reason === 'excluded')
    return t('popup.ledgerExcluded', { site: page.site });
  if (outcome.inLedger > 0) return tn('popup.ledgerIn', outcome.inLedger);
  if (!outcome.recorded && outcome.reason === 'no-figures') return t('popup.ledgerNoFigures');
  if (!outcome.recorded && outcome.reason === 'in-store') return t('popup.ledgerInStore');
  return t('popup.ledgerNothing');
}

/** The toolbar popup's reading-ledger section: this page, the ledger switch, the site switch, "Save". */
export function PopupLedger(props: PopupLedgerProps) {
  const { overview, page, saving, error } = props;
  const consentId = useId();
  const siteId = useId();
  if (!overview) return null;
  const canSave =
    page && !page.outcome.recorded && (page.outcome.reason === 'off' || page.outcome.reason === 'undecided');
  const excluded = page ? overview.excludedSites.includes(page.site) : false;
  return (
    <section class="ct-ledger" aria-label={t('popup.ledgerTitle')}>
      <h2 class="ct-ledger-title">{t('popup.ledgerTitle')}</h2>
      {page && <p class="ct-ledger-page">{pageLine(page)}</p>}
      {canSave && (
        <p>
          <button type="button" disabled={saving} onClick={props.onSave}>
            {saving ? t('popup.ledgerSaving') : t('popup.ledgerSave')}
          </button>
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      <p class="ct-switch">
        <input
          id={consentId}
          type="checkbox"
          role="switch"
          checked={overview.consent === true}
          aria-checked={overview.consent === true}
          onChange={(event) => props.onConsent(event.currentTarget.checked)}
        />
        <label for={consentId}>{t('popup.ledgerConsent')}</label>
      </p>
      {page && (
        <p class="ct-switch">
          <input
            id={siteId}
            type="checkbox"
            role="switch"
            checked={!excluded}
            aria-checked={!excluded}
            onChange={(event) => props.onSiteExcluded(page.site, !event.currentTarget.checked)}
          />
          <label for={siteId}>{t('popup.ledgerKeepSite', { site: page.site })}</label>
        </p>
      )}
    </section>
  );
}
