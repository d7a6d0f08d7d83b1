/**
 * How long this content script lives, decided only by the extension itself, never by the page.
 *
 * WXT's ContentScriptContext also ends when a DOM event named after the extension id is
 * dispatched on `document` (its way to stop an older copy of the script); any page can dispatch
 * that event, and the id of a store install is public, so a site could switch Crosstally off on
 * itself. This lifetime ends only when:
 * - the extension is gone (reloaded, updated, removed): `runtime.id` is then undefined in this
 *   orphaned script, checked on the occasions its owner picks (the reader coming back to the tab,
 *   a message to the background that failed);
 * - a newer copy of the content script starts in the same isolated world and takes over through
 *   that world's global object, which page scripts cannot see or touch.
 */

/** Where a running copy leaves its stop function for a newer one (the isolated world's global). */
const SUCCESSOR_KEY = Symbol.for('crosstally.content-lifetime');
type Scope = Partial<Record<typeof SUCCESSOR_KEY, (reason: string) => void>>;

export interface ContentLifetime {
  /** Aborts when the script is orphaned or replaced; everything of ours is tied to it. */
  readonly signal: AbortSignal;
  /** False once the extension is gone (checked now) or a newer copy took over. */
  isValid(): boolean;
}

export interface LifetimeOptions {
  /** This extension's id as the browser reports it now: undefined once the script is orphaned. */
  runtimeId: () => string | undefined;
  /** This world's global object (tests give their own). */
  scope?: object;
}

export function startLifetime(options: LifetimeOptions): ContentLifetime {
  const scope = (options.scope ?? globalThis) as Scope;
  const controller = new AbortController();
  const end = (reason: string): void => {
    if (!controller.signal.aborted) controller.abort(reason);
  };
  // An older copy still running in this world (a re-injection after an update) stops first.
  const previous = scope[SUCCESSOR_KEY];
  if (typeof previous === 'function') previous('a newer Crosstally content script started');
  scope[SUCCESSOR_KEY] = end;
  controller.signal.addEventListener(
    'abort',
    () => {
      if (scope[SUCCESSOR_KEY] === end) delete scope[SUCCESSOR_KEY];
    },
    { once: true },
  );

  const extensionAlive = (): boolean => {
    try {
      return Boolean(options.runtimeId());
    } catch {
      return false; // Firefox throws on a dead add-on's objects
    }
  };
  return {
    signal: controller.signal,
    isValid() {
      if (!controller.signal.aborted && !extensionAlive()) end('the extension was reloaded or removed');
      return !controller.signal.aborted;
    },
  };
}
