import { render } from 'preact';
import { ReaderPage, type ReaderState } from '../../components/ReaderPage';
import { defaultPackData, metricById } from '../../utils/engine/topic-pack';
import { sendRequest } from '../../utils/messaging/protocol';
import { parseReaderQuery } from '../../utils/reader/location';
import './reader.css';
import { errorText } from '../../utils/i18n/error-text';
import { getUiLanguage, t } from '../../utils/i18n/translate';
import { followUiLanguage } from '../../utils/ui-language/setting';

const root = document.getElementById('app') as HTMLElement;
const metricLabel = (id: string) => metricById(defaultPackData, id)?.label ?? id;
const show = (state: ReaderState) => render(<ReaderPage state={state} metricLabel={metricLabel} />, root);

async function main(): Promise<void> {
  const target = parseReaderQuery(location.search);
  if (!target) {
    show({ status: 'error', message: t('reader.noDocument') });
    return;
  }
  show({ status: 'loading' });
  const response = await sendRequest({ type: 'getSeedDocument', sourceId: target.sourceId });
  if (!response.ok) {
    show({ status: 'error', message: errorText(response.error) });
    return;
  }
  document.title = t('reader.pageTitle', { document: response.data.source.label });
  const span = target.start !== null && target.end !== null ? { start: target.start, end: target.end } : null;
  show({ status: 'ready', document: response.data, claimId: target.claimId, span });
}

void followUiLanguage(() => {
  document.documentElement.lang = getUiLanguage();
}).finally(() => main());
