import { useState } from 'preact/hooks';
import { t } from '../utils/i18n/translate';

export interface LedgerChoiceProps {
  /** Sends the reader's answer; resolves false when the background could not take it. */
  onChoose: (keep: boolean) => Promise<boolean>;
}

type State = 'ask' | 'busy' | 'kept' | 'not-kept' | 'failed';

/**
 * The reading ledger's one question, asked in the overlay on the first coverage page: keep the
 * figures of coverage pages you read, on this computer only? Off until the reader says yes.
 */
export function LedgerChoice({ onChoose }: LedgerChoiceProps) {
  const [state, setState] = useState<State>('ask');
  const choose = (keep: boolean) => {
    setState('busy');
    onChoose(keep).then(
      (ok) => setState(ok ? (keep ? 'kept' : 'not-kept') : 'failed'),
      () => setState('failed'),
    );
  };
  if (state === 'kept' || state === 'not-kept')
    return (
      <p class="ct-ledger" role="status">
        {state === 'kept' ? t('ledgerChoice.kept') : t('ledgerChoice.notKept')}{' '}
        {t('ledgerChoice.changeLater')}
      </p>
    );
  return (
    <section class="ct-ledger" aria-label={t('ledgerChoice.label')}>
      <p>{t('ledgerChoice.question')}</p>
      {state === 'failed' && <p role="alert">{t('ledgerChoice.failed')}</p>}
      <p class="ct-ledger-actions">
        <button type="button" disabled={state === 'busy'} onClick={() => choose(true)}>
          {t('ledgerChoice.keep')}
        </button>
        <button type="button" disabled={state === 'busy'} onClick={() => choose(false)}>
          {t('ledgerChoice.notNow')}
        </button>
      </p>
    </section>
  );
}
