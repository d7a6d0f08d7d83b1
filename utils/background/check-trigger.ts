/**
 * The two ways a reader asks to check a selection, wired in the background: the context menu
 * item "Check this figure" and the keyboard shortcut (manifest `commands`). Both send
 * `checkSelection` to the tab's top frame, where the content script reads the selection.
 *
 * The content script runs in top frames only (`allFrames: false`): a selection inside an
 * embedded frame gets the request with `frame: 'embedded'`, and the overlay says plainly that
 * such selections cannot be read.
 */

import { browser } from 'wxt/browser';
import { t } from '../i18n/translate';
import type { TabRequestOf } from '../messaging/protocol';

export const CHECK_MENU_ID = 'crosstally-check';
export const CHECK_COMMAND = 'check-selection';

/** The parts of contextMenus.OnClickData this uses. */
export interface MenuClick {
  menuItemId: string | number;
  frameId?: number;
}

export interface CheckDelivery {
  tabId: number;
  request: TabRequestOf<'checkSelection'>;
}

/** Where a menu click's check goes, or null when it is not ours or has no tab. */
export function checkForMenuClick(info: MenuClick, tab: { id?: number } | undefined): CheckDelivery | null {
  if (info.menuItemId !== CHECK_MENU_ID || tab?.id === undefined || tab.id < 0) return null;
  const embedded = info.frameId !== undefined && info.frameId !== 0;
  return {
    tabId: tab.id,
    request: embedded ? { type: 'checkSelection', frame: 'embedded' } : { type: 'checkSelection' },
  };
}

/** Where a keyboard command's check goes, or null when it is not ours or has no tab. */
export function checkForCommand(command: string, tabId: number | undefined): CheckDelivery | null {
  if (command !== CHECK_COMMAND || tabId === undefined || tabId < 0) return null;
  return { tabId, request: { type: 'checkSelection' } };
}

/** The browser API slice the wiring needs; tests pass a fake. */
export interface TriggerApi {
  createMenu(): Promise<void>;
  onMenuClick(listener: (info: MenuClick, tab: { id?: number } | undefined) => void): void;
  onCommand(listener: (command: string, tab: { id?: number } | undefined) => void): void;
  onInstalledOrStartup(listener: () => void): void;
  activeTabId(): Promise<number | undefined>;
  /** Sends to the tab's top frame; rejects when no content script is there. */
  sendToTopFrame(tabId: number, request: TabRequestOf<'checkSelection'>): Promise<unknown>;
  /** Tells the reader, on the toolbar button and in the popup, that this tab cannot be checked. */
  tellCannotCheck(tabId: number, message: string): Promise<void>;
}

/** Said on the toolbar button when a tab has no content script to check the selection. */
export function cannotCheckMessage(): string {
  return t('check.cannotCheck');
}

/**
 * Pages without our content script (browser pages, the web store, tabs opened before install or
 * update) cannot be checked: the reader asked, so the reader is told, never left with nothing.
 */
function deliver(api: TriggerApi, delivery: CheckDelivery | null): void {
  if (!delivery) return;
  api.sendToTopFrame(delivery.tabId, delivery.request).catch((error: unknown) => {
    console.debug('Crosstally: this tab cannot check selections', error);
    api
      .tellCannotCheck(delivery.tabId, cannotCheckMessage())
      .catch((reason: unknown) => console.debug('Crosstally: could not say so either', reason));
  });
}

/** Gives the menu item its title in the current UI language (no item yet: it is created in it). */
export function retitleCheckMenu(): void {
  browser.contextMenus
    .update(CHECK_MENU_ID, { title: t('menu.check') })
    .catch((error: unknown) => console.debug('Crosstally: no menu item to retitle yet', error));
}

export function installCheckTriggers(api: TriggerApi = browserTriggerApi()): void {
  api.onInstalledOrStartup(() => {
    api.createMenu().catch((error: unknown) => console.error('Crosstally: no context menu item', error));
  });
  api.onMenuClick((info, tab) => deliver(api, checkForMenuClick(info, tab)));
  api.onCommand((command, tab) => {
    if (command !== CHECK_COMMAND) return;
    const tabId = tab?.id;
    if (tabId !== undefined) deliver(api, checkForCommand(command, tabId));
    else void api.activeTabId().then((id) => deliver(api, checkForCommand(command, id)));
  });
}

function browserTriggerApi(): TriggerApi {
  return {
    // Menu items outlive a service worker but not (in Firefox) a browser restart: recreate them
    // at install, update and startup, removing first so no duplicate id is created.
    async createMenu() {
      await browser.contextMenus.removeAll();
      await new Promise<void>((resolve, reject) => {
        browser.contextMenus.create(
          { id: CHECK_MENU_ID, title: t('menu.check'), contexts: ['selection'] },
          () => {
            const error = browser.runtime.lastError;
            if (error) reject(new Error(error.message));
            else resolve();
          },
        );
      });
    },
    onMenuClick: (listener) => browser.contextMenus.onClicked.addListener(listener),
    onCommand: (listener) => browser.commands.onCommand.addListener(listener),
    onInstalledOrStartup: (listener) => {
      browser.runtime.onInstalled.addListener(listener);
      browser.runtime.onStartup.addListener(listener);
    },
    activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
    sendToTopFrame: (tabId, request) => browser.tabs.sendMessage(tabId, request, { frameId: 0 }),
    // The badge and title are the tab's own (the browser clears them when it navigates); the
    // popup, opened where the browser allows it, says that Crosstally does not run here.
    async tellCannotCheck(tabId, message) {
      const action = browser.action ?? browser.browserAction;
      await action.setBadgeText({ tabId, text: '!' });
      await action.setTitle({ tabId, title: message });
      await action.openPopup?.().catch(() => undefined);
    },
  };
}
