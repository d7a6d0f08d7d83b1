/**
 * Notices when the page's content or URL changes after load (late articles, re-renders,
 * single-page navigations) and asks for one re-run at a time: bursts are debounced, a steady
 * stream still runs at least every `maxWaitMs`, and while a run is in flight at most one more is
 * queued. Our own UI's mutations and script/style churn are ignored.
 */
import { isOwnUi } from './own-ui';

export interface ContentChange {
  /** The URL differs from the one seen at the previous run (a single-page navigation). */
  urlChanged: boolean;
  url: string;
  /** Relevant mutation records coalesced into this run. */
  mutations: number;
  /**
   * Nodes added since the previous run, with text nodes whose text changed and elements shown
   * (`hidden`, `open`), in arrival order: at most MAX_ADDED_NODES (see `addedOverflow`).
   */
  added: Node[];
  /** More nodes were added than `added` holds. */
  addedOverflow: boolean;
}

/** Added nodes kept per run; past it, a run is told to look at the whole page again. */
export const MAX_ADDED_NODES = 500;

export interface WatchOptions {
  signal: AbortSignal;
  /** Quiet time before a run (default 300 ms). */
  debounceMs?: number;
  /** Longest wait under a continuous stream of changes (default 2000 ms). */
  maxWaitMs?: number;
  /** Called when `onChange` throws or rejects; the watcher keeps going. */
  onError?: (error: unknown) => void;
}

/** Nodes whose arrival or edits never change the readable text. */
const INERT_TAGS = new Set(['script', 'style', 'link', 'meta', 'noscript', 'template', 'iframe', 'svg']);

/** The part of the Navigation API we use; not in TypeScript's DOM types yet. */
interface NavigationLike extends EventTarget {}

function isInertNode(node: Node): boolean {
  if (node.nodeType === 8) return true; // comments
  if (node.nodeType === 1) return INERT_TAGS.has((node as Element).localName) || isOwnUi(node);
  if (node.nodeType === 3) return isInertParent(node.parentNode) || (node as Text).data.trim() === '';
  return false;
}

function isInertParent(parent: Node | null): boolean {
  return parent?.nodeType === 1 && INERT_TAGS.has((parent as Element).localName);
}

/** True when a mutation may change what text collection reads. */
export function isRelevantMutation(record: MutationRecord): boolean {
  if (isOwnUi(record.target)) return false;
  if (record.type === 'characterData') return !isInertParent(record.target.parentNode);
  if (record.type === 'attributes') return true;
  const changed = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  // Removed own-UI nodes are detached already; their marker attribute still identifies them.
  return changed.some((node) => !isInertNode(node));
}

/** Starts watching `root` (the document element is the safe choice: articles get replaced). */
export function watchContent(
  root: Node,
  onChange: (change: ContentChange) => unknown,
  options: WatchOptions,
): void {
  const { signal } = options;
  const win = (root.ownerDocument ?? (root as Document)).defaultView;
  if (!win || signal.aborted) return;
  const debounceMs = options.debounceMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 2000;
  let lastUrl = win.location.href;
  let timer = 0;
  let firstPendingAt = 0;
  let mutations = 0;
  let added: Node[] = [];
  let addedOverflow = false;
  let urlChanged = false;
  let running = false;
  let rerunQueued = false;

  const checkUrl = (): void => {
    const href = win.location.href;
    if (href === lastUrl) return;
    lastUrl = href;
    urlChanged = true;
  };

  const schedule = (): void => {
    if (signal.aborted) return;
    if (running) {
      rerunQueued = true;
      return;
    }
    const now = win.performance.now();
    if (!firstPendingAt) firstPendingAt = now;
    const delay = Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - now));
    if (timer) win.clearTimeout(timer);
    timer = win.setTimeout(run, delay);
  };

  const run = async (): Promise<void> => {
    timer = 0;
    firstPendingAt = 0;
    if (signal.aborted) return;
    const change: ContentChange = { urlChanged, url: lastUrl, mutations, added, addedOverflow };
    urlChanged = false;
    mutations = 0;
    added = [];
    addedOverflow = false;
    running = true;
    try {
      await onChange(change);
    } catch (error) {
      options.onError?.(error);
    } finally {
      running = false;
    }
    if (rerunQueued) {
      rerunQueued = false;
      schedule();
    }
  };

  const observer = new win.MutationObserver((records) => {
    let relevant = 0;
    for (const record of records) {
      if (!isRelevantMutation(record)) continue;
      relevant++;
      // Edited text and revealed elements count as added: their text is new to a reader.
      const changed = record.type === 'childList' ? Array.from(record.addedNodes) : [record.target];
      for (const node of changed) {
        if (isInertNode(node)) continue;
        if (added.length < MAX_ADDED_NODES) added.push(node);
        else addedOverflow = true;
      }
    }
    if (relevant === 0) return;
    mutations += relevant;
    checkUrl();
    schedule();
  });
  observer.observe(root, {
    childList: true,
    characterData: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['hidden', 'open'],
  });

  const onNavigation = (): void => {
    checkUrl();
    if (urlChanged) schedule();
  };
  const listen = { signal };
  win.addEventListener('popstate', onNavigation, listen);
  win.addEventListener('hashchange', onNavigation, listen);
  // history.pushState cannot be patched from an isolated world; the Navigation API reports it.
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener('currententrychange', onNavigation, listen);

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer) win.clearTimeout(timer);
      timer = 0;
    },
    { once: true },
  );
}
