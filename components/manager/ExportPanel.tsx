import { useEffect, useState } from 'preact/hooks';
import { ask, errorOf } from '../../utils/manager/client';
import { type ExportFormat, type ExportScope, exportToFile } from '../../utils/manager/export-file';
import { countOf } from '../../utils/manager/format';
import type { ClaimQuery } from '../../utils/store/manager/types';
import { type ManagerEnv, metricLabelIn } from './manager-env';

export interface ExportPanelProps {
  env: ManagerEnv;
  /** The claim list's current filters. */
  query: ClaimQuery;
  /** Whether any filter narrows the list (else "filtered" is the whole store). */
  filtered: boolean;
  selectedIds: readonly string[];
}

type ScopeKind = ExportScope['kind'];

/** Export the whole store, the filtered view or the selection, as a claim pack, CSV, ClaimReview or Web Annotations, saved on this computer. */
export function ExportPanel({ env, query, filtered, selectedIds }: ExportPanelProps) {
  const [kind, setKind] = useState<ScopeKind>('all');
  const [matching, setMatching] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const key = JSON.stringify(query);

  useEffect(() => {
    let current = true;
    ask(env.send, { type: 'listClaims', query, offset: 0, limit: 1 }).then(
      (page) => current && setMatching(page.total),
      () => current && setMatching(null),
    );
    return () => {
      current = false;
    };
  }, [key, env.revision]);

  const run = async (format: ExportFormat) => {
    const scope: ExportScope =
      kind === 'all' ? { kind } : kind === 'query' ? { kind, query } : { kind, ids: [...selectedIds] };
    setStatus('Preparing the file…');
    try {
      const saved = await exportToFile(
        env.send,
        env.download,
        scope,
        format,
        (metric) => metricLabelIn(env, metric),
        env.now(),
      );
      setStatus(`Saved ${saved.name} (${countOf(saved.claims, 'claim')}).`);
    } catch (error) {
      setStatus('');
      env.report(errorOf(error));
    }
  };

  const options: [ScopeKind, string, boolean][] = [
    ['all', `Everything in the store${env.facets ? ` (${countOf(env.facets.total, 'claim')})` : ''}`, true],
    [
      'query',
      `The claims the filters show${matching === null ? '' : ` (${countOf(matching, 'claim')})`}${filtered ? '' : ': no filter is set'}`,
      true,
    ],
    ['ids', `The selected claims (${countOf(selectedIds.length, 'claim')})`, selectedIds.length > 0],
  ];
  return (
    <section class="ct-export" aria-labelledby="ct-export-title">
      <h2 id="ct-export-title">Export</h2>
      <p class="ct-muted">
        A claim pack (JSON) imports into any Crosstally; CSV opens in a spreadsheet; ClaimReview and Web
        Annotations (JSON-LD) are for fact-checking and annotation tools. Files are made on this computer;
        nothing is sent anywhere.
      </p>
      <fieldset class="ct-radios">
        <legend>What to export</legend>
        {options.map(([value, label, enabled]) => (
          <label key={value}>
            <input
              type="radio"
              name="ct-export-scope"
              checked={kind === value}
              disabled={!enabled}
              onChange={() => setKind(value)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <div class="ct-form-actions">
        <button type="button" class="ct-primary" onClick={() => void run('json')}>
          Download claim pack (JSON)
        </button>
        <button type="button" onClick={() => void run('csv')}>
          Download CSV
        </button>
        <button type="button" onClick={() => void run('claimreview')}>
          Download ClaimReview (JSON-LD)
        </button>
        <button type="button" onClick={() => void run('annotations')}>
          Download Web Annotations (JSON-LD)
        </button>
      </div>
      <p role="status">{status}</p>
    </section>
  );
}
