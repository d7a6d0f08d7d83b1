// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ManagerEnv } from '../../../components/manager/manager-env';
import { SubscriptionRow } from '../../../components/manager/SubscriptionRow';
import { SubscriptionsPanel } from '../../../components/manager/SubscriptionsPanel';
import { setUiLanguage } from '../../../utils/i18n/translate';
import type { Send } from '../../../utils/manager/client';
import type {
  RefreshOutcome,
  Subscription,
  SubscriptionPreview,
} from '../../../utils/store/published/subscription';

beforeEach(() => setUiLanguage('ru'));
afterEach(() => {
  cleanup();
  setUiLanguage('en');
});

const subscription: Subscription = {
  id: 'sub1',
  url: 'https://packs.example/nk.json',
  publisher: 'Packs Example',
  title: 'Karabakh figures',
  publicKey: null,
  pendingKey: 'crosstally-ed25519:ABCDEFGHIJKLMNOPQRSTUVWXYZ123456',
  subscribedAt: 0,
  lastGoodAt: null,
  lastCheckedAt: null,
  // As a version before the error catalog stored it: English words, shown as they are.
  lastError: 'the host did not answer',
  etag: null,
  lastModified: null,
  intervalHours: 24,
  claims: 5,
  shards: {},
};

describe('in Russian (a subscribed pack)', () => {
  it('says who publishes it, how it is signed and updated, and offers its actions in Russian', () => {
    const onUnsubscribe = vi.fn();
    render(
      <ul>
        <SubscriptionRow
          subscription={subscription}
          formatTime={String}
          busy={false}
          onRefresh={vi.fn()}
          onAcceptKey={vi.fn()}
          onInterval={vi.fn()}
          onUnsubscribe={onUnsubscribe}
        />
      </ul>,
    );
    expect(screen.getByText(/^Издатель:/).textContent).toBe(
      'Издатель: Packs Example · 5 заявлений · https://packs.example/nk.json',
    );
    expect(
      screen.getByText('Без подписи: его может изменить любой, кто может изменить сервер.'),
    ).toBeTruthy();
    expect(screen.getByText('Ни разу не обновлялся.')).toBeTruthy();
    expect(screen.getByText('Оставлена предыдущая версия: the host did not answer')).toBeTruthy();
    expect(screen.getByText(/^Издатель теперь подписывает другим ключом \(ABCDEFGH…123456\)/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Принять новый ключ' })).toBeTruthy();
    const interval = screen.getByLabelText('Обновлять') as HTMLSelectElement;
    expect([...interval.options].map((o) => o.textContent)).toEqual([
      'Каждые 6 ч',
      'Ежедневно',
      'Еженедельно',
    ]);
    expect(screen.getByRole('button', { name: 'Обновить сейчас' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Отписаться…' }));
    expect(screen.getByRole('button', { name: 'Оставить' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Удалить его заявления и отписаться' }));
    expect(onUnsubscribe).toHaveBeenCalledOnce();
  });
});

const preview: SubscriptionPreview = {
  url: 'https://packs.example/nk.json',
  origin: 'https://packs.example',
  publisher: 'Packs Example',
  title: 'Karabakh figures',
  claims: 5,
  sources: 2,
  bytes: 100,
  signedBy: null,
};

/** The panel with a background that has no subscriptions and previews one unsigned pack. */
function renderPanel(notify: (message: string) => void) {
  const send = (async (request: { type: string }) => {
    if (request.type === 'packSubscriptions') return { ok: true, data: [] };
    if (request.type === 'previewPackSubscription') return { ok: true, data: preview };
    if (request.type === 'subscribePack') return { ok: true, data: { ...subscription, publicKey: null } };
    throw new Error(`unexpected ${request.type}`);
  }) as unknown as Send;
  const env = { send, revision: 0, notify, changed: vi.fn(), report: vi.fn() } as unknown as ManagerEnv;
  render(<SubscriptionsPanel env={env} />);
}

describe('in Russian (subscribing to a pack)', () => {
  it('asks for the address, shows the pack before subscribing and says what was added, in Russian', async () => {
    const notify = vi.fn();
    renderPanel(notify);
    expect(screen.getByRole('heading', { name: 'Подписки на пакеты' })).toBeTruthy();
    expect(await screen.findByText('Подписок пока нет.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Адрес пакета (https)'), {
      target: { value: 'https://packs.example/nk.json' },
    });
    expect(screen.getByLabelText('Открытый ключ издателя (необязательно, но рекомендуется)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Проверить пакет' }));
    const region = await screen.findByRole('region', { name: 'Пакет перед подпиской' });
    expect(region.querySelector('p')?.textContent).toBe(
      'Karabakh figures, издатель Packs Example: 5 заявлений (2 статьи), 100 байт.',
    );
    expect(region.querySelector('strong')?.textContent).toBe('Karabakh figures');
    expect(screen.getByText(/^Без подписи: Crosstally не может определить/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Отмена' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Подписаться' }));
    await vi.waitFor(() =>
      expect(notify).toHaveBeenCalledWith(
        'Подписка на «Karabakh figures» оформлена; добавлено: 5 заявлений.',
      ),
    );
  });

  it('says in Russian that nothing was changed when the address is refused', () => {
    renderPanel(vi.fn());
    fireEvent.input(screen.getByLabelText('Адрес пакета (https)'), {
      target: { value: 'http://packs.example/nk.json' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Проверить пакет' }));
    expect(screen.getByRole('alert').textContent).toMatch(/ Ничего не изменено\.$/);
  });
});

const URL_OF_PACK = 'https://packs.example/nk.json';

/** Two subscribed packs whose last refresh failed: one host down, one signature that does not match. */
const failing: Subscription[] = [
  {
    ...subscription,
    pendingKey: null,
    lastError: {
      key: 'error.fetchOffline',
      params: { url: URL_OF_PACK },
      message: `${URL_OF_PACK} could not be reached (the browser is offline, the host is down, or it does not let Crosstally read it).`,
    },
  },
  {
    ...subscription,
    id: 'sub2',
    title: 'Signed figures',
    pendingKey: null,
    lastError: {
      key: 'error.sigBad',
      message:
        'The signature does not match the file: it was changed after signing, or signed by another key.',
    },
  },
];

describe('in Russian (why a pack was not updated)', () => {
  it('says why each pack kept its previous version, and what a refresh did, in Russian', async () => {
    const kept: RefreshOutcome = {
      subscription: failing[1]!,
      message: 'Kept the previous version: Shard index.2.json does not match its digest in the index.',
      said: {
        key: 'error.sigShardDigest',
        params: { path: 'index.2.json' },
        message: 'Shard index.2.json does not match its digest in the index.',
      },
      kept: true,
    };
    const updated: RefreshOutcome = {
      subscription: { ...failing[0]!, lastError: null },
      message: 'Updated: 3 changed part(s) fetched.',
      said: { key: 'error.subUpdated', params: { count: 3 }, message: 'Updated: 3 changed part(s) fetched.' },
      kept: false,
    };
    const send = (async (request: { type: string; id?: string }) => {
      if (request.type === 'packSubscriptions') return { ok: true, data: failing };
      if (request.type === 'refreshPackSubscription')
        return { ok: true, data: request.id === 'sub2' ? kept : updated };
      throw new Error(`unexpected ${request.type}`);
    }) as unknown as Send;
    const env = {
      send,
      revision: 0,
      notify: vi.fn(),
      changed: vi.fn(),
      report: vi.fn(),
    } as unknown as ManagerEnv;
    render(<SubscriptionsPanel env={env} />);

    expect(
      await screen.findByText(
        `Оставлена предыдущая версия: Не удалось связаться с ${URL_OF_PACK} (браузер не в сети, сервер недоступен или не разрешает Crosstally читать файл).`,
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'Оставлена предыдущая версия: Подпись не совпадает с файлом: его изменили после подписания или подписали другим ключом.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/could not be reached|does not match/)).toBeNull();

    const [first, second] = screen.getAllByRole('button', { name: 'Обновить сейчас' });
    fireEvent.click(second!);
    await vi.waitFor(() =>
      expect(
        screen.getByText(
          'Оставлена предыдущая версия: Часть index.2.json не совпадает со своим дайджестом в указателе пакета.',
        ),
      ).toBeTruthy(),
    );
    fireEvent.click(first!);
    await vi.waitFor(() =>
      expect(screen.getByText('Обновлено; загружено изменившихся частей: 3.')).toBeTruthy(),
    );
  });
});
