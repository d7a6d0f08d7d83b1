import { countOf } from '../../utils/manager/format';

export interface SelectionBarProps {
  selected: number;
  /** Claims the filters show. */
  matching: number;
  onSelectAll: () => void;
  onClear: () => void;
  onDelete: () => void;
  onExport: (format: 'json' | 'csv') => void;
  onAdd: () => void;
}

/** What can be done with many claims at once: select all that match, delete or export the selection. */
export function SelectionBar({
  selected,
  matching,
  onSelectAll,
  onClear,
  onDelete,
  onExport,
  onAdd,
}: SelectionBarProps) {
  const none = selected === 0;
  return (
    <div class="ct-selection-bar" role="toolbar" aria-label="Selected claims">
      <span class="ct-selection-count" aria-live="polite">
        {none ? 'No claims selected' : `${countOf(selected, 'claim')} selected`}
      </span>
      <button type="button" onClick={onSelectAll} disabled={matching === 0 || selected === matching}>
        Select all {countOf(matching, 'claim')} shown
      </button>
      <button type="button" onClick={onClear} disabled={none}>
        Clear selection
      </button>
      <button type="button" class="ct-danger" onClick={onDelete} disabled={none}>
        Delete selected
      </button>
      <button type="button" onClick={() => onExport('json')} disabled={none}>
        Export selected (claim pack)
      </button>
      <button type="button" onClick={() => onExport('csv')} disabled={none}>
        Export selected (CSV)
      </button>
      <button type="button" class="ct-primary" onClick={onAdd}>
        Add a claim
      </button>
    </div>
  );
}
