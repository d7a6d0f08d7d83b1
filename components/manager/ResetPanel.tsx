import { useEffect, useRef, useState } from 'preact/hooks';
import { ask, errorOf } from '../../utils/manager/client';
import { exportToFile } from '../../utils/manager/export-file';
import { countOf } from '../../utils/manager/format';
import type { KeptOrigin } from '../../utils/store/manager/types';
import { type ManagerEnv, metricLabelIn } from './manager-env';

export interface ResetPanelProps {
  env: ManagerEnv;
}

/**
 * Reset to the bundled seed. Asks first, offers an export of everything before, and keeps the
 * claims the reader added (and imported) unless they choose otherwise.
 */
export function ResetPanel({ env }: ResetPanelProps) {
  const [keepUser, setKeepUser] = useState(true);
  const [keepImport, setKeepImport] = useState(true);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const origins = env.facets?.origins ?? { seed: 0, user: 0, import: 0 };
  const keep: KeptOrigin[] = [
    ...(keepUser ? (['user'] as const) : []),
    ...(keepImport ? (['import'] as const) : []),
  ];
  const kept = keep.reduce((sum, origin) => sum + origins[origin], 0);
  const lost = (env.facets?.total ?? 0) - kept;

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  const exportFirst = async () => {
    try {
      const saved = await exportToFile(
        env.send,
        env.download,
        { kind: 'all' },
        'json',
        (m) => metricLabelIn(env, m),
        env.now(),
      );
      setStatus(`Saved ${saved.name} (${countOf(saved.claims, 'claim')}).`);
    } catch (error) {
      env.report(errorOf(error));
    }
  };

  const reset = async () => {
    try {
      const result = await ask(env.send, { type: 'resetToSeed', keep });
      setConfirming(false);
      const keptNote = result.kept ? `, and kept ${countOf(result.kept, 'claim')} of yours` : '';
      setStatus(
        `The store holds the bundled seed again (${countOf(result.added + result.updated, 'seed claim')} written${keptNote}).`,
      );
      env.notify('Reset to the bundled seed.');
      env.changed();
    } catch (error) {
      env.report(errorOf(error));
    }
  };

  return (
    <section class="ct-reset" aria-labelledby="ct-reset-title">
      <h2 id="ct-reset-title">Reset to the seed</h2>
      <p>
        Puts back the claims Crosstally ships with, as on a fresh install: your edits to them and your
        deletions are undone, and claims not kept below are removed.
      </p>
      <fieldset class="ct-checks">
        <legend>Keep</legend>
        <label>
          <input
            type="checkbox"
            checked={keepUser}
            onChange={(event) => setKeepUser(event.currentTarget.checked)}
          />{' '}
          The claims you added ({origins.user})
        </label>
        <label>
          <input
            type="checkbox"
            checked={keepImport}
            onChange={(event) => setKeepImport(event.currentTarget.checked)}
          />{' '}
          The claims you imported ({origins.import})
        </label>
      </fieldset>
      <div class="ct-form-actions">
        <button type="button" onClick={() => void exportFirst()}>
          Export everything first
        </button>
        <button type="button" class="ct-danger" onClick={() => setConfirming(true)} disabled={confirming}>
          Reset to the seed…
        </button>
      </div>
      {confirming && (
        <section class="ct-confirm" aria-labelledby="ct-reset-confirm">
          <h3 id="ct-reset-confirm" ref={confirmHeading} tabIndex={-1}>
            Reset the store?
          </h3>
          <p>
            {countOf(Math.max(0, lost), 'claim')} will be replaced by the seed; {countOf(kept, 'claim')} of
            yours will be kept. This cannot be undone; export first if you may want them back.
          </p>
          <div class="ct-form-actions">
            <button type="button" class="ct-danger" onClick={() => void reset()}>
              Reset now
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </section>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
