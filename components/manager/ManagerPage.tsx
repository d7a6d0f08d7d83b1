import { useEffect, useMemo, useState } from 'preact/hooks';
import { defaultPackData } from '../../utils/engine/topic-pack';
import type { ClaimantRef } from '../../utils/engine/types';
import { errorText } from '../../utils/i18n/error-text';
import { t, tn } from '../../utils/i18n/translate';
import { ask, type Download, errorOf, type Send } from '../../utils/manager/client';
import {
  activeFilterCount,
  DEFAULT_FILTERS,
  type FilterValues,
  filtersFromParams,
  filtersToParams,
  queryFromFilters,
} from '../../utils/manager/filters';
import { EMPTY_SELECTION, type Selection } from '../../utils/manager/selection';
import {
  dropEntry,
  EMPTY_UNDO,
  latest,
  pushUndo,
  renumber,
  type UndoEntry,
  undoDeleteNotes,
} from '../../utils/manager/undo';
import type { ArticleAnswer, ProtocolError, RequestOf, RequestType } from '../../utils/messaging/protocol';
import type { ClaimFacets } from '../../utils/store/manager/types';
import { AddArticle } from './AddArticle';
import { AlertBanner } from './AlertBanner';
import { ClaimsView } from './ClaimsView';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { LanguageSetting, type LanguageSettingProps } from './LanguageSetting';
import { LedgerPanel } from './LedgerPanel';
import { type ManagerTab, ManagerTabs, panelId, tabId } from './ManagerTabs';
import type { ManagerEnv } from './manager-env';
import { ResetPanel } from './ResetPanel';
import { SourcesView } from './SourcesView';
import { StoragePanel } from './StoragePanel';
import { SubscriptionsPanel } from './SubscriptionsPanel';
import { TimelineView } from './TimelineView';
import { UndoToast } from './UndoToast';
import { useUndoShortcut } from './use-undo-shortcut';

type Tab = 'claims' | 'sources' | 'timeline' | 'add' | 'transfer' | 'packs' | 'storage';
const TABS: readonly ManagerTab<Tab>[] = [
  translatedTab('claims'),
  translatedTab('sources'),
  translatedTab('timeline'),
  translatedTab('add'),
  translatedTab('transfer'),
  translatedTab('packs'),
  translatedTab('storage'),
];

/** A tab whose label is read in the UI language at each render. */
function translatedTab(id: Tab): ManagerTab<Tab> {
  return {
    id,
    get label() {
      return t(`manager.tab.${id}`);
    },
  };
}

export interface ManagerPageProps {
  /** Asks the background (sendRequest in the extension; a fake in tests). */
  send: Send;
  /** Saves a file on the reader's computer. */
  download: Download;
  /** The reader page for a stored source, at a claim when given. */
  readerHref: (sourceId: string, claimId?: string) => string;
  /** "#claims?party=ARM": the section and filters to open with. */
  initialHash?: string;
  /** Told the section and filters as a hash, to keep them in the address. */
  onHashChange?: (hash: string) => void;
  /** Height of the long lists' viewports, in pixels. */
  listHeight?: number;
  /**
   * Asks the tab the manager was opened from (`options.html?tab=<id>`, the toolbar popup's link)
   * for its article, for "Add an article"; absent when opened without a tab.
   */
  takeTabArticle?: () => Promise<ArticleAnswer | null>;
  /**
   * Subscribes to the background's announcements that the store changed (another tab's write, an
   * import); returns the unsubscribe. The page then reloads its lists and counts.
   */
  onStoreChange?: (onChange: () => void) => () => void;
  /** Asks the browser for access to one origin, for a pack subscription (see SubscriptionsPanel). */
  requestHostAccess?: (pattern: string) => Promise<boolean>;
  /** The language setting and how to change it; absent in tests that do not show it. */
  language?: LanguageSettingProps;
  now?: () => Date;
}

function parseHash(hash: string): { tab: Tab; filters: FilterValues } {
  const [name = '', params = ''] = hash.replace(/^#/, '').split('?');
  const tab = TABS.find((t) => t.id === name)?.id ?? 'claims';
  return { tab, filters: filtersFromParams(params) };
}

const packClaimants: ClaimantRef[] = defaultPackData.claimants.map(({ id, label, party }) => ({
  id,
  label,
  party,
}));

/** The store manager: the page where the reader owns their data. */
export function ManagerPage(props: ManagerPageProps) {
  const initial = useMemo(() => parseHash(props.initialHash ?? ''), []);
  const [tab, setTab] = useState<Tab>(initial.tab);
  const [filters, setFilters] = useState<FilterValues>(initial.filters);
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const [revision, setRevision] = useState(0);
  const [facets, setFacets] = useState<ClaimFacets | null>(null);
  const [undo, setUndo] = useState(EMPTY_UNDO);
  const [toast, setToast] = useState<{ message: string; entry: number | null } | null>(null);
  const [alert, setAlert] = useState<ProtocolError | null>(null);
  const [sourceLabels, setSourceLabels] = useState<Record<string, string>>({});
  const now = props.now ?? (() => new Date());

  const send = useMemo<Send>(
    () =>
      async <T extends RequestType>(request: RequestOf<T>) => {
        const response = await props.send(request);
        if (!response.ok && response.error.code === 'quota') setAlert(response.error);
        return response;
      },
    [props.send],
  );

  useEffect(() => {
    const params = filtersToParams(filters);
    props.onHashChange?.(`#${tab}${params ? `?${params}` : ''}`);
  }, [tab, filters]);

  useEffect(() => props.onStoreChange?.(() => setRevision((r) => r + 1)), [props.onStoreChange]);

  useEffect(() => {
    ask(send, { type: 'claimFacets' }).then(setFacets, (error: unknown) => setAlert(errorOf(error)));
  }, [revision]);

  const metrics = useMemo(() => {
    const known = defaultPackData.metrics.map(({ id, label }) => ({ id, label }));
    const extra = (facets?.metrics ?? [])
      .filter((m) => !known.some((k) => k.id === m.id))
      .map(({ id, label }) => ({ id, label }));
    return [...known, ...extra];
  }, [facets]);
  const claimants = useMemo(() => {
    const extra = (facets?.claimants ?? [])
      .filter((c) => !packClaimants.some((k) => k.id === c.id))
      .map(({ id, label, party }) => ({ id, label, party }));
    return [...packClaimants, ...extra];
  }, [facets]);

  /** Undoes what the entry did, unless another tab changed or deleted it since: then says so. */
  const runUndo = async (entry: UndoEntry) => {
    const { action } = entry;
    let note = '';
    try {
      if (action.kind === 'delete') {
        note = undoDeleteNotes(await ask(send, { type: 'undoDelete', token: action.token }));
      } else if (action.kind === 'edit') {
        const restored = await ask(send, {
          type: 'restoreClaim',
          claim: action.before,
          version: action.version,
        });
        setUndo((stack) => renumber(stack, action.before.id, action.beforeVersion, restored.version));
      } else {
        const { deleted } = await ask(send, {
          type: 'deleteClaims',
          ids: action.claims.map((claim) => claim.id),
          versions: action.claims.map((claim) => claim.version),
        });
        if (deleted === 0) note = t('manager.nothingToUndo');
      }
      setUndo((stack) => dropEntry(stack, entry.id));
      setToast({
        message: t('manager.undone', { what: `${entry.message}${note ? ` ${note}` : ''}` }),
        entry: null,
      });
      setRevision((r) => r + 1);
    } catch (error) {
      const failed = errorOf(error);
      if (failed.code === 'conflict' || failed.code === 'not-found') {
        // Another tab changed or deleted it since: what it did stays, and this entry cannot be undone.
        setUndo((stack) => dropEntry(stack, entry.id));
        setToast({ message: errorText(failed), entry: null });
        setRevision((r) => r + 1);
      } else setAlert(failed);
    }
  };

  const latestEntry = latest(undo);
  useUndoShortcut(latestEntry ? () => void runUndo(latestEntry) : null);

  const env: ManagerEnv = {
    send,
    download: props.download,
    readerHref: props.readerHref,
    facets,
    claimants,
    metrics,
    revision,
    changed: () => setRevision((r) => r + 1),
    offerUndo: (message, action) => {
      const next = pushUndo(undo, message, action);
      setUndo(next);
      setToast({ message, entry: latest(next)?.id ?? null });
    },
    notify: (message) => setToast({ message, entry: null }),
    report: setAlert,
    now,
  };

  const toastEntry =
    toast?.entry != null ? undo.entries.find((entry) => entry.id === toast.entry) : undefined;
  const listHeight = props.listHeight ?? 560;
  const showSource = (sourceId: string, label: string) => {
    setSourceLabels((labels) => ({ ...labels, [sourceId]: label }));
    setFilters({ ...DEFAULT_FILTERS, sort: filters.sort, sourceId });
    setTab('claims');
  };

  return (
    <div class="ct-manager">
      <header class="ct-header">
        <h1>{t('manager.title')}</h1>
        {props.language && <LanguageSetting {...props.language} />}
        <p class="ct-muted">
          {facets
            ? t('manager.counts', {
                claims: tn('manager.claims', facets.total),
                metrics: tn('manager.metrics', facets.metrics.length),
              })
            : t('manager.loading')}
        </p>
      </header>
      <main>
        <AlertBanner error={alert} onDismiss={() => setAlert(null)} />
        <UndoToast
          message={toast?.message ?? null}
          onUndo={toastEntry ? () => void runUndo(toastEntry) : null}
          onDismiss={() => setToast(null)}
        />
        <ManagerTabs tabs={TABS} current={tab} onSelect={setTab} />
        <div class="ct-panel" role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)}>
          {tab === 'claims' && (
            <ClaimsView
              env={env}
              filters={filters}
              onFilters={setFilters}
              selection={selection}
              onSelection={setSelection}
              sourceLabel={filters.sourceId ? (sourceLabels[filters.sourceId] ?? null) : null}
              listHeight={listHeight}
            />
          )}
          {tab === 'timeline' && <TimelineView env={env} initialMetric={filters.metric} />}
          {tab === 'sources' && (
            <SourcesView
              env={env}
              height={listHeight}
              onShowClaims={(source) => showSource(source.id, source.label)}
            />
          )}
          {tab === 'add' && (
            <AddArticle env={env} onShowSource={showSource} takeTabArticle={props.takeTabArticle} />
          )}
          {tab === 'transfer' && (
            <>
              <ImportPanel env={env} />
              <ExportPanel
                env={env}
                query={queryFromFilters(filters).query}
                filtered={activeFilterCount(filters) > 0}
                selectedIds={[...selection.ids]}
              />
            </>
          )}
          {tab === 'packs' && <SubscriptionsPanel env={env} requestHostAccess={props.requestHostAccess} />}
          {tab === 'storage' && (
            <>
              <StoragePanel env={env} />
              <LedgerPanel env={env} />
              <ResetPanel env={env} />
            </>
          )}
        </div>
      </main>
    </div>
  );
}
