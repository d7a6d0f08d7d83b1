/**
 * Driving "Check this figure" from outside, for its end-to-end tests: the check is sent the way
 * the background's context-menu and shortcut handlers send it (tabs.sendMessage to the top
 * frame), and the overlay, closed shadow root and all, is read and operated through Chromium's
 * accessibility tree and real mouse and keyboard input.
 */
import type { CDPSession, Page, Worker } from 'playwright-core';
import { nodeBox } from './content-probes';

interface AxValue {
  value?: unknown;
}

interface AxNode {
  nodeId: string;
  ignored: boolean;
  role?: AxValue;
  name?: AxValue;
  value?: AxValue;
  childIds?: string[];
  backendDOMNodeId?: number;
}

/** The extension's slice of the Chromium API, as seen from inside its service worker. */
declare const chrome: {
  tabs: {
    query(filter: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  };
};

/**
 * Sends `checkSelection` to the top frame of `page`'s tab, as the menu and shortcut handlers do.
 * The page is brought to the front first: without the "tabs" permission tab URLs are hidden, and
 * the active tab is the one the reader acts in.
 */
export async function sendCheck(
  page: Page,
  worker: Worker,
  message: object = { type: 'checkSelection' },
): Promise<unknown> {
  await page.bringToFront();
  return worker.evaluate(async (message) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return chrome.tabs.sendMessage(tab.id, message, { frameId: 0 });
  }, message);
}

/** Selects the first occurrence of `text` in the page's (or a frame's) body text. */
export async function selectText(target: Pick<Page, 'evaluate'>, text: string): Promise<void> {
  const found = await target.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      (node.parentElement as HTMLElement | null)?.scrollIntoView({ block: 'center' });
      return true;
    }
    return false;
  }, text);
  if (!found) throw new Error(`"${text}" is not on the page`);
}

export interface CheckDialog {
  name: string;
  /** Every text of the dialog, in order, joined by spaces. */
  text: string;
  /** Controls by accessible name: buttons, links, fields (with their values). */
  controls: { role: string; name: string; value: string; backendNodeId?: number }[];
}

function textOf(value: AxValue | undefined): string {
  return typeof value?.value === 'string'
    ? value.value
    : value?.value === undefined
      ? ''
      : String(value.value);
}

/** The open dialog as a screen reader gets it, or null. */
export async function checkDialog(cdp: CDPSession): Promise<CheckDialog | null> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const dialog = nodes.find((node) => !node.ignored && textOf(node.role) === 'dialog');
  if (!dialog) return null;
  const inside: AxNode[] = [];
  const stack = [...(dialog.childIds ?? [])].reverse();
  while (stack.length > 0) {
    const node = byId.get(stack.pop() as string);
    if (!node) continue;
    inside.push(node);
    stack.push(...[...(node.childIds ?? [])].reverse());
  }
  const texts = inside.filter((node) => textOf(node.role) === 'StaticText').map((node) => textOf(node.name));
  const controlRoles = new Set(['button', 'link', 'textbox', 'combobox', 'Date', 'date', 'DateTime']);
  return {
    name: textOf(dialog.name),
    text: texts
      .join(' ')
      .replace(/\s+/g, ' ')
      .replace(/ ([,.;:])/g, '$1')
      .trim(),
    controls: inside
      .filter((node) => !node.ignored && controlRoles.has(textOf(node.role)))
      .map((node) => ({
        role: textOf(node.role),
        name: textOf(node.name),
        value: textOf(node.value),
        backendNodeId: node.backendDOMNodeId,
      })),
  };
}

/** Waits for a dialog whose text matches `pattern`. */
export async function waitForDialog(
  cdp: CDPSession,
  pattern: RegExp,
  timeoutMs = 8_000,
): Promise<CheckDialog> {
  const until = Date.now() + timeoutMs;
  let last: CheckDialog | null = null;
  for (;;) {
    last = await checkDialog(cdp);
    if (last && pattern.test(`${last.name} ${last.text}`)) return last;
    if (Date.now() > until)
      throw new Error(`No dialog matching ${pattern} within ${timeoutMs} ms; last: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Clicks the dialog's control named `name` (through the closed shadow root, with the real mouse). */
export async function clickControl(page: Page, cdp: CDPSession, name: string | RegExp): Promise<void> {
  const dialog = await checkDialog(cdp);
  const control = dialog?.controls.find((each) =>
    typeof name === 'string' ? each.name === name : name.test(each.name),
  );
  if (!control?.backendNodeId) throw new Error(`no control "${name}" in ${JSON.stringify(dialog?.controls)}`);
  await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: control.backendNodeId });
  const box = await nodeBox(cdp, control.backendNodeId);
  await page.mouse.click(box.x + Math.min(12, box.width / 2), box.y + box.height / 2);
}

/** Replaces the text of the dialog's field named `name` by typing, as a reader would. */
export async function fillControl(page: Page, cdp: CDPSession, name: string, text: string): Promise<void> {
  await clickControl(page, cdp, name);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** The value of each field of the dialog, by accessible name. */
export async function fieldValues(cdp: CDPSession): Promise<Record<string, string>> {
  const dialog = await checkDialog(cdp);
  return Object.fromEntries(
    (dialog?.controls ?? [])
      .filter((each) => each.role !== 'button' && each.role !== 'link')
      .map((each) => [each.name, each.value]),
  );
}
