/**
 * Functions the Firefox end-to-end tests run inside pages (through BiDi `script.callFunction`):
 * each is sent as source text, so none may use anything from this module's scope or define
 * named inner functions. The overlay's closed shadow root comes in as an argument: BiDi hands it
 * out (`includeShadowTree: 'all'`) although page scripts cannot reach it.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One value group of the open overlay. */
export interface OverlayGroup {
  value: string;
  agreement: string | null;
  claimants: { name: string; outlets: string[] }[];
}

export interface OverlayState {
  title: string;
  summary: string;
  groups: OverlayGroup[];
  box: { top: number; left: number; bottom: number; right: number };
}

export interface ExtensionStatus {
  manifestVersion: number;
  root: string;
  permissions: string[];
  origins: string[];
}

/** In an extension page: the running manifest version, its root URL, and what Firefox granted. */
export async function extensionStatus(): Promise<ExtensionStatus> {
  const api = (
    globalThis as unknown as {
      browser: {
        runtime: { getManifest(): { manifest_version: number }; getURL(pathname: string): string };
        permissions: { getAll(): Promise<{ permissions?: string[]; origins?: string[] }> };
      };
    }
  ).browser;
  const granted = await api.permissions.getAll();
  return {
    manifestVersion: api.runtime.getManifest().manifest_version,
    root: api.runtime.getURL('/'),
    permissions: granted.permissions ?? [],
    origins: granted.origins ?? [],
  };
}

/**
 * The marked texts in document order, or null until marks appear. Our highlight layer is found by
 * its paint priority (`figurePriority`: layerPriority('figure')), as its name is random.
 */
export function markedTexts(figurePriority: number): string[] | null {
  const registry = (CSS as unknown as { highlights?: Map<string, Highlight> }).highlights;
  const figures = [...(registry?.values() ?? [])].find((each) => each.priority === figurePriority);
  if (!figures || figures.size === 0) return null;
  const ranges = [...figures] as Range[];
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  return ranges.map((range) => range.toString());
}

/** The attributes on <html>: a page must find none of ours there. */
export function rootAttributeNames(): string[] {
  return document.documentElement.getAttributeNames();
}

/** Elements written into the article: marking must paint highlights, never wrap text. */
export function wrappedMarks(): number {
  return document.querySelectorAll('mark, [data-crosstally-mark]').length;
}

/** Scrolls the first mark in the story body whose text matches `source` into view; its box. */
export function markBox(source: string, figurePriority: number): Box | null {
  const registry = (CSS as unknown as { highlights: Map<string, Highlight> }).highlights;
  const body = document.querySelector('.story-body');
  const figures = [...registry.values()].find((each) => each.priority === figurePriority);
  const ranges = [...(figures ?? [])] as Range[];
  const range = ranges.find(
    (each) => body?.contains(each.startContainer) && new RegExp(source).test(each.toString()),
  );
  if (!range) return null;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const box = range.getClientRects()[0];
  return box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null;
}

/** The overlay host our content script adds to the page. */
export function overlayHost(): Element | null {
  return document.querySelector('crosstally-overlay');
}

/** The overlay once its reports arrived; null while it loads or when it is closed. */
export function overlayState(root: ShadowRoot): OverlayState | null {
  const dialog = root.querySelector('[role="dialog"]');
  const status = dialog?.querySelector('[role="status"]');
  if (!dialog || status?.getAttribute('data-state') !== 'ready') return null;
  const text = (element: Element | null | undefined) =>
    (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const rect = dialog.getBoundingClientRect();
  return {
    title: text(dialog.querySelector('h2')),
    summary: text(status),
    groups: [...dialog.querySelectorAll('.ct-group')].map((group) => ({
      value: text(group.querySelector('.ct-value')),
      agreement: group.getAttribute('data-agreement'),
      claimants: [...group.querySelectorAll('.ct-claimant')].map((claimant) => ({
        name: text(claimant.querySelector('.ct-claimant-name')),
        outlets: [...claimant.querySelectorAll('.ct-outlet')].map((outlet) => text(outlet)),
      })),
    })),
    box: { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right },
  };
}

export function isDialogClosed(root: ShadowRoot): boolean {
  return root.querySelector('[role="dialog"]') === null;
}

/** The overlay's link to the report of `claimId` (its outlet's name and box), scrolled into view. */
export function reportLink(root: ShadowRoot, claimId: string): (Box & { text: string }) | null {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('.ct-outlet a')];
  const link = links.find((each) => new URL(each.href).searchParams.get('claim') === claimId);
  if (!link) return null;
  link.scrollIntoView({ block: 'center' });
  const box = link.getClientRects()[0];
  if (!box) return null;
  return { x: box.x, y: box.y, width: box.width, height: box.height, text: (link.textContent ?? '').trim() };
}

/** In the reader page: the requested passage's paragraph and the claim's mark in it, once shown. */
export function readerPassage(claimId: string): { paragraph: string; figure: string | null } | null {
  const passage = document.getElementById('passage');
  if (!passage) return null;
  const mark = [...passage.querySelectorAll('mark')].find((each) => each.dataset.claimId === claimId);
  return { paragraph: passage.closest('p')?.textContent ?? '', figure: mark?.textContent ?? null };
}

export function passageFocused(): boolean {
  return document.activeElement?.id === 'passage';
}

/** The store manager's claim list once loaded: its count line, metric headers and rendered rows. */
export interface ManagerState {
  /** "Showing 33 claims." */
  countLine: string;
  groups: { label: string; count: string }[];
  /** The rendered rows (the list is virtual): the claim each one opens in the reader, and its lines. */
  rows: { claimId: string | null; claimant: string; outlet: string; quote: string }[];
}

export function managerState(): ManagerState | null {
  const countLine = document.querySelector('.ct-result-count')?.textContent?.trim() ?? '';
  const rows = [...document.querySelectorAll('.ct-claim-row')];
  if (!countLine.startsWith('Showing') || rows.length === 0) return null;
  const text = (element: Element | null | undefined) =>
    (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    countLine,
    groups: [...document.querySelectorAll('.ct-group-header')].map((header) => ({
      label: text(header.querySelector('h3')),
      count: text(header.querySelector('.ct-muted')),
    })),
    rows: rows.map((row) => {
      const read = row.querySelector<HTMLAnchorElement>('.ct-claim-actions a[href]');
      return {
        claimId: read ? new URL(read.href).searchParams.get('claim') : null,
        claimant: text(row.querySelector('.ct-claimant-name')),
        outlet: text(row.querySelector('.ct-claim-outlet')),
        quote: text(row.querySelector('.ct-claim-quote')),
      };
    }),
  };
}

/**
 * From an extension page: the id of the tab whose content script says it is marking a coverage
 * page (the popup's own question), or null. The add-on holds no `tabs` permission, so tab
 * addresses are hidden from it; the content scripts answer for their pages.
 */
export async function coverageTabId(): Promise<number | null> {
  const tabs = (
    globalThis as unknown as {
      browser: {
        tabs: {
          query(filter: object): Promise<{ id?: number }[]>;
          sendMessage(tabId: number, message: unknown): Promise<unknown>;
        };
      };
    }
  ).browser.tabs;
  for (const tab of await tabs.query({})) {
    if (tab.id === undefined) continue;
    const reply = (await tabs.sendMessage(tab.id, { type: 'getPageStatus' }).catch(() => null)) as {
      status?: { kind?: string };
    } | null;
    if (reply?.status?.kind === 'coverage') return tab.id;
  }
  return null;
}

/** Clicks the first `selector` element whose text is `text`; false when there is none. */
export function clickByText(selector: string, text: string): boolean {
  const target = [...document.querySelectorAll<HTMLElement>(selector)].find(
    (element) => element.textContent?.trim() === text,
  );
  target?.click();
  return target !== undefined;
}

export interface TabArticleForm {
  text: string;
  /** Source fields by id suffix: label, outlet, url, publishedDate, language. */
  source: Record<string, string>;
  /** The review's figure legends. */
  legends: string[];
}

/** The manager's "Add an article" once the taken article's figures are listed for review. */
export function tabArticleForm(): TabArticleForm | null {
  const heading = document.getElementById('ct-review-title')?.textContent ?? '';
  if (!/found: check each$/.test(heading)) return null;
  const value = (id: string) => (document.getElementById(id) as HTMLInputElement | null)?.value ?? '';
  return {
    text: value('ct-article-text'),
    source: Object.fromEntries(
      ['label', 'outlet', 'url', 'publishedDate', 'language'].map((field) => [
        field,
        value(`ct-article-${field}`),
      ]),
    ),
    legends: [...document.querySelectorAll('fieldset.ct-review legend')].map((legend) =>
      (legend.textContent ?? '').replace(/\s+/g, ' ').trim(),
    ),
  };
}

/** Chooses a file holding `text` in the manager's import input, as a reader picking it would. */
export function chooseImportFile(name: string, text: string): boolean {
  const input = document.querySelector<HTMLInputElement>('#ct-import-file');
  if (!input) return false;
  const files = new DataTransfer();
  files.items.add(new File([text], name, { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/** The heading of the import panel's preview, once shown. */
export function importPreviewHeading(): string {
  return document.querySelector('.ct-import-preview h3')?.textContent?.trim() ?? '';
}

/** The import panel's line once the import ended: what it did, or why nothing was imported. */
export function importEndedLine(): string {
  const line = document.querySelector('.ct-import p.ct-success, .ct-import-error');
  return (line?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
