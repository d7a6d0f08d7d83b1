/**
 * The manager's undo stack: what the reader can take back, newest first. Deleting asks nothing;
 * undo is the safety net, so every delete and edit pushes an entry. Bounded, like the store's trash.
 */
import type { Claim } from '../store/types';

export type UndoAction =
  /** A delete, undone by handing its token back to the store. */
  | { kind: 'delete'; token: string }
  /** An edit, undone by putting the claim back as it was. */
  | { kind: 'edit'; before: Claim }
  /** Claims the reader added, undone by deleting them. */
  | { kind: 'added'; claimIds: string[] };

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
