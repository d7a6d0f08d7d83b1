import { useState } from 'preact/hooks';
import { errorText, issueTexts } from '../../utils/i18n/error-text';
import { t, tn } from '../../utils/i18n/translate';
import { ask, errorOf, RequestFailed } from '../../utils/manager/client';
import { readPackFile, uploadPack } from '../../utils/manager/pack-file';
import type { ProtocolError } from '../../utils/messaging/protocol';
import type { ConflictPolicy, ImportPreview, ImportResult } from '../../utils/store/types';
import { ImportProgress } from './ImportProgress';
import { ImportSummary } from './ImportSummary';
import type { ManagerEnv } from './manager-env';

export interface ImportPanelProps {
  env: ManagerEnv;
}

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'preview'; fileName: string; text: string; uploadId: string; preview: ImportPreview }
  | { kind: 'importing'; fileName: string; progressId: string }
  | { kind: 'cancelled'; fileName: string }
  | { kind: 'failed'; fileName: string; error: ProtocolError }
  | { kind: 'done'; fileName: string; result: ImportResult };

/**
 * Import a claim pack: choose or drop a file (.json, or .json.gz as large exports are saved), see
 * what it would change, then import it all or nothing. The file goes to the background in parts,
 * so packs of any size Crosstally exports read back. A file that is not a valid pack changes
 * nothing, and every problem is listed with where in the file it is.
 */
export function ImportPanel({ env }: ImportPanelProps) {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [policy, setPolicy] = useState<ConflictPolicy>('keep-mine');
  const [dragging, setDragging] = useState(false);

  const read = async (file: File) => {
    setStage({ kind: 'reading', fileName: file.name });
    try {
      const text = await readPackFile(file);
      const uploadId = await uploadPack(env.send, text);
      const preview = await ask(env.send, { type: 'importPreview', uploadId });
      setStage({ kind: 'preview', fileName: file.name, text, uploadId, preview });
    } catch (error) {
      setStage({ kind: 'failed', fileName: file.name, error: errorOf(error) });
    }
  };

  const apply = async () => {
    if (stage.kind !== 'preview') return;
    const { fileName, text } = stage;
    const progressId = `import-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    setStage({ kind: 'importing', fileName, progressId });
    const importAs = (uploadId: string) =>
      ask(env.send, { type: 'importApply', uploadId, onConflict: policy, progressId });
    try {
      // The background forgets an upload when it restarts: then the text goes again.
      const result = await importAs(stage.uploadId).catch(async (error: unknown) => {
        if (!(error instanceof RequestFailed && error.error.code === 'not-found')) throw error;
        return importAs(await uploadPack(env.send, text));
      });
      setStage({ kind: 'done', fileName, result });
      env.notify(t('import.notice', { file: fileName, summary: importedSummary(result) }));
      env.changed();
    } catch (error) {
      const failure = errorOf(error);
      setStage(
        failure.code === 'cancelled'
          ? { kind: 'cancelled', fileName }
          : { kind: 'failed', fileName, error: failure },
      );
    }
  };

  return (
    <section class="ct-import" aria-labelledby="ct-import-title">
      <h2 id="ct-import-title">{t('import.title')}</h2>
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
        <legend>{t('import.fileLegend')}</legend>
        <label for="ct-import-file">{t('import.chooseFile')}</label>
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
        {stage.kind === 'reading' && <p>{t('import.reading', { file: stage.fileName })}</p>}
        {stage.kind === 'cancelled' && (
          <p class="ct-success">{t('import.cancelled', { file: stage.fileName })}</p>
        )}
        {stage.kind === 'failed' && (
          <div class="ct-import-error" role="alert">
            <p>
              <strong>{t('import.nothingImported', { file: stage.fileName })}</strong>{' '}
              {errorText(stage.error)}
            </p>
            {issueTexts(stage.error).length > 0 && (
              <ul class="ct-issues" aria-label={t('import.issues')}>
                {issueTexts(stage.error).map((issue) => (
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
            {t('import.done', {
              file: stage.fileName,
              summary: importedSummary(stage.result),
              unchanged: stage.result.claims.unchanged,
              kept: stage.result.claims.kept,
              replaced: stage.result.claims.replaced,
            })}
          </p>
        )}
      </div>
      {stage.kind === 'importing' && (
        <ImportProgress send={env.send} fileName={stage.fileName} progressId={stage.progressId} />
      )}
      {stage.kind === 'preview' && (
        <div class="ct-import-preview">
          <ImportSummary preview={stage.preview} fileName={stage.fileName} />
          {stage.preview.claims.conflicting > 0 && (
            <fieldset class="ct-radios">
              <legend>{t('import.conflict')}</legend>
              <label>
                <input
                  type="radio"
                  name="ct-conflict"
                  checked={policy === 'keep-mine'}
                  onChange={() => setPolicy('keep-mine')}
                />{' '}
                {t('import.keepMine')}
              </label>
              <label>
                <input
                  type="radio"
                  name="ct-conflict"
                  checked={policy === 'take-theirs'}
                  onChange={() => setPolicy('take-theirs')}
                />{' '}
                {t('import.takeTheirs')}
              </label>
            </fieldset>
          )}
          <div class="ct-form-actions">
            <button type="button" class="ct-primary" onClick={() => void apply()}>
              {t('import.import')}
            </button>
            <button type="button" onClick={() => setStage({ kind: 'idle' })}>
              {t('form.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/** "2 claims added, 0 updated; 1 source added; 1 text added": every kind of record the import wrote. */
function importedSummary(result: ImportResult): string {
  const { claims, sources, documents } = result;
  const parts = [
    t('import.addedUpdated', { added: tn('manager.claims', claims.added), updated: claims.updated }),
  ];
  if (sources.added + sources.updated > 0)
    parts.push(
      t('import.addedUpdated', { added: tn('manager.sources', sources.added), updated: sources.updated }),
    );
  if (documents.added + documents.updated > 0)
    parts.push(
      t('import.addedReplaced', { added: tn('import.texts', documents.added), replaced: documents.updated }),
    );
  return parts.join('; ');
}
