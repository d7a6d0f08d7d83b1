/**
 * Page functions for the Firefox subscription test (sent as source text through BiDi: they use
 * nothing from this module's scope and define no named inner functions).
 */
import type { Box } from './firefox-probes';

/** The input of the label whose text starts with `label`, scrolled into view: its box. */
export function labelledFieldBox(label: string): Box | null {
  const found = [...document.querySelectorAll('label')].find((each) =>
    (each.textContent ?? '').trim().startsWith(label),
  );
  const field = found?.querySelector('input, textarea');
  if (!field) return null;
  field.scrollIntoView({ block: 'center' });
  const box = field.getClientRects()[0];
  return box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null;
}

/** The value of the focused field (what the reader typed), or null when no field has focus. */
export function focusedValue(): string | null {
  const active = document.activeElement;
  return active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement ? active.value : null;
}

/** The enabled button named exactly `name`, scrolled into view: its box. */
export function enabledButtonBox(name: string): Box | null {
  const button = [...document.querySelectorAll('button')].find(
    (each) => (each.textContent ?? '').trim() === name && !each.disabled,
  );
  if (!button) return null;
  button.scrollIntoView({ block: 'center' });
  const box = button.getClientRects()[0];
  return box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null;
}

/** The page's text, whitespace folded, when it matches `source`; null until then. */
export function pageTextMatching(source: string): string | null {
  const text = (document.body.textContent ?? '').replace(/\s+/g, ' ');
  return new RegExp(source).test(text) ? text : null;
}

/** The text of the element `selector` finds, whitespace folded; null while there is none. */
export function textOf(selector: string): string | null {
  const found = document.querySelector(selector);
  return found ? (found.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
}

/** From an extension page: whether the add-on may read `origin` ("http://127.0.0.1/*"). */
export async function hasHostAccess(origin: string): Promise<boolean> {
  const api = (
    globalThis as unknown as {
      browser: { permissions: { contains(p: { origins: string[] }): Promise<boolean> } };
    }
  ).browser;
  return api.permissions.contains({ origins: [origin] });
}
