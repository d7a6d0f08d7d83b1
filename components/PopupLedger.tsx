import { useId } from 'preact/hooks';
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

function figures(count: number): string {
  return count === 1 ? '1 figure' : `${count} figures`;
}

/** What the ledger holds of this page, in one sentence. */
export function pageLine(page: LedgerPage): string {
  const { outcome } = page;
  if (!outcome.recorded && outcome.reason === 'private')
    return 'Private window: nothing from this page is kept.';
  if (!outcome.recorded && outcome.reason === 'excluded')
    return `Pages of ${page.site} are not kept in your ledger.`;
  if (outcome.inLedger > 0)
    return `${figures(outcome.inLedger)} from this page ${outcome.inLedger === 1 ? 'is' : 'are'} in your ledger.`;
  if (!outcome.recorded && outcome.reason === 'no-figures') return 'This page has no figure to keep.';
  if (!outcome.recorded && outcome.reason === 'in-store') return 'This article is in your store already.';
  return 'Nothing from this page is in your ledger.';
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
    <section class="ct-ledger" aria-label="Reading ledger">
      <h2 class="ct-ledger-title">Reading ledger</h2>
      {page && <p class="ct-ledger-page">{pageLine(page)}</p>}
      {canSave && (
        <p>
          <button type="button" disabled={saving} onClick={props.onSave}>
            {saving ? 'Saving…' : 'Save this page’s figures'}
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
        <label for={consentId}>Keep the figures of coverage pages I read (on this computer only)</label>
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
          <label for={siteId}>Keep pages of {page.site}</label>
        </p>
      )}
    </section>
  );
}
