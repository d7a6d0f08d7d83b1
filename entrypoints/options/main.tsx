import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/manager/manager.css';
import '../../components/manager/timeline.css';
import type { LanguageSettingProps } from '../../components/manager/LanguageSetting';
import { ManagerPage } from '../../components/manager/ManagerPage';
import { matchUiLanguage } from '../../utils/i18n/languages';
import { getUiLanguage } from '../../utils/i18n/translate';
import { sourceTabOf } from '../../utils/manager/tab-article';
import { sendFromExtensionPage } from '../../utils/messaging/extension-page-requests';
import { sendToTab } from '../../utils/messaging/protocol';
import { listenForStoreChanges } from '../../utils/messaging/store-changes';
import { readerClaimPath } from '../../utils/reader/location';
import { browserLanguageTags, followUiLanguage, writeLanguageSetting } from '../../utils/ui-language/setting';
import { downloadFile } from './download';

const root = document.getElementById('app') as HTMLElement;
const extensionRoot = browser.runtime.getURL('/');
/** The tab the toolbar popup opened the manager from (`?tab=<id>`): "Add an article" can take its article. */
const sourceTab = sourceTabOf(location.search);
const takeTabArticle =
  sourceTab === null ? undefined : () => sendToTab(sourceTab, { type: 'getArticle' } as const);

/** The reader page for a stored source (at one of its claims when given). */
function readerHref(sourceId: string, claimId?: string): string {
  const path = claimId
    ? readerClaimPath(sourceId, claimId)
    : `reader.html?${new URLSearchParams({ source: sourceId })}`;
  return new URL(path, extensionRoot).href;
}

/** The long lists fill the window below the filters, and never shrink below a dozen rows. */
function listHeight(): number {
  return Math.max(420, window.innerHeight - 260);
}

/** `key`: a hash the reader navigated to (a link, back/forward) opens the page afresh at it. */
let mountKey = 0;

let language: LanguageSettingProps | undefined;

function show(): void {
  render(
    <ManagerPage
      key={mountKey}
      send={sendFromExtensionPage}
      download={downloadFile}
      readerHref={readerHref}
      initialHash={location.hash}
      onHashChange={(hash) => history.replaceState(null, '', hash)}
      listHeight={listHeight()}
      takeTabArticle={takeTabArticle}
      onStoreChange={listenForStoreChanges}
      requestHostAccess={(pattern) => browser.permissions.request({ origins: [pattern] })}
      language={language}
    />,
    root,
  );
}

// The page renders in the stored language, and again whenever it changes (here or in another tab).
void followUiLanguage((setting) => {
  document.documentElement.lang = getUiLanguage();
  language = {
    setting,
    browserLanguage: matchUiLanguage(browserLanguageTags()),
    onChange: (next) => {
      writeLanguageSetting(next).catch((error: unknown) =>
        console.error('Crosstally: the language setting could not be saved', error),
      );
    },
  };
  show();
});
window.addEventListener('resize', show);
// Fired for navigation only: the page's own replaceState calls do not fire it.
window.addEventListener('hashchange', () => {
  mountKey++;
  show();
});
