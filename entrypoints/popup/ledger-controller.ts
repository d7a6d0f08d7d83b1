/**
 * The popup's reading-ledger section, apart from the browser so tests can drive it: asks the tab
 * what the ledger holds of its page (waiting while the page is still read), the background for
 * the settings, and sends the reader's changes to the background, the settings' only writer.
 */
import type { PopupLedgerProps } from '../../components/PopupLedger';
import { errorText } from '../../utils/i18n/error-text';
import { t } from '../../utils/i18n/translate';
import type {
  LedgerOverview,
  LedgerPage,
  SendRequest,
  TabRequestMap,
  TabRequestOf,
  TabRequestType,
} from '../../utils/messaging/protocol';

export interface PopupLedgerDeps {
  activeTabId(): Promise<number | null>;
  ask<T extends TabRequestType>(
    tabId: number,
    request: TabRequestOf<T>,
  ): Promise<TabRequestMap[T]['response'] | null>;
  send: SendRequest;
  render(props: PopupLedgerProps): void;
  wait(ms: number): Promise<void>;
}

/** A page still being read answers null; it is asked again this many times, this often. */
export const LEDGER_POLLS = 12;
export const LEDGER_POLL_MS = 250;

export async function runPopupLedger(deps: PopupLedgerDeps): Promise<void> {
  let overview: LedgerOverview | null = null;
  let page: LedgerPage | null = null;
  let saving = false;
  let error: string | null = null;
  const tabId = await deps.activeTabId();

  const settle = (response: Awaited<ReturnType<SendRequest>>): void => {
    if (response.ok) {
      overview = response.data as LedgerOverview;
      error = null;
    } else error = errorText(response.error);
  };

  const draw = (): void =>
    deps.render({
      overview,
      page,
      saving,
      error,
      onConsent: (keep) => {
        void deps.send({ type: 'updateLedgerSettings', consent: keep }).then((response) => {
          settle(response);
          draw();
        });
      },
      onSiteExcluded: (site, excluded) => {
        void deps.send({ type: 'updateLedgerSettings', site: { name: site, excluded } }).then((response) => {
          settle(response);
          draw();
        });
      },
      onSave: () => {
        if (tabId === null) return;
        saving = true;
        draw();
        void deps.ask(tabId, { type: 'saveToLedger' }).then(async (answer) => {
          saving = false;
          if (answer) page = answer;
          else error = t('popup.ledgerSaveFailed');
          settle(await deps.send({ type: 'ledgerSettings' }));
          draw();
        });
      },
    });

  settle(await deps.send({ type: 'ledgerSettings' }));
  draw();
  if (tabId === null) return;
  for (let attempt = 0; attempt < LEDGER_POLLS && !page; attempt++) {
    page = await deps.ask(tabId, { type: 'getLedgerPage' });
    if (page) draw();
    else await deps.wait(LEDGER_POLL_MS);
  }
}
