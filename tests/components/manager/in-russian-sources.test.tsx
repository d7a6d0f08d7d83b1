// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ManagerEnv } from '../../../components/manager/manager-env';
import { SourcesView } from '../../../components/manager/SourcesView';
import { setUiLanguage } from '../../../utils/i18n/translate';
import type { Send } from '../../../utils/manager/client';
import type { SourceSummary } from '../../../utils/store/manager/types';

beforeEach(() => setUiLanguage('ru'));
afterEach(() => {
  cleanup();
  setUiLanguage('en');
});

const summaries: SourceSummary[] = [
  {
    source: {
      id: 's1',
      label: 'Front report',
      outlet: null,
      url: null,
      language: 'en',
      publishedDate: null,
      kind: 'web',
      segments: [],
    },
    hasText: true,
  },
  {
    source: {
      id: 's2',
      label: 'Ministry bulletin',
      outlet: 'Daily Desk',
      url: null,
      language: 'en',
      publishedDate: null,
      kind: 'seed',
      segments: [],
    },
    hasText: false,
  },
];

/** The Sources tab over a background holding two sources (5 and 2 claims) that deletes without undo. */
function renderSources(notify: (message: string) => void) {
  const send = (async (request: { type: string }) => {
    if (request.type === 'listSources') return { ok: true, data: summaries };
    if (request.type === 'sourceClaimCounts') return { ok: true, data: { s1: 5, s2: 2 } };
    if (request.type === 'deleteSource') return { ok: true, data: { deleted: 5, undoToken: null } };
    throw new Error(`unexpected ${request.type}`);
  }) as unknown as Send;
  const env = {
    send,
    revision: 0,
    notify,
    offerUndo: vi.fn(),
    changed: vi.fn(),
    report: vi.fn(),
    readerHref: (id: string) => `reader.html#${id}`,
  } as unknown as ManagerEnv;
  render(<SourcesView env={env} onShowClaims={vi.fn()} height={400} />);
}

describe('in Russian (the Sources tab)', () => {
  it('lists the sources with kind, outlet, claim counts and actions in Russian', async () => {
    const notify = vi.fn();
    renderSources(notify);
    expect(screen.getByRole('heading', { name: 'Источники' })).toBeTruthy();
    expect(await screen.findByText('2 источника')).toBeTruthy();
    expect(await screen.findByText('издание не указано · веб-страница · 5 заявлений')).toBeTruthy();
    expect(screen.getByText('Daily Desk · документ из комплекта · 2 заявления')).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Открыть Front report в режиме чтения с отмеченными цифрами' })
        .textContent,
    ).toBe('Читать');
    expect(
      screen.getByRole('button', { name: 'Показать заявления источника Front report' }).textContent,
    ).toBe('Заявления');
    expect(screen.getByRole('button', { name: 'Добавить источник' })).toBeTruthy();

    fireEvent.input(screen.getByLabelText('Найти источник'), { target: { value: 'ministry' } });
    expect(await screen.findByText('1 источник из 2')).toBeTruthy();

    fireEvent.input(screen.getByLabelText('Найти источник'), { target: { value: '' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Удалить Front report и его заявления' }));
    await vi.waitFor(() =>
      expect(notify).toHaveBeenCalledWith(
        'Удалён источник «Front report» и его заявления: 5 заявлений. Отменить нельзя: хранилище браузера заполнено.',
      ),
    );
  });
});
