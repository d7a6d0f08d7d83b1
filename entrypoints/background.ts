import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { installCheckTriggers } from '../utils/background/check-trigger';
import { createRequestListener } from '../utils/messaging/listener';
import { CrosstallyDb } from '../utils/store/db';
import { ensureSeeded } from '../utils/store/seed';

export default defineBackground(() => {
  const db = new CrosstallyDb();
  // Install and update write the (new) seed; a request arriving first shares the same seeding.
  browser.runtime.onInstalled.addListener(() => {
    ensureSeeded(db).catch((error: unknown) => console.error('Crosstally: seeding failed', error));
  });
  browser.runtime.onMessage.addListener(createRequestListener(db));
  // "Check this figure": the context menu item and the keyboard shortcut.
  installCheckTriggers();
});
