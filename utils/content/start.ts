/**
 * The content script's top level: honours the per-site switch (read at start, followed live),
 * runs a marking session while marking is on, answers the toolbar popup, and checks selections
 * ("Check this figure") on every page, marked or not, switched off or not.
 */
import { type PageStatus, sendRequest } from '../messaging/protocol';
import { createCheckController } from './check-controller';
import { type MarkingOptions, type MarkingSession, startMarking } from './marking-session';
import { listenForPopup } from './popup-listener';
import { createSavedClaims } from './saved-claims';
import { isSiteDisabled, readDisabledSites, watchSiteSwitch } from './site-switch';

export type ContentScriptOptions = Omit<MarkingOptions, 'signal'> & {
  /** The content script's lifetime (WXT's `ctx.signal`): aborts on extension reload or update. */
  signal: AbortSignal;
};

export interface ContentScript {
  pageStatus(): PageStatus;
  /** The current marking session; null while the site is switched off or before the switch is read. */
  session(): MarkingSession | null;
}

export function startContentScript(options: ContentScriptOptions): ContentScript {
  const { signal } = options;
  const doc = options.doc ?? document;
  const hostname = doc.location.hostname;
  let disabled = false;
  let current: { session: MarkingSession; stop: AbortController } | null = null;
  const send = options.send ?? sendRequest;
  const savedClaims = options.savedClaims ?? createSavedClaims({ send, doc });

  const begin = (): void => {
    if (current || signal.aborted) return;
    const stop = new AbortController();
    const onAbort = () => stop.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    stop.signal.addEventListener('abort', () => signal.removeEventListener('abort', onAbort), { once: true });
    current = { session: startMarking({ ...options, doc, send, savedClaims, signal: stop.signal }), stop };
  };
  const end = (): void => {
    current?.stop.abort();
    current = null;
  };

  const pageStatus = (): PageStatus => {
    if (disabled) return { hostname, status: { kind: 'disabled', hostname }, figures: [] };
    return { hostname, ...(current?.session.pageStatus() ?? { status: { kind: 'loading' }, figures: [] }) };
  };

  const checker = createCheckController({
    signal,
    doc,
    send,
    extensionRoot: options.extensionRoot,
    shadowMode: options.overlayShadowMode,
    onSaved: async (url) => {
      // The new claim is in the store: anchor it (and this page's other saved claims) and re-mark.
      await savedClaims.saved(url);
      await current?.session.refresh(true);
    },
  });
  listenForPopup({
    signal,
    pageStatus,
    showFigure: (id) => current?.session.showFigure(id) ?? false,
    checkSelection: (request) => checker.check(request),
  });
  // A reloaded or updated extension leaves this script orphaned, its marks still painted; a
  // reader coming back to the tab is the moment to notice (ctx.isValid tears everything down).
  const checkValid = (): void => {
    options.isValid?.();
  };
  const win = doc.defaultView ?? window;
  for (const type of ['focus', 'pageshow']) win.addEventListener(type, checkValid, { signal });
  doc.addEventListener('visibilitychange', checkValid, { signal });

  watchSiteSwitch(
    hostname,
    (enabled) => {
      disabled = !enabled;
      if (enabled) begin();
      else end();
    },
    signal,
  );
  readDisabledSites()
    .catch(() => [] as string[])
    .then((sites) => {
      disabled = isSiteDisabled(sites, hostname);
      if (!disabled) begin();
    });

  return {
    pageStatus,
    session: () => current?.session ?? null,
  };
}
