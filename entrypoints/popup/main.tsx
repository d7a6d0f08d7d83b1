import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/popup.css';
import { PopupLedger } from '../../components/PopupLedger';
import { ToolbarPopup } from '../../components/ToolbarPopup';
import { setSiteEnabled } from '../../utils/content/site-switch';
import { getUiLanguage } from '../../utils/i18n/translate';
import { sendRequest, sendToTab } from '../../utils/messaging/protocol';
import { followUiLanguage } from '../../utils/ui-language/setting';
import { runPopup } from './controller';
import { runPopupLedger } from './ledger-controller';

const root = document.getElementById('app') as HTMLElement;
const ledgerRoot = document.getElementById('ledger') as HTMLElement;
// Without the "tabs" permission the tab's URL is hidden; its id is enough to message its page.
const activeTabId = async () =>
  (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? null;

// The words follow the language setting: it is read before the first render.
void followUiLanguage(() => {
  document.documentElement.lang = getUiLanguage();
}).finally(start);

function start(): void {
  void runPopup({
    activeTabId,
    ask: sendToTab,
    setSiteEnabled,
    managerUrl: new URL('options.html', browser.runtime.getURL('/')).href,
    render: (props) => render(<ToolbarPopup {...props} />, root),
    close: () => window.close(),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });

  void runPopupLedger({
    activeTabId,
    ask: sendToTab,
    send: sendRequest,
    render: (props) => render(<PopupLedger {...props} />, ledgerRoot),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });
}
