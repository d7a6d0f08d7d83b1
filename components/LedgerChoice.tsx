import { useState } from 'preact/hooks';

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
        {state === 'kept'
          ? 'Crosstally now keeps the figures of coverage pages you read, on this computer only.'
          : 'Crosstally will not keep the figures of pages you read.'}{' '}
        You can change this in the toolbar popup or the store manager.
      </p>
    );
  return (
    <section class="ct-ledger" aria-label="Reading ledger">
      <p>
        Keep the figures of the coverage pages you read, on this computer only? Later pages then show how the
        outlets you read reported them. Nothing leaves your browser.
      </p>
      {state === 'failed' && <p role="alert">Your choice could not be saved. Try again.</p>}
      <p class="ct-ledger-actions">
        <button type="button" disabled={state === 'busy'} onClick={() => choose(true)}>
          Keep them
        </button>
        <button type="button" disabled={state === 'busy'} onClick={() => choose(false)}>
          Not now
        </button>
      </p>
    </section>
  );
}
