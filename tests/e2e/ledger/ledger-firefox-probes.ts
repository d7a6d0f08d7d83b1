/**
 * Page functions for the reading ledger's Firefox test (sent as source text through BiDi: they
 * use nothing from this module's scope). The overlay's closed shadow root comes in as an argument.
 */
import type { Box } from '../firefox-probes';

/** The first figure mark whose text matches `source`, scrolled into view: its box. */
export function figureMarkBox(source: string, figurePriority: number): Box | null {
  const registry = (CSS as unknown as { highlights: Map<string, Highlight> }).highlights;
  const figures = [...registry.values()].find((each) => each.priority === figurePriority);
  const range = ([...(figures ?? [])] as Range[]).find((each) => new RegExp(source).test(each.toString()));
  if (!range) return null;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const box = range.getClientRects()[0];
  return box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null;
}

/** The overlay's button named `name`, scrolled into view inside the dialog: its box. */
export function overlayButtonBox(root: ShadowRoot, name: string): Box | null {
  const button = [...root.querySelectorAll('button')].find(
    (each) => (each.textContent ?? '').trim() === name,
  );
  if (!button) return null;
  button.scrollIntoView({ block: 'nearest' });
  const box = button.getClientRects()[0];
  return box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null;
}

/** The overlay's text, whitespace folded. */
export function overlayText(root: ShadowRoot): string {
  return (root.querySelector('[role="dialog"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** From an extension page: a request to the background, as the manager sends it. */
export async function askBackground(request: Record<string, unknown>): Promise<unknown> {
  const api = (
    globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
  ).browser;
  return api.runtime.sendMessage(request);
}

/** From an extension page: what every tab's content script says of its page in the ledger; null: none says yet. */
export async function ledgerPagesOfTabs(): Promise<unknown[] | null> {
  const api = (
    globalThis as unknown as {
      browser: {
        tabs: {
          query(q: Record<string, unknown>): Promise<{ id?: number }[]>;
          sendMessage(id: number, m: unknown): Promise<unknown>;
        };
      };
    }
  ).browser;
  const tabs = await api.tabs.query({});
  const answers = await Promise.all(
    tabs.map((each) =>
      each.id === undefined
        ? null
        : api.tabs.sendMessage(each.id, { type: 'getLedgerPage' }).catch(() => null),
    ),
  );
  const said = answers.filter((answer) => answer !== null && answer !== undefined);
  return said.length > 0 ? said : null;
}

/** From an extension page allowed in private windows: opens `url` in a new private window. */
export async function openPrivateWindow(url: string): Promise<boolean> {
  const api = (
    globalThis as unknown as {
      browser: { windows: { create(o: Record<string, unknown>): Promise<unknown> } };
    }
  ).browser;
  await api.windows.create({ incognito: true, url });
  return true;
}
