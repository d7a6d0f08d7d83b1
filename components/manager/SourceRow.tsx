import { countOf } from '../../utils/manager/format';
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

const KIND_LABELS: Record<SourceKind, string> = {
  seed: 'bundled document',
  web: 'web page',
  import: 'imported',
  read: 'page you read',
};

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
  const claimCount = claims === null ? 'counting claims…' : countOf(claims, 'claim');
  const date = source.publishedDate ? dateWords(source.publishedDate) : null;
  return (
    <div class="ct-source-row">
      <div class="ct-source-main">
        <p class="ct-source-title">{source.label}</p>
        <p class="ct-muted">
          {source.outlet ?? 'outlet not named'} · {KIND_LABELS[source.kind]}
          {date ? ` · ${date}` : ''} · {claimCount}
        </p>
      </div>
      <div class="ct-claim-actions">
        <button
          type="button"
          tabIndex={tabIndex}
          onClick={onShowClaims}
          disabled={claims === 0}
          aria-label={`Show the claims of ${source.label}`}
        >
          Claims
        </button>
        {readerHref && (
          <a
            href={readerHref}
            target="_blank"
            rel="noopener"
            tabIndex={tabIndex}
            aria-label={`Open ${source.label} in the reader, figures marked`}
          >
            Read
          </a>
        )}
        <button type="button" tabIndex={tabIndex} onClick={onEdit} aria-label={`Edit ${source.label}`}>
          Edit
        </button>
        <button
          type="button"
          class="ct-danger"
          tabIndex={tabIndex}
          onClick={onDelete}
          aria-label={`Delete ${source.label} and its claims`}
        >
          Delete
        </button>
      </div>
    </div>
  );
}
