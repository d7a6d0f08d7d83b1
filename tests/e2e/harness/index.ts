/** Everything an end-to-end test needs: the built extension in Chromium, served pages, artifacts. */
export {
  type ExtensionSession,
  extensionIdFromUrl,
  type LaunchOptions,
  launchWithExtension,
} from '../../../utils/node/demo/launch-extension';
export {
  firstMarkPoint,
  type HighlightLayer,
  layerPriority,
  openFirstMark,
  waitForMarks,
} from '../../../utils/node/demo/marks';
export { CHROME_EXTENSION_DIR, REPO_ROOT } from '../../../utils/node/demo/paths';
export { type StaticServer, startStaticServer } from '../../../utils/node/demo/static-server';
export { ARTIFACTS_DIR, saveScreenshot } from './artifacts';
export { type ChromiumSuite, type ChromiumSuiteOptions, useChromiumSuite } from './chromium-suite';
export { type ServedDemoSite, STRICT_CSP_QUERY, serveDemoSite } from './demo-site';
