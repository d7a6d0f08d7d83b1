import { defineUnlistedScript } from '#imports';
import { startPageWork } from '../utils/content/page-work';
import { providePageWork } from '../utils/content/page-work-loader';
import { followUiLanguage } from '../utils/ui-language/setting';

// The content script's on-demand part (utils/content/page-work-loader.ts imports this file).
// Overlays speak the reader's chosen language; set from storage before any opens (a click comes later).
export default defineUnlistedScript(() => {
  void followUiLanguage();
  providePageWork(startPageWork);
});
