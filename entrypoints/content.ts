import { browser } from 'wxt/browser';
import { defineContentScript } from '#imports';
import { startLifetime } from '../utils/content/lifetime';
import { startContentScript } from '../utils/content/start';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's default also announces the script with window.postMessage, which pages can see.
  noScriptStartedPostMessage: true,
  // WXT's context (the argument) is not used: a page can end it by dispatching a DOM event
  // (utils/content/lifetime.ts). Our lifetime ends only when the extension itself is gone.
  main() {
    try {
      const lifetime = startLifetime({ runtimeId: () => browser.runtime?.id });
      startContentScript({ signal: lifetime.signal, isValid: lifetime.isValid });
    } catch (error) {
      console.debug('Crosstally: the content script could not start', error);
    }
  },
});
