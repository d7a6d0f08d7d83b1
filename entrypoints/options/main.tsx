import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/manager/manager.css';
import { ManagerPage } from '../../components/manager/ManagerPage';
import { sendRequest } from '../../utils/messaging/protocol';
import { readerClaimPath } from '../../utils/reader/location';
import { downloadFile } from './download';

const root = document.getElementById('app') as HTMLElement;
const extensionRoot = browser.runtime.getURL('/');

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

function show(): void {
  render(
    <ManagerPage
      send={sendRequest}
      download={downloadFile}
      readerHref={readerHref}
      initialHash={location.hash}
      onHashChange={(hash) => history.replaceState(null, '', hash)}
      listHeight={listHeight()}
    />,
    root,
  );
}

show();
window.addEventListener('resize', show);
