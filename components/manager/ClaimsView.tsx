import { useState } from 'preact/hooks';
import { ask, errorOf } from '../../utils/manager/client';
import { exportToFile } from '../../utils/manager/export-file';
import { type FilterValues, queryFromFilters } from '../../utils/manager/filters';
import { countOf } from '../../utils/manager/format';
import {
  applyRange,
  isSelected,
  rangeFrom,
  type Selection,
  selectAll,
  toggleOne,
  without,
} from '../../utils/manager/selection';
import { formatNumber } from '../../utils/overlay/format';
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
          ? `Not deleted: another tab or window had already deleted ${ids.length === 1 ? 'it' : 'them'}.`
          : gone > 0
            ? `Deleted ${countOf(result.deleted, 'claim')}; ${formatNumber(gone)} had already been deleted in another tab or window.`
            : `Deleted ${what}.`;
      if (result.deleted === 0) env.notify(message);
      else if (result.undoToken) env.offerUndo(message, { kind: 'delete', token: result.undoToken });
      else env.notify(`${message} Undo is not available: the browser's storage is full.`);
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
      env.notify(`Saved ${saved.name} (${countOf(saved.claims, 'claim')}).`);
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
          ? 'Loading claims…'
          : `${pages.stale ? 'Updating… ' : ''}Showing ${countOf(total, 'claim')}${storeTotal !== undefined && storeTotal !== total ? ` of ${formatNumber(storeTotal)}` : ''}.`}
      </p>
      <SpreadOverview env={env} query={query} onShowMetric={(metric) => onFilters({ ...filters, metric })} />
      <SelectionBar
        selected={selection.ids.size}
        matching={total ?? 0}
        onSelectAll={() => void selectEverything()}
        onClear={() => onSelection(selectAll([]))}
        onDelete={() => void deleteIds([...selection.ids], countOf(selection.ids.size, 'claim'))}
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
              `“${item.claim.selector.exact}” (${item.outlet ?? item.sourceLabel})`,
            )
          }
        />
      )}
    </div>
  );
}
