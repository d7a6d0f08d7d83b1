/**
 * Looking at the extension from outside, for the content script's end-to-end tests, without
 * weakening production: the overlay's closed shadow root is read through Chromium's accessibility
 * tree (what a screen reader gets), marks through CSS.highlights (our layers by their paint
 * priority: their names are random), and the content script's status
 * by asking it from the service worker the way the toolbar popup does.
 */
import type { CDPSession, Page, Worker } from 'playwright-core';
import { type HighlightLayer, layerPriority } from '../../utils/node/demo/marks';

interface AxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
  backendDOMNodeId?: number;
}

/** One value group of the overlay: its heading ("2 agrees") and its visible text. */
export interface OverlayGroup {
  heading: string;
  text: string;
  links: { name: string; backendNodeId: number | undefined }[];
}

export interface OverlaySnapshot {
  name: string;
  /** The one-line summary ("3 figures from 6 claimants across 10 reports: 1, 2, 4"). */
  summary: string;
  /** "This page: 2, claimed by …". */
  pageLine: string;
  groups: OverlayGroup[];
}

export async function axNodes(cdp: CDPSession): Promise<{ nodes: AxNode[]; byId: Map<string, AxNode> }> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  return { nodes, byId: new Map(nodes.map((node) => [node.nodeId, node])) };
}

export function descendants(node: AxNode, byId: Map<string, AxNode>): AxNode[] {
  const found: AxNode[] = [];
  const stack = [...(node.childIds ?? [])].reverse();
  while (stack.length > 0) {
    const child = byId.get(stack.pop() as string);
    if (!child) continue;
    found.push(child);
    stack.push(...[...(child.childIds ?? [])].reverse());
  }
  return found;
}

/** Children as a screen reader sees them: ignored wrapper nodes are looked through. */
function unignoredChildren(node: AxNode, byId: Map<string, AxNode>): AxNode[] {
  const children: AxNode[] = [];
  for (const id of node.childIds ?? []) {
    const child = byId.get(id);
    if (!child) continue;
    if (child.ignored) children.push(...unignoredChildren(child, byId));
    else children.push(child);
  }
  return children;
}

export function textOf(node: AxNode, byId: Map<string, AxNode>): string {
  return descendants(node, byId)
    .filter((each) => each.role?.value === 'StaticText')
    .map((each) => each.name?.value ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:])/g, '$1')
    .trim();
}

/** The open overlay as the accessibility tree shows it, or null when no dialog is open. */
export async function overlaySnapshot(cdp: CDPSession): Promise<OverlaySnapshot | null> {
  const { nodes, byId } = await axNodes(cdp);
  const dialog = nodes.find((node) => !node.ignored && node.role?.value === 'dialog');
  if (!dialog) return null;
  const parts = unignoredChildren(dialog, byId);
  const status = parts.find((node) => node.role?.value === 'status');
  const pageLine = parts.find((node) => node.role?.value === 'paragraph');
  const list = parts.find((node) => node.role?.value === 'list');
  const groups = (list ? unignoredChildren(list, byId) : []).map((item) => {
    const heading = unignoredChildren(item, byId).find((node) => node.role?.value === 'heading');
    return {
      heading: heading?.name?.value ?? '',
      text: textOf(item, byId),
      links: descendants(item, byId)
        .filter((node) => !node.ignored && node.role?.value === 'link')
        .map((node) => ({ name: node.name?.value ?? '', backendNodeId: node.backendDOMNodeId })),
    };
  });
  return {
    name: dialog.name?.value ?? '',
    summary: status ? textOf(status, byId) : '',
    pageLine: pageLine ? textOf(pageLine, byId) : '',
    groups,
  };
}

/** Waits until an overlay is open (or closed, with `open: false`). */
export async function waitForOverlay(
  cdp: CDPSession,
  open = true,
  timeoutMs = 5_000,
): Promise<OverlaySnapshot | null> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const snapshot = await overlaySnapshot(cdp);
    const ready = open
      ? snapshot !== null && snapshot.summary !== '' && !snapshot.summary.startsWith('Looking')
      : !snapshot;
    if (ready) return snapshot;
    if (Date.now() > until)
      throw new Error(`The overlay did not ${open ? 'open' : 'close'} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The text of every live-region status outside the overlay ("Figure 1 of 6: …"). */
export async function liveAnnouncements(cdp: CDPSession): Promise<string[]> {
  const { nodes, byId } = await axNodes(cdp);
  return nodes
    .filter((node) => !node.ignored && node.role?.value === 'status')
    .map((node) => textOf(node, byId))
    .filter((text) => text.startsWith('Figure '));
}

/** Viewport box of a DOM node (through closed shadow roots), by its backend node id. */
export async function nodeBox(
  cdp: CDPSession,
  backendNodeId: number,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as { model: { border: number[] } };
  const [x1 = 0, y1 = 0, x2 = 0, , , y3 = 0] = model.border;
  return { x: x1, y: y1, width: x2 - x1, height: y3 - y1 };
}

/** The dialog's backend node id, for boxes and computed styles. */
export async function dialogNodeId(cdp: CDPSession): Promise<number | undefined> {
  const { nodes } = await axNodes(cdp);
  return nodes.find((node) => !node.ignored && node.role?.value === 'dialog')?.backendDOMNodeId;
}

/** Computed style of a DOM node (through closed shadow roots). */
export async function computedStyle(cdp: CDPSession, backendNodeId: number): Promise<Record<string, string>> {
  await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const { nodeIds } = (await cdp.send('DOM.pushNodesByBackendIdsToFrontend', {
    backendNodeIds: [backendNodeId],
  })) as {
    nodeIds: number[];
  };
  await cdp.send('CSS.enable');
  const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', {
    nodeId: nodeIds[0] as number,
  })) as {
    computedStyle: { name: string; value: string }[];
  };
  return Object.fromEntries(computedStyle.map(({ name, value }) => [name, value]));
}

/** The ranges of one of our highlight layers, as text, in the order painted (null: not registered). */
export function highlightedTexts(page: Page, layer: HighlightLayer = 'figure'): Promise<string[] | null> {
  return page.evaluate((priority) => {
    const registry = (CSS as unknown as { highlights: Map<string, Highlight> }).highlights;
    const highlight = [...registry.values()].find((each) => each.priority === priority);
    return highlight ? [...highlight].map((range) => (range as Range).toString()) : null;
  }, layerPriority(layer));
}

/** Distinct DOM positions among the figure highlight's ranges (equal to its size when nothing is doubled). */
export function distinctHighlightPositions(page: Page): Promise<{ size: number; distinct: number }> {
  return page.evaluate((priority) => {
    const registry = (CSS as unknown as { highlights: Map<string, Highlight> }).highlights;
    const highlight = [...registry.values()].find((each) => each.priority === priority);
    const ranges = highlight ? [...highlight] : [];
    const nodes = new Map<Node, number>();
    const key = (range: AbstractRange) => {
      const id = (node: Node) => {
        if (!nodes.has(node)) nodes.set(node, nodes.size);
        return nodes.get(node);
      };
      return `${id(range.startContainer)}:${range.startOffset}-${id(range.endContainer)}:${range.endOffset}`;
    };
    return { size: ranges.length, distinct: new Set(ranges.map(key)).size };
  }, layerPriority('figure'));
}

/** The extension's slice of the Chromium API, as seen from inside its service worker. */
declare const chrome: {
  runtime: {
    onMessage: {
      addListener(
        listener: (message: unknown, sender: { tab?: { id?: number }; url?: string }) => void,
      ): void;
    };
  };
  tabs: {
    query(filter: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

/** Starts recording every runtime message reaching the service worker from a tab. */
export async function recordTabMessages(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { crosstallyTabMessages?: { type: unknown; url: string }[] };
    if (scope.crosstallyTabMessages) return;
    const seen: { type: unknown; url: string }[] = [];
    scope.crosstallyTabMessages = seen;
    chrome.runtime.onMessage.addListener((message, sender) => {
      if (sender.tab) seen.push({ type: (message as { type?: unknown })?.type, url: sender.url ?? '' });
    });
  });
}

export function recordedTabMessages(worker: Worker): Promise<{ type: unknown; url: string }[]> {
  return worker.evaluate(
    () =>
      (globalThis as unknown as { crosstallyTabMessages?: { type: unknown; url: string }[] })
        .crosstallyTabMessages ?? [],
  );
}

/** Every answer of content scripts to the popup's status question, asked from the service worker. */
export function pageStatuses(worker: Worker): Promise<unknown[]> {
  return worker.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    const replies = await Promise.all(
      tabs.map((tab) =>
        tab.id === undefined
          ? null
          : chrome.tabs.sendMessage(tab.id, { type: 'getPageStatus' }).catch(() => null),
      ),
    );
    return replies.filter((reply) => reply !== null && reply !== undefined);
  });
}

/** Viewport centre of the first marked range whose text matches `pattern`, scrolled into view. */
export async function markPoint(page: Page, pattern: RegExp): Promise<{ x: number; y: number }> {
  const rect = await page.evaluate(
    ({ source, priority }) => {
      const registry = (CSS as unknown as { highlights: Map<string, Highlight> }).highlights;
      const highlight = [...registry.values()].find((each) => each.priority === priority);
      const range = [...(highlight ?? [])].find((each) =>
        new RegExp(source).test((each as Range).toString()),
      ) as Range | undefined;
      range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      return range?.getClientRects()[0]?.toJSON() as DOMRectInit | undefined;
    },
    { source: pattern.source, priority: layerPriority('figure') },
  );
  if (!rect) throw new Error(`no mark matching ${pattern}`);
  return { x: (rect.x ?? 0) + (rect.width ?? 0) / 2, y: (rect.y ?? 0) + (rect.height ?? 0) / 2 };
}
