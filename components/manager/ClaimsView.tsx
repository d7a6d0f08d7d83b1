import { useState } from 'preact/hooks';
import { formatNumber, t, tn } from '../../utils/i18n/translate';
import { ask, errorOf } from '../../utils/manager/client';
import { exportToFile } from '../../utils/manager/export-file';
import { type FilterValues, queryFromFilters } from '../../utils/manager/filters';
import {
  applyRange,
  isSelected,
  rangeFrom,
  type Selection,
  selectAll,
  toggleOne,
  without,
} from '../../utils/manager/selection';
import type { ClaimListItem, VersionedClaim } from '../../utils/store/manager/types';
import { ClaimEditor } from './ClaimEditor';
import { ClaimFilters } from './ClaimFilters';
import { ClaimList } from './ClaimList';
import { type ManagerEnv, metricLabelIn } from './manager-env';
import { SelectionBar } from './SelectionBar';
import { SpreadOverview } from './SpreadOverview';
import { useClaimPages } from './use-claim-pages';
import { focusActiveRow } from './VirtualList';

export interface ClaimsViewProps {
  env: ManagerEnv;
  filters: FilterValues;
  onFilters: (filters: FilterValues) => void;
  selection: Selection;
  onSelection: (selection: Selection) => void;
  /** The label of the source the filters narrow to, if any. */
  sourceLabel: string | null;
  listHeight: number;
}

/** Browse, filter, select, edit and delete claims, with the spread of values per metric above the list. */
export function ClaimsView({
  env,
  filters,
  onFilters,
  selection,
  onSelection,
  sourceLabel,
  listHeight,
}: ClaimsViewProps) {
  const { query, errors } = queryFromFilters(filters);
  const pages = useClaimPages(env.send, query, env.revision, env.report);
  const [editing, setEditing] = useState<VersionedClaim | 'new' | null>(null);
  const key = JSON.stringify(query);

  const deleteIds = async (ids: string[], what: string) => {
    try {
      const result = await ask(env.send, { type: 'deleteClaims', ids });
      // The list may be older than the store: another tab may have deleted some already.
      const gone = ids.length - result.deleted;
      const message =
        result.deleted === 0
          ? tn('claims.notDeleted', ids.length)
          : gone > 0
            ? t('claims.deletedSome', { claims: tn('manager.claims', result.deleted), gone })
            : t('claims.deleted', { what });
      if (result.deleted === 0) env.notify(message);
      else if (result.undoToken) env.offerUndo(message, { kind: 'delete', token: result.undoToken });
      else env.notify(t('claims.noUndo', { message }));
      onSelection(without(selection, ids));
      env.changed();
    } catch (error) {
      env.report(errorOf(error));
    }
  };

  const toggle = async (index: number, item: ClaimListItem, shift: boolean) => {
    if (!shift || selection.anchor === null) return onSelection(toggleOne(selection, item.claim.id, index));
    const { from, to } = rangeFrom(selection, index);
    try {
      const { ids } = await ask(env.send, {
        type: 'listClaimIds',
        query,
        offset: from,
        limit: to - from + 1,
      });
      onSelection(applyRange(selection, ids, !isSelected(selection, item.claim.id)));
    } catch (error) {
      env.report(errorOf(error));
    }
  };

  const selectEverything = async () => {
    try {
      const { ids } = await ask(env.send, { type: 'listClaimIds', query });
      onSelection(selectAll(ids));
    } catch (error) {
      env.report(errorOf(error));
    }
  };

  const exportSelected = async (format: 'json' | 'csv') => {
    try {
      const saved = await exportToFile(
        env.send,
        env.download,
        { kind: 'ids', ids: [...selection.ids] },
        format,
        (m) => metricLabelIn(env, m),
        env.now(),
      );
      env.notify(t('claims.saved', { file: saved.name, claims: tn('manager.claims', saved.claims) }));
    } catch (error) {
      env.report(errorOf(error));
    }
  };

  const total = pages.total;
  const storeTotal = env.facets?.total;
  return (
    <div class="ct-claims">
      <ClaimFilters
        values={filters}
        onChange={onFilters}
        facets={env.facets}
        metrics={env.metrics}
        claimants={env.claimants}
        errors={errors}
        sourceLabel={sourceLabel}
      />
      <p class="ct-result-count" role="status">
        {total === null
          ? t('claims.loading')
          : `${pages.stale ? `${t('claims.updating')} ` : ''}${
              storeTotal !== undefined && storeTotal !== total
                ? t('claims.showingOf', {
                    claims: tn('manager.claims', total),
                    total: formatNumber(storeTotal),
                  })
                : t('claims.showing', { claims: tn('manager.claims', total) })
            }`}
      </p>
      <SpreadOverview env={env} query={query} onShowMetric={(metric) => onFilters({ ...filters, metric })} />
      <SelectionBar
        selected={selection.ids.size}
        matching={total ?? 0}
        onSelectAll={() => void selectEverything()}
        onClear={() => onSelection(selectAll([]))}
        onDelete={() => void deleteIds([...selection.ids], tn('manager.claims', selection.ids.size))}
        onExport={(format) => void exportSelected(format)}
        onAdd={() => setEditing('new')}
      />
      {editing && (
        <ClaimEditor
          env={env}
          claim={editing === 'new' ? null : editing}
          onClose={() => {
            setEditing(null);
            focusActiveRow();
          }}
        />
      )}
      {total === 0 ? (
        <p class="ct-empty">No claims match these filters.</p>
      ) : (
        <ClaimList
          groups={pages.groups}
          itemAt={pages.itemAt}
          onNeed={pages.ensure}
          height={listHeight}
          selection={selection}
          resetKey={key}
          readerHref={(item) =>
            item.sourceHasText ? env.readerHref(item.claim.sourceId, item.claim.id) : null
          }
          onToggle={(index, item, shift) => void toggle(index, item, shift)}
          onEdit={(item) => setEditing({ claim: item.claim, version: item.version })}
          onDelete={(item) =>
            void deleteIds(
              [item.claim.id],
              t('claims.quoteOf', {
                quote: item.claim.selector.exact,
                outlet: item.outlet ?? item.sourceLabel,
              }),
            )
          }
        />
      )}
    </div>
  );
}
