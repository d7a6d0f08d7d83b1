import { useEffect, useState } from 'preact/hooks';
import { t, tn } from '../../utils/i18n/translate';
import type { Send } from '../../utils/manager/client';
import type { ImportProgressState } from '../../utils/store/import-export';

/** How often the bar asks the background how far the import is. */
export const PROGRESS_POLL_MS = 250;

export interface ImportProgressProps {
  send: Send;
  fileName: string;
  /** The id the import was started with (importApply's progressId). */
  progressId: string;
}

/**
 * A running import's progress bar with Cancel. The import runs in the background, which this
 * asks for progress every PROGRESS_POLL_MS; Cancel asks it to stop, and the import's own answer
 * (to the panel) then says it was cancelled and nothing changed.
 */
export function ImportProgress({ send, fileName, progressId }: ImportProgressProps) {
  const [progress, setProgress] = useState<ImportProgressState | null>(null);
  const [cancelAsked, setCancelAsked] = useState(false);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const reply = await send({ type: 'importProgress', progressId }).catch(() => null);
      if (stopped) return;
      if (reply?.ok && reply.data) setProgress(reply.data);
      timer = setTimeout(() => void poll(), PROGRESS_POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [send, progressId]);

  const cancelling = cancelAsked || progress?.cancelling === true;
  const cancel = () => {
    setCancelAsked(true);
    void send({ type: 'importCancel', progressId }).catch(() => undefined);
  };
  const total = progress?.total ?? 0;
  const done = Math.min(progress?.done ?? 0, total);
  const label = cancelling
    ? t('import.cancelling', { file: fileName })
    : total > 0
      ? tn('import.progress', total, { file: fileName, done })
      : t('import.starting', { file: fileName });

  return (
    <div class="ct-import-progress">
      <p id="ct-import-progress-label">{label}</p>
      <progress
        aria-labelledby="ct-import-progress-label"
        max={total > 0 ? total : undefined}
        value={total > 0 ? done : undefined}
      />
      <p class="ct-hint">{t('import.meanwhile')}</p>
      <button type="button" onClick={cancel} disabled={cancelling}>
        {t('import.cancelImport')}
      </button>
    </div>
  );
}
