/**
 * Paints figure marks with the CSS Custom Highlight API: the page's DOM is never changed, so
 * frameworks that re-render the page cannot break or undo us, and the page's scripts see nothing.
 * Without the API (Chrome < 105, Firefox < 140) marks are tracked but not painted: wrapping text
 * in elements is what breaks pages, and the keyboard path and toolbar list still reach every figure.
 */
import {
  HIGHLIGHT_PRIORITIES,
  type HighlightNames,
  type InstalledStyle,
  installHighlightStyle,
  sessionHighlightNames,
} from './highlight-style';
import { diffMarks, type MarkDiff } from './mark-diff';
import type { Mark } from './types';

export { HIGHLIGHT_PRIORITIES, type HighlightNames } from './highlight-style';

/** The browser pieces the highlighter needs; tests pass fakes, browsers pass `window`'s. */
export interface HighlightEnvironment {
  registry: HighlightRegistry;
  createHighlight: () => Highlight;
}

export interface Highlighter {
  /** False when the highlight API is missing and marks are tracked without paint. */
  readonly painting: boolean;
  /** The names our highlights are registered under (random per page load). */
  readonly names: HighlightNames;
  /** Replaces all marks. Idempotent: marks with an unchanged id and range are left alone. */
  setMarks(marks: readonly Mark[]): MarkDiff;
  /** The current marks, in the order last given to setMarks. */
  marks(): readonly Mark[];
  /** The focused mark (painted stronger), or none. Unknown ids clear it. */
  setActive(id: string | null): void;
  activeId(): string | null;
  /** The mark under the pointer, or none. */
  setHover(id: string | null): void;
  /** Removes every mark; the highlighter stays usable. */
  clear(): void;
  /** Removes marks, our highlight registrations and our stylesheet. */
  destroy(): void;
}

/** True when this browser can paint highlights without touching the DOM. */
export function isHighlightApiSupported(win: Window = window): boolean {
  const scope = win as Window & { Highlight?: unknown; CSS?: { highlights?: unknown } };
  return typeof scope.Highlight === 'function' && scope.CSS?.highlights !== undefined;
}

/** The real environment, or null when the API is missing. */
export function browserHighlightEnvironment(win: Window = window): HighlightEnvironment | null {
  if (!isHighlightApiSupported(win)) return null;
  const scope = win as Window & typeof globalThis;
  return { registry: scope.CSS.highlights, createHighlight: () => new scope.Highlight() };
}

function shadowRootOf(range: Range): ShadowRoot | null {
  const root = range.startContainer.getRootNode();
  return root.nodeType === 11 && 'host' in root ? (root as ShadowRoot) : null;
}

export interface HighlighterOptions {
  doc?: Document;
  /** Defaults to the document window's API; `null` forces the unpainted mode. */
  env?: HighlightEnvironment | null;
  /** Defaults to this page load's random names. */
  names?: HighlightNames;
}

export function createHighlighter(options: HighlighterOptions = {}): Highlighter {
  const doc = options.doc ?? document;
  const env =
    options.env === undefined
      ? doc.defaultView
        ? browserHighlightEnvironment(doc.defaultView)
        : null
      : options.env;
  const names = options.names ?? sessionHighlightNames();
  let current = new Map<string, Range>();
  let activeId: string | null = null;
  let hoverId: string | null = null;
  let style: InstalledStyle | null = null;
  const layers = env
    ? {
        figure: env.createHighlight(),
        hover: env.createHighlight(),
        active: env.createHighlight(),
      }
    : null;
  if (layers)
    for (const key of ['figure', 'hover', 'active'] as const)
      layers[key].priority = HIGHLIGHT_PRIORITIES[key];

  /** Registers our highlights again if the page (or a stale copy of us) replaced them. */
  const ensurePainted = (): void => {
    if (!env || !layers) return;
    style ??= installHighlightStyle(doc, names);
    style.ensure();
    for (const key of ['figure', 'hover', 'active'] as const) {
      const name = names[key];
      if (env.registry.get(name) !== layers[key]) env.registry.set(name, layers[key]);
    }
  };

  const paintSingle = (layer: Highlight | undefined, id: string | null): void => {
    if (!layer) return;
    layer.clear();
    const range = id === null ? undefined : current.get(id);
    if (range) layer.add(range);
  };

  const clear = (): void => {
    current = new Map();
    activeId = null;
    hoverId = null;
    if (layers) for (const layer of Object.values(layers)) layer.clear();
  };

  return {
    painting: env !== null,
    names,
    setMarks(marks) {
      const diff = diffMarks(current, marks);
      const next = new Map<string, Range>();
      for (const mark of marks) if (!next.has(mark.id)) next.set(mark.id, current.get(mark.id) ?? mark.range);
      for (const mark of diff.moved) next.set(mark.id, mark.range);
      if (layers) {
        ensurePainted();
        for (const id of diff.removed) layers.figure.delete(current.get(id) as Range);
        for (const mark of diff.moved) layers.figure.delete(current.get(mark.id) as Range);
        for (const mark of [...diff.added, ...diff.moved]) {
          const shadowRoot = shadowRootOf(mark.range);
          if (shadowRoot) style?.adoptInto(shadowRoot);
          layers.figure.add(mark.range);
        }
      }
      current = next;
      if (activeId !== null && !current.has(activeId)) activeId = null;
      if (hoverId !== null && !current.has(hoverId)) hoverId = null;
      paintSingle(layers?.active, activeId);
      paintSingle(layers?.hover, hoverId);
      return diff;
    },
    marks() {
      return Array.from(current, ([id, range]) => ({ id, range }));
    },
    setActive(id) {
      activeId = id !== null && current.has(id) ? id : null;
      ensurePainted();
      paintSingle(layers?.active, activeId);
    },
    activeId() {
      return activeId;
    },
    setHover(id) {
      const next = id !== null && current.has(id) ? id : null;
      if (next === hoverId) return;
      hoverId = next;
      paintSingle(layers?.hover, hoverId);
    },
    clear,
    destroy() {
      clear();
      if (env && layers) {
        for (const key of ['figure', 'hover', 'active'] as const) {
          const name = names[key];
          // A newer copy of the extension may own the name by now; leave its highlight alone.
          if (env.registry.get(name) === layers[key]) env.registry.delete(name);
        }
      }
      style?.remove();
      style = null;
    },
  };
}
