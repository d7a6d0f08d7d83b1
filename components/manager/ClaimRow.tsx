import { claimantLabel } from '../../utils/i18n/pack-labels';
import { t } from '../../utils/i18n/translate';
import { originLabel, sideLabel } from '../../utils/manager/format';
import { formatValue } from '../../utils/overlay/format';
import { periodLabel } from '../../utils/overlay/period-label';
import type { ClaimListItem } from '../../utils/store/manager/types';
import { ClaimantName } from '../ClaimantName';
import { FigureQuote } from '../FigureQuote';

export interface ClaimRowProps {
  item: ClaimListItem;
  selected: boolean;
  /** 0 for the row holding the list's tab stop; -1 keeps the other rows' controls out of the tab order. */
  tabIndex: 0 | -1;
  /** The reader page at this claim, when the store holds its source's text. */
  readerHref: string | null;
  /** `shift`: extend the selection from the last clicked row to this one. */
  onToggle: (shift: boolean) => void;
  onEdit: () => void;
  onDelete: () => void;
}

/** "2 (Azerbaijani losses), Armenia's Ministry of Defence, reported by Example Wire": names a row for screen readers. */
export function claimSummary(item: ClaimListItem): string {
  const { claim } = item;
  const side = sideLabel(claim.side);
  const value = formatValue(claim.value, claim.qualifier, claim.selector.exact);
  const claimant = claim.claimant
    ? claimantLabel(claim.claimant.id, claim.claimant.label)
    : t('manager.noClaimant');
  const outlet = item.outlet ?? item.sourceLabel;
  return side
    ? t('row.summaryWithSide', { value, side, claimant, outlet })
    : t('row.summary', { value, claimant, outlet });
}

/**
 * One claim of the list: what is claimed and by whom (the claimant), who reported it (the outlet,
 * or the source's honest label), where it came from, and the quote with the figure marked.
 * Every stored string is rendered as text.
 */
export function ClaimRow({
  item,
  selected,
  tabIndex,
  readerHref,
  onToggle,
  onEdit,
  onDelete,
}: ClaimRowProps) {
  const { claim } = item;
  const summary = claimSummary(item);
  const side = sideLabel(claim.side);
  return (
    <div class={`ct-claim-row${selected ? ' ct-selected' : ''}`}>
      <input
        type="checkbox"
        class="ct-claim-check"
        checked={selected}
        tabIndex={tabIndex}
        aria-label={t('row.select', { claim: summary })}
        onClick={(event) => onToggle(event.shiftKey)}
      />
      <div class="ct-claim-main">
        <p class="ct-claim-line">
          <strong class="ct-claim-value">
            {formatValue(claim.value, claim.qualifier, claim.selector.exact)}
          </strong>
          {side && <span class="ct-claim-side">{side}</span>}
          <ClaimantName claimant={claim.claimant} />
          <span class="ct-claim-outlet">reported by {item.outlet ?? item.sourceLabel}</span>
          <span class={`ct-origin ct-origin-${claim.origin}`}>{originLabel(claim.origin)}</span>
          {claim.editedAt !== undefined && <span class="ct-edited">edited</span>}
          <span class="ct-claim-date" data-period={claim.period ?? ''}>
            {periodLabel(claim.period)}
          </span>
        </p>
        <p class="ct-claim-quote">
          <FigureQuote
            quote={claim.quote}
            figureStart={claim.quoteFigureStart}
            figureEnd={claim.quoteFigureEnd}
          />
        </p>
      </div>
      <div class="ct-claim-actions">
        {readerHref && (
          <a
            href={readerHref}
            target="_blank"
            rel="noopener"
            tabIndex={tabIndex}
            aria-label={t('row.readLabel', { claim: summary })}
          >
            {t('row.read')}
          </a>
        )}
        <button
          type="button"
          tabIndex={tabIndex}
          aria-label={t('row.editLabel', { claim: summary })}
          onClick={onEdit}
        >
          {t('row.edit')}
        </button>
        <button
          type="button"
          class="ct-danger"
          tabIndex={tabIndex}
          aria-label={t('row.deleteLabel', { claim: summary })}
          onClick={onDelete}
        >
          {t('row.delete')}
        </button>
      </div>
    </div>
  );
}
