import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../../utils/i18n/error-text';
import { t, tn } from '../../utils/i18n/translate';
import { ask, errorOf } from '../../utils/manager/client';
import { formatBytes } from '../../utils/manager/format';
import type { ProtocolError } from '../../utils/messaging/protocol';
import {
  checkPackUrl,
  originPattern,
  type RefreshOutcome,
  type Subscription,
  type SubscriptionPreview,
} from '../../utils/store/published/subscription';
import type { ManagerEnv } from './manager-env';
import { SubscriptionRow } from './SubscriptionRow';

export interface SubscriptionsPanelProps {
  env: ManagerEnv;
  /**
   * Asks the browser for access to one origin ("https://desk.example/*"), from the reader's click;
   * resolves whether it was granted. Absent where there is no such prompt (tests).
   */
  requestHostAccess?: (pattern: string) => Promise<boolean>;
}

type Stage =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'preview'; preview: SubscriptionPreview; publicKey: string }
  | { kind: 'subscribing'; preview: SubscriptionPreview }
  | { kind: 'failed'; error: ProtocolError };

/** The pack before subscribing, in the reader's language, with its title and publisher in bold. */
function previewLine(preview: SubscriptionPreview) {
  const bold: Record<string, string> = { title: preview.title, publisher: preview.publisher };
  const text: Record<string, string> = {
    claims: tn('manager.claims', preview.claims),
    articles: tn('ledger.articles', preview.sources),
    size: formatBytes(preview.bytes),
  };
  // Split on the placeholders so the title and publisher stay elements, never markup built from text.
  return t('sub.preview')
    .split(/(\{\w+\})/)
    .map((part, index) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name && name in bold) return <strong key={index}>{bold[name]}</strong>;
      if (name && name in text) return text[name];
      return part;
    });
}

/** What a refresh did, in the reader's language. */
function outcomeText(outcome: RefreshOutcome): string {
  const said = errorText(outcome.said);
  return outcome.kept ? t('sub.keptPrevious', { error: said }) : said;
}

/**
 * Subscribe to claim packs that fact-checking desks publish on static hosts; see and manage the
 * subscriptions. Nothing is stored until the reader has seen the publisher, size and claim count
 * and confirmed; the browser is asked for access to that one host only, at that moment.
 */
export function SubscriptionsPanel({ env, requestHostAccess }: SubscriptionsPanelProps) {
  const [subscriptions, setSubscriptions] = useState<Subscription[] | null>(null);
  const [url, setUrl] = useState('');
  const [publicKey, setPublicKey] = useState('');
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    let current = true;
    ask(env.send, { type: 'packSubscriptions' }).then(
      (list) => current && setSubscriptions(list),
      (error) => current && env.report(errorOf(error)),
    );
    return () => {
      current = false;
    };
  }, [env.revision]);

  const check = async (event: Event) => {
    event.preventDefault();
    const checked = checkPackUrl(url);
    if ('error' in checked) {
      setStage({ kind: 'failed', error: { code: 'invalid', message: t(checked.error), key: checked.error } });
      return;
    }
    // Asked at once, while the click still counts as the reader's. Not awaited first: hosts that let
    // any site read them (most static hosts) work without it, and the browser's question may stay open.
    const access = requestHostAccess
      ? requestHostAccess(originPattern(checked.origin)).catch(() => false)
      : Promise.resolve(true);
    setStage({ kind: 'checking' });
    const key = publicKey.trim();
    const preview = () =>
      ask(env.send, {
        type: 'previewPackSubscription',
        url: checked.url,
        ...(key ? { publicKey: key } : {}),
      });
    try {
      setStage({ kind: 'preview', preview: await preview(), publicKey: key });
    } catch (firstError) {
      // The host may need the access the browser is asking for: once granted, try again.
      const granted = await access;
      try {
        if (!granted) throw firstError;
        setStage({ kind: 'preview', preview: await preview(), publicKey: key });
      } catch (error) {
        const failed = errorOf(error);
        if (granted) setStage({ kind: 'failed', error: failed });
        else {
          const message = t('sub.accessNotGranted', { error: errorText(failed), origin: checked.origin });
          setStage({ kind: 'failed', error: { code: failed.code, message } });
        }
      }
    }
  };

  const confirm = async () => {
    if (stage.kind !== 'preview') return;
    const { preview } = stage;
    setStage({ kind: 'subscribing', preview });
    try {
      const sub = await ask(env.send, {
        type: 'subscribePack',
        url: preview.url,
        ...(stage.publicKey ? { publicKey: stage.publicKey } : {}),
      });
      setStage({ kind: 'idle' });
      setUrl('');
      setPublicKey('');
      env.notify(t('sub.subscribed', { title: sub.title, claims: tn('manager.claims', sub.claims) }));
      env.changed();
    } catch (error) {
      setStage({ kind: 'failed', error: errorOf(error) });
    }
  };

  const run = async (id: string, work: () => Promise<string>) => {
    setBusy(id);
    try {
      setStatus(await work());
      env.changed();
    } catch (error) {
      env.report(errorOf(error));
    } finally {
      setBusy(null);
    }
  };

  const formatTime = (ms: number) =>
    new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section class="ct-subscriptions" aria-labelledby="ct-subscriptions-title">
      <h2 id="ct-subscriptions-title">{t('manager.tab.packs')}</h2>
      <p class="ct-muted">{t('sub.intro')}</p>
      <form class="ct-subscribe" onSubmit={check}>
        <label>
          {t('sub.address')}
          <input
            type="url"
            value={url}
            required
            placeholder="https://desk.example/packs/index.json"
            onInput={(event) => setUrl((event.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          {t('sub.publicKey')}
          <input
            type="text"
            value={publicKey}
            placeholder="crosstally-ed25519:…"
            onInput={(event) => setPublicKey((event.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" disabled={stage.kind === 'checking' || stage.kind === 'subscribing'}>
          {stage.kind === 'checking' ? t('sub.checking') : t('sub.check')}
        </button>
      </form>
      {stage.kind === 'failed' && (
        <p class="ct-error" role="alert">
          {t('sub.failed', { error: errorText(stage.error) })}
        </p>
      )}
      {(stage.kind === 'preview' || stage.kind === 'subscribing') && (
        <section class="ct-preview" aria-label={t('sub.previewLabel')}>
          <p>{previewLine(stage.preview)}</p>
          <p>
            {stage.preview.signedBy
              ? t('sub.signedBy', { key: stage.preview.signedBy })
              : t('sub.previewUnsigned')}
          </p>
          <div class="ct-form-actions">
            <button
              type="button"
              class="ct-primary"
              disabled={stage.kind === 'subscribing'}
              onClick={() => void confirm()}
            >
              {stage.kind === 'subscribing' ? t('sub.subscribing') : t('sub.subscribe')}
            </button>
            <button type="button" onClick={() => setStage({ kind: 'idle' })}>
              {t('form.cancel')}
            </button>
          </div>
        </section>
      )}
      <p role="status">{status}</p>
      {subscriptions && subscriptions.length === 0 && <p>{t('sub.none')}</p>}
      {subscriptions && subscriptions.length > 0 && (
        <ul class="ct-subscription-list">
          {subscriptions.map((sub) => (
            <SubscriptionRow
              key={sub.id}
              subscription={sub}
              formatTime={formatTime}
              busy={busy === sub.id}
              onRefresh={() =>
                void run(sub.id, async () =>
                  outcomeText(await ask(env.send, { type: 'refreshPackSubscription', id: sub.id })),
                )
              }
              onAcceptKey={() =>
                void run(sub.id, async () =>
                  outcomeText(await ask(env.send, { type: 'acceptPackKey', id: sub.id })),
                )
              }
              onInterval={(hours) =>
                void run(sub.id, async () => {
                  await ask(env.send, { type: 'setPackRefreshInterval', id: sub.id, hours });
                  return t('sub.scheduleSaved');
                })
              }
              onUnsubscribe={() =>
                void run(sub.id, async () => {
                  const removed = await ask(env.send, { type: 'unsubscribePack', id: sub.id });
                  const claims = tn('manager.claims', removed.claims);
                  return removed.keptEdited > 0
                    ? t('sub.unsubscribedKept', {
                        title: sub.title,
                        claims,
                        kept: tn('manager.claims', removed.keptEdited),
                      })
                    : t('sub.unsubscribed', { title: sub.title, claims });
                })
              }
            />
          ))}
        </ul>
      )}
    </section>
  );
}
