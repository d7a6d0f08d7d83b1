import { useEffect, useMemo, useState } from 'preact/hooks';
import { ask, errorOf } from '../../utils/manager/client';
import { countOf } from '../../utils/manager/format';
import type { SourceSummary } from '../../utils/store/manager-types';
import type { Source } from '../../utils/store/types';
import { foldText } from '../../utils/store/words';
import type { ManagerEnv } from './manager-env';
import { SourceEditor } from './SourceEditor';
import { SourceRow } from './SourceRow';
import { VirtualList } from './VirtualList';

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

  const remove = async (summary: SourceSummary) => {
    try {
      const result = await ask(env.send, { type: 'deleteSource', sourceId: summary.source.id });
      const message = `Deleted “${summary.source.label}” and its ${countOf(result.deleted, 'claim')}.`;
      if (result.undoToken) env.offerUndo(message, { kind: 'delete', token: result.undoToken });
      else env.notify(`${message} Undo is not available: the browser's storage is full.`);
      env.changed();
    } catch (error) {
      env.report(errorOf(error));
    }
  };

  return (
    <div class="ct-sources">
      <h2>Sources</h2>
      <p class="ct-muted">
        The articles your claims come from. Documents whose text is stored open in the reader with their
        figures marked.
      </p>
      {editing && (
        <SourceEditor
          env={env}
          source={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      <div class="ct-toolbar">
        <label for="ct-source-filter">Find a source</label>
        <input
          id="ct-source-filter"
          type="search"
          value={filter}
          onInput={(event) => setFilter(event.currentTarget.value)}
        />
        <span class="ct-muted" role="status">
          {sources === null
            ? 'Loading…'
            : `${countOf(shown.length, 'source')}${filter ? ` of ${sources.length}` : ''}`}
        </span>
        <button type="button" class="ct-primary" onClick={() => setEditing('new')}>
          Add a source
        </button>
      </div>
      {sources && (
        <VirtualList
          label="Sources"
          rowCount={shown.length}
          rowHeight={SOURCE_ROW_HEIGHT}
          height={Math.min(height, Math.max(SOURCE_ROW_HEIGHT, shown.length * SOURCE_ROW_HEIGHT))}
          resetKey={filter}
          renderRow={(index, active) => {
            const summary = shown[index];
            if (!summary) return null;
            return (
              <SourceRow
                summary={summary}
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
