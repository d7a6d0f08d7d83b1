/** The overlay's buttons and texts through Chromium's accessibility tree (its shadow root is closed). */
import type { CDPSession, Page } from 'playwright-core';
import { nodeBox } from '../content-probes';

interface AxNode {
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  backendDOMNodeId?: number;
  properties?: { name: string; value: { value?: unknown } }[];
}

async function axNodes(cdp: CDPSession): Promise<AxNode[]> {
  return ((await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] }).nodes;
}

/** Every static text of the page's accessibility tree, joined: what a screen reader can read. */
export async function spokenText(cdp: CDPSession): Promise<string> {
  return (await axNodes(cdp))
    .filter((node) => !node.ignored && node.role?.value === 'StaticText')
    .map((node) => node.name?.value ?? '')
    .join(' ');
}

/** Clicks the button named `name` (inside closed shadow roots too), as the reader would. */
export async function clickButton(page: Page, cdp: CDPSession, name: string | RegExp): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  const button = (await axNodes(cdp)).find(
    (node) => !node.ignored && node.role?.value === 'button' && matches(node.name?.value ?? ''),
  );
  if (button?.backendDOMNodeId === undefined) throw new Error(`no button named ${name}`);
  // The dialog scrolls: a button below its fold must be scrolled to before it is clicked.
  await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: button.backendDOMNodeId });
  const box = await nodeBox(cdp, button.backendDOMNodeId);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The accessible name of the focused element (inside closed shadow roots too); null when none. */
export async function focusedName(cdp: CDPSession): Promise<string | null> {
  const focused = (await axNodes(cdp)).find(
    (node) =>
      !node.ignored &&
      node.role?.value !== 'RootWebArea' &&
      node.properties?.some((property) => property.name === 'focused' && property.value.value === true),
  );
  return focused ? (focused.name?.value ?? '') : null;
}
