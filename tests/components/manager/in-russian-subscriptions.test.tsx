// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SubscriptionRow } from '../../../components/manager/SubscriptionRow';
import { setUiLanguage } from '../../../utils/i18n/translate';
import type { Subscription } from '../../../utils/store/published/subscription';

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
