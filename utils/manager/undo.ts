/**
 * The manager's undo stack: what the reader can take back, newest first. Deleting asks nothing;
 * undo is the safety net, so every delete and edit pushes an entry. Bounded, like the store's trash.
 * Edits and adds remember the version they left each claim at: the store undoes them only while
 * the claim is still at that version (another tab may have changed or deleted it since).
 */

import { tn } from '../i18n/translate';
import type { UndoResult } from '../store/manager/types';
import type { Claim } from '../store/types';

export type UndoAction =
  /** A delete, undone by handing its token back to the store. */
  | { kind: 'delete'; token: string }
  /**
   * An edit, undone by putting the claim back as it was at `beforeVersion`; `version` is the one
   * the edit left.
   */
  | { kind: 'edit'; before: Claim; beforeVersion: number; version: number }
  /** Claims the reader added, undone by deleting them (if still at these versions). */
  | { kind: 'added'; claims: { id: string; version: number }[] };

export interface UndoEntry {
  id: number;
  /** What was done, for the toast: "Deleted 3 claims". */
  message: string;
  action: UndoAction;
}

export const MAX_UNDO = 10;

export interface UndoStack {
  entries: readonly UndoEntry[];
  nextId: number;
}

export const EMPTY_UNDO: UndoStack = { entries: [], nextId: 1 };

export function pushUndo(stack: UndoStack, message: string, action: UndoAction): UndoStack {
  const entry: UndoEntry = { id: stack.nextId, message, action };
  return { entries: [entry, ...stack.entries].slice(0, MAX_UNDO), nextId: stack.nextId + 1 };
}

export function latest(stack: UndoStack): UndoEntry | null {
  return stack.entries[0] ?? null;
}

/** The stack without one entry (undone, or dismissed). */
export function dropEntry(stack: UndoStack, id: number): UndoStack {
  return { entries: stack.entries.filter((entry) => entry.id !== id), nextId: stack.nextId };
}

/**
 * The stack after an undo of an edit: claim `id` holds again what it held at version `from`, now
 * as version `to`; older entries that expect `from` (the edit before, an add) now expect `to`.
 */
export function renumber(stack: UndoStack, id: string, from: number, to: number): UndoStack {
  const entries = stack.entries.map((entry): UndoEntry => {
    const { action } = entry;
    if (action.kind === 'edit' && action.before.id === id && action.version === from)
      return { ...entry, action: { ...action, version: to } };
    if (action.kind === 'added' && action.claims.some((c) => c.id === id && c.version === from)) {
      const claims = action.claims.map((c) => (c.id === id && c.version === from ? { id, version: to } : c));
      return { ...entry, action: { kind: 'added', claims } };
    }
    return entry;
  });
  return { entries, nextId: stack.nextId };
}

/** What an undone delete did not put back, and why (another tab's changes stay); '' when all came back. */
export function undoDeleteNotes(result: UndoResult): string {
  const notes: string[] = [];
  if (result.alreadyBack > 0) notes.push(tn('undo.alreadyBack', result.alreadyBack));
  if (result.sourceGone > 0) notes.push(tn('undo.sourceGone', result.sourceGone));
  return notes.join(' ');
}
