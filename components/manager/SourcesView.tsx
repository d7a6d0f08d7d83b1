import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t, tn } from '../../utils/i18n/translate';
import { ask, errorOf } from '../../utils/manager/client';
import type { SourceSummary } from '../../utils/store/manager/types';
import type { Source } from '../../utils/store/types';
import { foldText } from '../../utils/store/words';
import type { ManagerEnv } from './manager-env';
import { SourceEditor } from './SourceEditor';
import { SourceRow } from './SourceRow';
import { focusActiveRow, VirtualList } from './VirtualList';

export interface SourcesViewProps {
  env: ManagerEnv;
  /** Shows the claim list narrowed to a source. */
  onShowClaims: (source: Source) => void;
  height: number;
}

export const SOURCE_ROW_HEIGHT = 64;

/** Every source with its claims: open one in the reader, list its claims, edit or delete it. */
export function SourcesView({ env, onShowClaims, height }: SourcesViewProps) {
  const [sources, setSources] = useState<SourceSummary[] | null>(null);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<Source | 'new' | null>(null);
  const [counts, setCounts] = useState<Record<string, number>>({});
  const asked = useRef(new Set<string>());
  const lastRange = useRef({ start: 0, end: 30 });

  useEffect(() => {
    let current = true;
    ask(env.send, { type: 'listSources' }).then(
      (list) => current && setSources(list),
      (error: unknown) => current && env.report(errorOf(error)),
    );
    return () => {
      current = false;
    };
  }, [env.revision]);

  const shown = useMemo(() => {
    const words = foldText(filter).trim();
    if (!sources || !words) return sources ?? [];
    return sources.filter(({ source }) => foldText(`${source.label} ${source.outlet ?? ''}`).includes(words));
  }, [sources, filter]);

  /** Counts the claims of the sources on screen (counting every source of a big store would take long). */
  const countRange = (start: number, end: number) => {
    const ids = shown
      .slice(start, end)
      .map(({ source }) => source.id)
      .filter((id) => !asked.current.has(id));
    if (ids.length === 0) return;
    for (const id of ids) asked.current.add(id);
    const revision = env.revision;
    ask(env.send, { type: 'sourceClaimCounts', sourceIds: ids }).then(
      (found) => revision === env.revision && setCounts((previous) => ({ ...previous, ...found })),
      (error: unknown) => env.report(errorOf(error)),
    );
  };

  // A new list (filter, or a write) counts the rows on screen afresh; earlier counts show meanwhile.
  useEffect(() => {
    asked.current = new Set();
    countRange(lastRange.current.start, lastRange.current.end);
  }, [shown, env.revision]);

  const remove = async (summary: SourceSummary) => {
    try {
      const result = await ask(env.send, { type: 'deleteSource', sourceId: summary.source.id });
      const message = t('sources.deleted', {
        source: summary.source.label,
        claims: tn('manager.claims', result.deleted),
      });
      if (result.undoToken) env.offerUndo(message, { kind: 'delete', token: result.undoToken });
      else env.notify(t('sources.noUndo', { message }));
      env.changed();
    } catch (error) {
      env.report(errorOf(error));
    }
  };

  return (
    <div class="ct-sources">
      <h2>{t('manager.tab.sources')}</h2>
      <p class="ct-muted">{t('sources.intro')}</p>
      {editing && (
        <SourceEditor
          env={env}
          source={editing === 'new' ? null : editing}
          onClose={() => {
            setEditing(null);
            focusActiveRow();
          }}
        />
      )}
      <div class="ct-toolbar">
        <label for="ct-source-filter">{t('sources.find')}</label>
        <input
          id="ct-source-filter"
          type="search"
          value={filter}
          onInput={(event) => setFilter(event.currentTarget.value)}
        />
        <span class="ct-muted" role="status">
          {sources === null
            ? t('manager.loading')
            : filter
              ? t('sources.countOf', { sources: tn('manager.sources', shown.length), total: sources.length })
              : tn('manager.sources', shown.length)}
        </span>
        <button type="button" class="ct-primary" onClick={() => setEditing('new')}>
          {t('sources.add')}
        </button>
      </div>
      {sources && (
        <VirtualList
          label={t('manager.tab.sources')}
          rowCount={shown.length}
          rowHeight={SOURCE_ROW_HEIGHT}
          height={Math.min(height, Math.max(SOURCE_ROW_HEIGHT, shown.length * SOURCE_ROW_HEIGHT))}
          resetKey={filter}
          onRangeChange={(range) => {
            lastRange.current = range;
            countRange(range.start, range.end);
          }}
          renderRow={(index, active) => {
            const summary = shown[index];
            if (!summary) return null;
            return (
              <SourceRow
                summary={summary}
                claims={counts[summary.source.id] ?? null}
                tabIndex={active ? 0 : -1}
                readerHref={summary.hasText ? env.readerHref(summary.source.id) : null}
                onShowClaims={() => onShowClaims(summary.source)}
                onEdit={() => setEditing(summary.source)}
                onDelete={() => void remove(summary)}
              />
            );
          }}
        />
      )}
    </div>
  );
}
