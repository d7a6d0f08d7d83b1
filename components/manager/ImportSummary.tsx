import { t, tn } from '../../utils/i18n/translate';
import type { ImportPreview } from '../../utils/store/types';

export interface ImportSummaryProps {
  preview: ImportPreview;
  fileName: string;
}

/** Why a claim of the pack is in conflict with yours (ImportConflict['reason']), in words. */
const REASON_KEYS = {
  edited: 'importSummary.reason.edited',
  deleted: 'importSummary.reason.deleted',
  user: 'importSummary.reason.user',
} as const;

/** What an import would change, before anything does: claims, sources and article texts added, updated, unchanged, conflicting. */
export function ImportSummary({ preview, fileName }: ImportSummaryProps) {
  const { claims, sources, documents } = preview;
  return (
    <div class="ct-import-summary">
      <h3>{t('importSummary.heading', { file: fileName })}</h3>
      {preview.generatedBy && (
        <p class="ct-muted">{t('importSummary.madeBy', { tool: preview.generatedBy })}</p>
      )}
      <table>
        <caption class="ct-visually-hidden">{t('importSummary.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span class="ct-visually-hidden">{t('importSummary.kind')}</span>
            </th>
            <th scope="col">{t('importSummary.added')}</th>
            <th scope="col">{t('importSummary.updated')}</th>
            <th scope="col">{t('importSummary.unchanged')}</th>
            <th scope="col">{t('importSummary.conflicting')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('storage.claims')}</th>
            <td>{claims.added}</td>
            <td>{claims.updated}</td>
            <td>{claims.unchanged}</td>
            <td>{claims.conflicting}</td>
          </tr>
          <tr>
            <th scope="row">{t('storage.sources')}</th>
            <td>{sources.added}</td>
            <td>{sources.updated}</td>
            <td>{sources.unchanged}</td>
            <td>–</td>
          </tr>
          <tr>
            <th scope="row">{t('importSummary.texts')}</th>
            <td>{documents.added}</td>
            <td>{documents.updated}</td>
            <td>{documents.unchanged}</td>
            <td>{documents.kept}</td>
          </tr>
        </tbody>
      </table>
      {documents.kept > 0 && <p class="ct-muted">{tn('importSummary.keptTexts', documents.kept)}</p>}
      {preview.conflicts.length > 0 && (
        <details>
          <summary>{tn('importSummary.conflicts', claims.conflicting)}</summary>
          <ul class="ct-issues">
            {preview.conflicts.map((conflict) => (
              <li key={conflict.claimId}>
                {conflict.claimId}: {t(REASON_KEYS[conflict.reason])}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
