import { t, tn } from '../../utils/i18n/translate';

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
    <div class="ct-selection-bar" role="toolbar" aria-label={t('manager.selected')}>
      <span class="ct-selection-count" aria-live="polite">
        {none ? t('manager.noneSelected') : tn('manager.countSelected', selected)}
      </span>
      <button type="button" onClick={onSelectAll} disabled={matching === 0 || selected === matching}>
        {tn('manager.selectAll', matching)}
      </button>
      <button type="button" onClick={onClear} disabled={none}>
        {t('manager.clearSelection')}
      </button>
      <button type="button" class="ct-danger" onClick={onDelete} disabled={none}>
        {t('manager.deleteSelected')}
      </button>
      <button type="button" onClick={() => onExport('json')} disabled={none}>
        {t('manager.exportSelectedPack')}
      </button>
      <button type="button" onClick={() => onExport('csv')} disabled={none}>
        {t('manager.exportSelectedCsv')}
      </button>
      <button type="button" class="ct-primary" onClick={onAdd}>
        {t('manager.addClaim')}
      </button>
    </div>
  );
}
