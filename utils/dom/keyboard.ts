/**
 * The keyboard path to marks: a shortcut steps to the next or previous figure (wrapping), and
 * Enter opens the active one. Keys typed into fields or editable areas are never taken.
 */
import { isOwnUi } from './own-ui';
import type { Mark } from './types';

/** A key by its physical code (`KeyN`), so Alt on macOS, which changes `key`, still matches. */
export interface Shortcut {
  code: string;
  altKey?: boolean;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

export const DEFAULT_SHORTCUTS = {
  next: { code: 'KeyN', altKey: true, shiftKey: true },
  previous: { code: 'KeyP', altKey: true, shiftKey: true },
} satisfies Record<string, Shortcut>;

/** "Alt+Shift+N" -> a Shortcut; null for strings that name no single key. */
export function parseShortcut(text: string): Shortcut | null {
  const parts = text.split('+').map((part) => part.trim().toLowerCase());
  const key = parts.pop();
  if (!key) return null;
  const shortcut: Shortcut = { code: '' };
  for (const modifier of parts) {
    if (modifier === 'alt' || modifier === 'option') shortcut.altKey = true;
    else if (modifier === 'shift') shortcut.shiftKey = true;
    else if (modifier === 'ctrl' || modifier === 'control') shortcut.ctrlKey = true;
    else if (modifier === 'meta' || modifier === 'cmd' || modifier === 'command') shortcut.metaKey = true;
    else return null;
  }
  if (/^[a-z]$/.test(key)) shortcut.code = `Key${key.toUpperCase()}`;
  else if (/^[0-9]$/.test(key)) shortcut.code = `Digit${key}`;
  else if (/^f([1-9]|1[0-2])$/.test(key)) shortcut.code = key.toUpperCase();
  else return null;
  return shortcut;
}

export function matchesShortcut(event: KeyboardEvent, shortcut: Shortcut): boolean {
  return (
    event.code === shortcut.code &&
    event.altKey === Boolean(shortcut.altKey) &&
    event.shiftKey === Boolean(shortcut.shiftKey) &&
    event.ctrlKey === Boolean(shortcut.ctrlKey) &&
    event.metaKey === Boolean(shortcut.metaKey)
  );
}

/** The id after (or before) `current`, wrapping; the first (or last) when `current` is not listed. */
export function stepFrom(
  ids: readonly string[],
  current: string | null,
  direction: 'next' | 'previous',
): string | null {
  if (ids.length === 0) return null;
  const index = current === null ? -1 : ids.indexOf(current);
  if (index < 0) return (direction === 'next' ? ids[0] : ids[ids.length - 1]) ?? null;
  const step = direction === 'next' ? 1 : -1;
  return ids[(index + step + ids.length) % ids.length] ?? null;
}

const TYPING_TARGET =
  'input, textarea, select, [contenteditable]:not([contenteditable="false"]), [role="textbox"]';

/** True when keys pressed here belong to the page: text entry and editable areas. */
export function isTypingTarget(element: Element | null): boolean {
  return Boolean(element?.closest(TYPING_TARGET) || (element as HTMLElement | null)?.isContentEditable);
}

export interface FigureKeysOptions {
  doc?: Document;
  /** Marks in reading order. */
  marks: () => readonly Mark[];
  activeId: () => string | null;
  /** A shortcut moved to `mark`: make it active, scroll to it, announce it. */
  onStep: (mark: Mark, index: number, total: number) => void;
  /** Enter on the active mark while nothing else has focus. */
  onOpen: (mark: Mark) => void;
  shortcuts?: { next: Shortcut; previous: Shortcut };
  signal: AbortSignal;
}

function keyOrigin(event: KeyboardEvent): Element | null {
  const origin = (event.composedPath()[0] ?? event.target) as Node | null;
  if (!origin?.nodeType) return null;
  return origin.nodeType === 1 ? (origin as Element) : origin.parentElement;
}

/** Installs the keydown listener (capture phase); removed when `signal` aborts. */
export function attachFigureKeys(options: FigureKeysOptions): void {
  const doc = options.doc ?? document;
  const win = doc.defaultView;
  if (!win || options.signal.aborted) return;
  const shortcuts = options.shortcuts ?? DEFAULT_SHORTCUTS;
  win.addEventListener(
    'keydown',
    (event) => {
      if (event.isComposing || event.defaultPrevented) return;
      const origin = keyOrigin(event);
      if (isTypingTarget(origin)) return;
      const direction = matchesShortcut(event, shortcuts.next)
        ? 'next'
        : matchesShortcut(event, shortcuts.previous)
          ? 'previous'
          : null;
      const marks = options.marks();
      if (direction) {
        const ids = marks.map((mark) => mark.id);
        const id = stepFrom(ids, options.activeId(), direction);
        const index = id === null ? -1 : ids.indexOf(id);
        if (index < 0) return;
        event.preventDefault();
        event.stopPropagation();
        options.onStep(marks[index] as Mark, index, ids.length);
        return;
      }
      if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      // Enter on a focused link, button or our own overlay is theirs, not ours.
      const focused = doc.activeElement;
      if (origin && isOwnUi(origin)) return;
      if (focused && focused !== doc.body && focused !== doc.documentElement) return;
      const active = options.activeId();
      const mark = marks.find((each) => each.id === active);
      if (!mark) return;
      event.preventDefault();
      event.stopPropagation();
      options.onOpen(mark);
    },
    { capture: true, signal: options.signal },
  );
}
