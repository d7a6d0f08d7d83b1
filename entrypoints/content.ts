import { defineContentScript } from '#imports';
import { startContentScript } from '../utils/content/start';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's default also announces the script with window.postMessage, which pages can see.
  noScriptStartedPostMessage: true,
  main(ctx) {
    try {
      // ctx.isValid notices a reloaded extension and aborts ctx.signal, which tears everything down.
      startContentScript({ signal: ctx.signal, isValid: () => ctx.isValid });
    } catch (error) {
      console.debug('Crosstally: the content script could not start', error);
    }
  },
});
