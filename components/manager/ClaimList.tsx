import { useMemo } from 'preact/hooks';
import { t } from '../../utils/i18n/translate';
import { isSelected, type Selection } from '../../utils/manager/selection';
import { displayRowAt, groupOffsets } from '../../utils/manager/windowing';
import type { ClaimGroupInfo, ClaimListItem } from '../../utils/store/manager/types';
import { ClaimRow } from './ClaimRow';
import { GroupHeader } from './GroupHeader';
import { VirtualList } from './VirtualList';

/** Every row's height: positions are computed, never measured. Keep in step with manager.css. */
export const CLAIM_ROW_HEIGHT = 76;

export interface ClaimListProps {
  /** The groups of the whole result (not just what is loaded). */
  groups: readonly ClaimGroupInfo[];
  /** The claim at a list index, or undefined while its page loads. */
  itemAt: (claimIndex: number) => ClaimListItem | undefined;
  /** Asks for the claims from `from` to `to` (exclusive) to be loaded. */
  onNeed: (from: number, to: number) => void;
  height: number;
  selection: Selection;
  readerHref: (item: ClaimListItem) => string | null;
  onToggle: (claimIndex: number, item: ClaimListItem, shift: boolean) => void;
  onEdit: (item: ClaimListItem) => void;
  onDelete: (item: ClaimListItem, claimIndex: number) => void;
  /** Changes with the query, to scroll back to the top. */
  resetKey: string;
}

/**
 * The claims, grouped by metric under a header each, rendering only the rows on screen. Keys on
 * a row: Space selects it (Shift+Space selects the range from the last one), Enter edits it,
 * Delete deletes it (with undo).
 */
export function ClaimList(props: ClaimListProps) {
  const { groups, itemAt, onNeed, height, selection, readerHref, onToggle, onEdit, onDelete, resetKey } =
    props;
  const offsets = useMemo(() => groupOffsets(groups.map((group) => group.count)), [groups]);

  const renderRow = (row: number, active: boolean) => {
    const at = displayRowAt(offsets, row);
    const group = groups[at.group];
    if (at.kind === 'header') return group ? <GroupHeader group={group} /> : null;
    const item = itemAt(at.claimIndex);
    if (!item) return <p class="ct-claim-loading ct-muted">Loading claim {at.claimIndex + 1}…</p>;
    return (
      <ClaimRow
        item={item}
        selected={isSelected(selection, item.claim.id)}
        tabIndex={active ? 0 : -1}
        readerHref={readerHref(item)}
        onToggle={(shift) => onToggle(at.claimIndex, item, shift)}
        onEdit={() => onEdit(item)}
        onDelete={() => onDelete(item, at.claimIndex)}
      />
    );
  };

  const onRowKeyDown = (row: number, event: KeyboardEvent) => {
    const at = displayRowAt(offsets, row);
    // Keys on the row itself: a focused checkbox or button handles Space and Enter on its own.
    if (at.kind !== 'claim' || !(event.target as HTMLElement).hasAttribute('data-row')) return;
    const item = itemAt(at.claimIndex);
    if (!item) return;
    if (event.key === ' ') {
      event.preventDefault();
      onToggle(at.claimIndex, item, event.shiftKey);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onEdit(item);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      onDelete(item, at.claimIndex);
    }
  };

  return (
    <VirtualList
      label={t('claims.listLabel')}
      rowCount={offsets.rowCount}
      rowHeight={CLAIM_ROW_HEIGHT}
      height={height}
      resetKey={resetKey}
      renderRow={renderRow}
      rowClass={(row) => (displayRowAt(offsets, row).kind === 'header' ? 'ct-vrow-header' : 'ct-vrow-claim')}
      isFocusable={(row) => displayRowAt(offsets, row).kind === 'claim'}
      onRowKeyDown={onRowKeyDown}
      onRangeChange={({ start, end }) => {
        if (end <= start) return;
        const first = displayRowAt(offsets, start);
        const last = displayRowAt(offsets, end - 1);
        const from = first.kind === 'claim' ? first.claimIndex : (offsets.firstClaims[first.group] ?? 0);
        const to = last.kind === 'claim' ? last.claimIndex + 1 : (offsets.firstClaims[last.group] ?? 0);
        onNeed(from, Math.max(from + 1, to));
      }}
    />
  );
}
