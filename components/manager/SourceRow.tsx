import { liveRecord } from '../../utils/i18n/live';
import { t, tn } from '../../utils/i18n/translate';
import { dateWords } from '../../utils/overlay/period-label';
import type { SourceSummary } from '../../utils/store/manager/types';
import type { SourceKind } from '../../utils/store/types';

export interface SourceRowProps {
  summary: SourceSummary;
  /** How many claims it holds; null while being counted. */
  claims: number | null;
  tabIndex: 0 | -1;
  /** The reader page for the source, when its text is stored. */
  readerHref: string | null;
  onShowClaims: () => void;
  onEdit: () => void;
  onDelete: () => void;
}

const KIND_LABELS: Readonly<Record<SourceKind, string>> = liveRecord({
  seed: 'sources.kindSeed',
  web: 'sources.kindWeb',
  import: 'sources.kindImport',
  read: 'sources.kindRead',
});

/** One source: its title, outlet (publisher), date and kind, and what can be done with it. */
export function SourceRow({
  summary,
  claims,
  tabIndex,
  readerHref,
  onShowClaims,
  onEdit,
  onDelete,
}: SourceRowProps) {
  const { source } = summary;
  const claimCount = claims === null ? t('sources.counting') : tn('manager.claims', claims);
  const date = source.publishedDate ? dateWords(source.publishedDate) : null;
  return (
    <div class="ct-source-row">
      <div class="ct-source-main">
        <p class="ct-source-title">{source.label}</p>
        <p class="ct-muted">
          {source.outlet ?? t('sources.outletNotNamed')} · {KIND_LABELS[source.kind]}
          {date ? ` · ${date}` : ''} · {claimCount}
        </p>
      </div>
      <div class="ct-claim-actions">
        <button
          type="button"
          tabIndex={tabIndex}
          onClick={onShowClaims}
          disabled={claims === 0}
          aria-label={t('sources.showClaims', { source: source.label })}
        >
          {t('manager.tab.claims')}
        </button>
        {readerHref && (
          <a
            href={readerHref}
            target="_blank"
            rel="noopener"
            tabIndex={tabIndex}
            aria-label={t('sources.readLabel', { source: source.label })}
          >
            {t('row.read')}
          </a>
        )}
        <button
          type="button"
          tabIndex={tabIndex}
          onClick={onEdit}
          aria-label={t('sources.editLabel', { source: source.label })}
        >
          {t('row.edit')}
        </button>
        <button
          type="button"
          class="ct-danger"
          tabIndex={tabIndex}
          onClick={onDelete}
          aria-label={t('sources.deleteLabel', { source: source.label })}
        >
          {t('row.delete')}
        </button>
      </div>
    </div>
  );
}
