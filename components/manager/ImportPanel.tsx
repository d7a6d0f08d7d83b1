import { useState } from 'preact/hooks';
import { ask, errorOf } from '../../utils/manager/client';
import { countOf, formatBytes } from '../../utils/manager/format';
import type { ProtocolError } from '../../utils/messaging/protocol';
import { MAX_PACK_CHARS } from '../../utils/store/claim-pack';
import type { ConflictPolicy, ImportPreview, ImportResult } from '../../utils/store/types';
import { ImportSummary } from './ImportSummary';
import type { ManagerEnv } from './manager-env';

export interface ImportPanelProps {
  env: ManagerEnv;
}

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'preview'; fileName: string; text: string; preview: ImportPreview }
  | { kind: 'failed'; fileName: string; error: ProtocolError }
  | { kind: 'done'; fileName: string; result: ImportResult };

/**
 * Import a claim pack: choose or drop a file, see what it would change, then import it all or
 * nothing. A file that is not a valid pack changes nothing, and every problem is listed with
 * where in the file it is.
 */
export function ImportPanel({ env }: ImportPanelProps) {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [policy, setPolicy] = useState<ConflictPolicy>('keep-mine');
  const [dragging, setDragging] = useState(false);

  const read = async (file: File) => {
    if (file.size > MAX_PACK_CHARS * 4) {
      const message = `This file is ${formatBytes(file.size)}; claim packs of up to ${formatBytes(MAX_PACK_CHARS)} are read. Split it into smaller packs.`;
      return setStage({ kind: 'failed', fileName: file.name, error: { code: 'too-large', message } });
    }
    setStage({ kind: 'reading', fileName: file.name });
    try {
      const text = await file.text();
      const preview = await ask(env.send, { type: 'importPreview', text });
      setStage({ kind: 'preview', fileName: file.name, text, preview });
    } catch (error) {
      setStage({ kind: 'failed', fileName: file.name, error: errorOf(error) });
    }
  };

  const apply = async () => {
    if (stage.kind !== 'preview') return;
    try {
      const result = await ask(env.send, { type: 'importApply', text: stage.text, onConflict: policy });
      setStage({ kind: 'done', fileName: stage.fileName, result });
      env.notify(
        `Imported “${stage.fileName}”: ${countOf(result.claims.added, 'claim')} added, ${result.claims.updated} updated.`,
      );
      env.changed();
    } catch (error) {
      setStage({ kind: 'failed', fileName: stage.fileName, error: errorOf(error) });
    }
  };

  return (
    <section class="ct-import" aria-labelledby="ct-import-title">
      <h2 id="ct-import-title">Import a claim pack</h2>
      <fieldset
        class={`ct-dropzone${dragging ? ' ct-dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          const file = event.dataTransfer?.files[0];
          if (file) void read(file);
        }}
      >
        <legend>Claim pack file</legend>
        <label for="ct-import-file">Choose a claim pack file (.json), or drop it here</label>
        <input
          id="ct-import-file"
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void read(file);
            event.currentTarget.value = '';
          }}
        />
      </fieldset>
      <div aria-live="polite">
        {stage.kind === 'reading' && <p>Reading “{stage.fileName}”…</p>}
        {stage.kind === 'failed' && (
          <div class="ct-import-error" role="alert">
            <p>
              <strong>Nothing was imported from “{stage.fileName}”.</strong> {stage.error.message}
            </p>
            {stage.error.issues && stage.error.issues.length > 0 && (
              <ul class="ct-issues" aria-label="Problems in the file, each with where it is">
                {stage.error.issues.map((issue) => (
                  <li key={issue}>
                    <code>{issue}</code>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {stage.kind === 'done' && (
          <p class="ct-success">
            Imported “{stage.fileName}”: {countOf(stage.result.claims.added, 'claim')} added,{' '}
            {stage.result.claims.updated} updated, {stage.result.claims.unchanged} unchanged;{' '}
            {stage.result.claims.kept} of yours kept, {stage.result.claims.replaced} replaced.
          </p>
        )}
      </div>
      {stage.kind === 'preview' && (
        <div class="ct-import-preview">
          <ImportSummary preview={stage.preview} fileName={stage.fileName} />
          {stage.preview.claims.conflicting > 0 && (
            <fieldset class="ct-radios">
              <legend>When the pack changes a claim you edited, deleted or added</legend>
              <label>
                <input
                  type="radio"
                  name="ct-conflict"
                  checked={policy === 'keep-mine'}
                  onChange={() => setPolicy('keep-mine')}
                />{' '}
                Keep mine
              </label>
              <label>
                <input
                  type="radio"
                  name="ct-conflict"
                  checked={policy === 'take-theirs'}
                  onChange={() => setPolicy('take-theirs')}
                />{' '}
                Take the pack's
              </label>
            </fieldset>
          )}
          <div class="ct-form-actions">
            <button type="button" class="ct-primary" onClick={() => void apply()}>
              Import
            </button>
            <button type="button" onClick={() => setStage({ kind: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
