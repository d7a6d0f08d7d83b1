import { useEffect, useState } from 'preact/hooks';
import { t, tn } from '../../utils/i18n/translate';
import { ask, errorOf } from '../../utils/manager/client';
import { type ExportFormat, type ExportScope, exportToFile } from '../../utils/manager/export-file';
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
    setStatus(t('export.preparing'));
    try {
      const saved = await exportToFile(
        env.send,
        env.download,
        scope,
        format,
        (metric) => metricLabelIn(env, metric),
        env.now(),
      );
      setStatus(t('claims.saved', { file: saved.name, claims: tn('manager.claims', saved.claims) }));
    } catch (error) {
      setStatus('');
      env.report(errorOf(error));
    }
  };

  const shown =
    matching === null
      ? t('export.query')
      : t('export.queryCount', { claims: tn('manager.claims', matching) });
  const options: [ScopeKind, string, boolean][] = [
    [
      'all',
      env.facets ? t('export.allCount', { claims: tn('manager.claims', env.facets.total) }) : t('export.all'),
      true,
    ],
    ['query', filtered ? shown : t('export.noFilter', { label: shown }), true],
    ['ids', t('export.ids', { claims: tn('manager.claims', selectedIds.length) }), selectedIds.length > 0],
  ];
  return (
    <section class="ct-export" aria-labelledby="ct-export-title">
      <h2 id="ct-export-title">{t('export.title')}</h2>
      <p class="ct-muted">{t('export.intro')}</p>
      <fieldset class="ct-radios">
        <legend>{t('export.what')}</legend>
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
          {t('export.json')}
        </button>
        <button type="button" onClick={() => void run('csv')}>
          {t('export.csv')}
        </button>
        <button type="button" onClick={() => void run('claimreview')}>
          {t('export.claimReview')}
        </button>
        <button type="button" onClick={() => void run('annotations')}>
          {t('export.annotations')}
        </button>
      </div>
      <p role="status">{status}</p>
    </section>
  );
}
