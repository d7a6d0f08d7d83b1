import { describe, expect, it, vi } from 'vitest';
import {
  CHECK_COMMAND,
  CHECK_MENU_ID,
  cannotCheckMessage,
  checkForCommand,
  checkForMenuClick,
  installCheckTriggers,
  type MenuClick,
  type TriggerApi,
} from '../../../utils/background/check-trigger';

describe('where a check goes', () => {
  it('sends a menu click in the top frame as a plain check, and one in a frame as embedded', () => {
    expect(checkForMenuClick({ menuItemId: CHECK_MENU_ID, frameId: 0 }, { id: 7 })).toEqual({
      tabId: 7,
      request: { type: 'checkSelection' },
    });
    expect(checkForMenuClick({ menuItemId: CHECK_MENU_ID, frameId: 3 }, { id: 7 })).toEqual({
      tabId: 7,
      request: { type: 'checkSelection', frame: 'embedded' },
    });
  });

  it('ignores other menu items, clicks without a tab and other commands', () => {
    expect(checkForMenuClick({ menuItemId: 'other' }, { id: 7 })).toBeNull();
    expect(checkForMenuClick({ menuItemId: CHECK_MENU_ID }, undefined)).toBeNull();
    expect(checkForMenuClick({ menuItemId: CHECK_MENU_ID }, { id: -1 })).toBeNull();
    expect(checkForCommand('_execute_action', 7)).toBeNull();
    expect(checkForCommand(CHECK_COMMAND, 7)).toEqual({ tabId: 7, request: { type: 'checkSelection' } });
  });
});

function fakeApi() {
  let menuListener: ((info: MenuClick, tab: { id?: number } | undefined) => void) | null = null;
  let commandListener: ((command: string, tab: { id?: number } | undefined) => void) | null = null;
  let startListener: (() => void) | null = null;
  const api: TriggerApi = {
    createMenu: vi.fn(async () => undefined),
    onMenuClick: (listener) => {
      menuListener = listener;
    },
    onCommand: (listener) => {
      commandListener = listener;
    },
    onInstalledOrStartup: (listener) => {
      startListener = listener;
    },
    activeTabId: vi.fn(async () => 11),
    sendToTopFrame: vi.fn(async () => ({ answer: 'figure' })),
    tellCannotCheck: vi.fn(async () => undefined),
  };
  return {
    api,
    click: (info: MenuClick, tab?: { id?: number }) => menuListener?.(info, tab),
    command: (name: string, tab?: { id?: number }) => commandListener?.(name, tab),
    start: () => startListener?.(),
  };
}

describe('the background wiring', () => {
  it('creates the menu item at install and startup, and sends checks to the top frame', async () => {
    const fake = fakeApi();
    installCheckTriggers(fake.api);
    fake.start();
    expect(fake.api.createMenu).toHaveBeenCalledTimes(1);
    fake.click({ menuItemId: CHECK_MENU_ID, frameId: 2 }, { id: 5 });
    fake.command(CHECK_COMMAND, { id: 6 });
    fake.command(CHECK_COMMAND, undefined);
    await vi.waitFor(() => expect(fake.api.sendToTopFrame).toHaveBeenCalledTimes(3));
    expect(vi.mocked(fake.api.sendToTopFrame).mock.calls).toEqual([
      [5, { type: 'checkSelection', frame: 'embedded' }],
      [6, { type: 'checkSelection' }],
      [11, { type: 'checkSelection' }],
    ]);
  });

  it('tells the reader why when a tab has no content script to answer', async () => {
    const fake = fakeApi();
    vi.mocked(fake.api.sendToTopFrame).mockRejectedValue(new Error('Receiving end does not exist'));
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    installCheckTriggers(fake.api);
    fake.command(CHECK_COMMAND, { id: 6 });
    fake.click({ menuItemId: CHECK_MENU_ID, frameId: 0 }, { id: 8 });
    await vi.waitFor(() => expect(fake.api.tellCannotCheck).toHaveBeenCalledTimes(2));
    expect(vi.mocked(fake.api.tellCannotCheck).mock.calls).toEqual([
      [6, cannotCheckMessage()],
      [8, cannotCheckMessage()],
    ]);
    expect(cannotCheckMessage()).toMatch(/cannot check figures on this page.*reload it/);
    expect(debug).toHaveBeenCalled();
    debug.mockRestore();
  });

  it('never tells the reader a check failed when the tab answered', async () => {
    const fake = fakeApi();
    installCheckTriggers(fake.api);
    fake.command(CHECK_COMMAND, { id: 6 });
    await vi.waitFor(() => expect(fake.api.sendToTopFrame).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.api.tellCannotCheck).not.toHaveBeenCalled();
  });
});
