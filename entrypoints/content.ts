import { browser } from 'wxt/browser';
import { defineContentScript } from '#imports';
import { startLifetime } from '../utils/content/lifetime';
import { startContentScript } from '../utils/content/start';
import { whenDocumentIdle } from '../utils/dom/document-ready';
import { listenForPointer } from '../utils/dom/pointer-relay';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Early, only to listen for clicks before any page script can (pointer-relay.ts); the rest
  // starts once the document is parsed and idle, as with document_idle.
  runAt: 'document_start',
  // WXT's default also announces the script with window.postMessage, which pages can see.
  noScriptStartedPostMessage: true,
  // WXT's context (the argument) is not used: a page can end it by dispatching a DOM event
  // (utils/content/lifetime.ts). Our lifetime ends only when the extension itself is gone.
  main() {
    try {
      const lifetime = startLifetime({ runtimeId: () => browser.runtime?.id });
      const pointerRelay = listenForPointer(window, lifetime.signal);
      whenDocumentIdle(document, window)
        .then(() => {
          if (lifetime.isValid())
            startContentScript({ signal: lifetime.signal, isValid: lifetime.isValid, pointerRelay });
        })
        .catch((error: unknown) => console.debug('Crosstally: the content script could not start', error));
    } catch (error) {
      console.debug('Crosstally: the content script could not start', error);
    }
  },
});
