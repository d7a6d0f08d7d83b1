import { t } from '../../utils/i18n/translate';
export interface UndoToastProps {
  /** What was just done; null hides the toast (its live region stays). */
  message: string | null;
  /** Shown as an Undo button when what was done can be undone. */
  onUndo: (() => void) | null;
  onDismiss: () => void;
}

/**
 * The toast after a delete or edit: what happened, and Undo. It stays until dismissed or replaced
 * (no timeout to race), sits early in the tab order, and Ctrl+Z (⌘Z) does the same as its button.
 */
export function UndoToast({ message, onUndo, onDismiss }: UndoToastProps) {
  return (
    <div class="ct-toast-region" role="status" aria-live="polite">
      {message && (
        <div class="ct-toast">
          <span>{message}</span>
          {onUndo && (
            <button type="button" class="ct-toast-undo" onClick={onUndo} aria-keyshortcuts="Control+Z">
              {t('manager.undo')}
            </button>
          )}
          <button
            type="button"
            class="ct-toast-close"
            onClick={onDismiss}
            aria-label={t('manager.dismissMessage')}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
