import { defineUnlistedScript } from '#imports';
import { startPageWork } from '../utils/content/page-work';
import { providePageWork } from '../utils/content/page-work-loader';

// The content script's on-demand part (utils/content/page-work-loader.ts imports this file).
export default defineUnlistedScript(() => {
  providePageWork(startPageWork);
});
