import { countOf } from '../../utils/manager/format';
import type { ImportPreview } from '../../utils/store/types';

export interface ImportSummaryProps {
  preview: ImportPreview;
  fileName: string;
}

const REASONS = {
  edited: 'you edited it',
  deleted: 'you deleted it',
  user: 'you added it yourself',
} as const;

/** What an import would change, before anything does: claims, sources and article texts added, updated, unchanged, conflicting. */
export function ImportSummary({ preview, fileName }: ImportSummaryProps) {
  const { claims, sources, documents } = preview;
  return (
    <div class="ct-import-summary">
      <h3>What importing “{fileName}” would change</h3>
      {preview.generatedBy && <p class="ct-muted">Made by {preview.generatedBy}.</p>}
      <table>
        <caption class="ct-visually-hidden">Changes the import would make</caption>
        <thead>
          <tr>
            <th scope="col">
              <span class="ct-visually-hidden">Kind of record</span>
            </th>
            <th scope="col">Added</th>
            <th scope="col">Updated</th>
            <th scope="col">Unchanged</th>
            <th scope="col">In conflict with yours</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Claims</th>
            <td>{claims.added}</td>
            <td>{claims.updated}</td>
            <td>{claims.unchanged}</td>
            <td>{claims.conflicting}</td>
          </tr>
          <tr>
            <th scope="row">Sources</th>
            <td>{sources.added}</td>
            <td>{sources.updated}</td>
            <td>{sources.unchanged}</td>
            <td>–</td>
          </tr>
          <tr>
            <th scope="row">Article texts</th>
            <td>{documents.added}</td>
            <td>{documents.updated}</td>
            <td>{documents.unchanged}</td>
            <td>{documents.kept}</td>
          </tr>
        </tbody>
      </table>
      {documents.kept > 0 && (
        <p class="ct-muted">
          {countOf(documents.kept, 'bundled article text')} in the pack{' '}
          {documents.kept === 1 ? 'differs' : 'differ'} from Crosstally’s own and will be left as{' '}
          {documents.kept === 1 ? 'it is' : 'they are'}: the bundled texts are never replaced.
        </p>
      )}
      {preview.conflicts.length > 0 && (
        <details>
          <summary>
            {countOf(claims.conflicting, 'claim')} the pack would change though{' '}
            {claims.conflicting === 1 ? 'it is' : 'they are'} yours
          </summary>
          <ul class="ct-issues">
            {preview.conflicts.map((conflict) => (
              <li key={conflict.claimId}>
                {conflict.claimId}: {REASONS[conflict.reason]}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
