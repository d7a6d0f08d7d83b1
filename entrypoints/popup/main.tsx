import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/popup.css';
import { ToolbarPopup } from '../../components/ToolbarPopup';
import { setSiteEnabled } from '../../utils/content/site-switch';
import { sendToTab } from '../../utils/messaging/protocol';
import { runPopup } from './controller';

const root = document.getElementById('app') as HTMLElement;

void runPopup({
  // Without the "tabs" permission the tab's URL is hidden; its id is enough to message its page.
  activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? null,
  ask: sendToTab,
  setSiteEnabled,
  managerUrl: new URL('options.html', browser.runtime.getURL('/')).href,
  render: (props) => render(<ToolbarPopup {...props} />, root),
  close: () => window.close(),
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
});
