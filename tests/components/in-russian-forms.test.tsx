// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportProgress } from '../../components/manager/ImportProgress';
import { ReadCorrection } from '../../components/ReadCorrection';
import { setUiLanguage } from '../../utils/i18n/translate';
import type { Send } from '../../utils/manager/client';
import { fixtureFullPack } from '../utils/store/helpers';
import { renderManager } from './manager/manager-fixtures';
import { report } from './overlay-fixtures';

beforeEach(() => setUiLanguage('ru'));
afterEach(() => {
  cleanup();
  setUiLanguage('en');
});

describe('in Russian (forms and panels moved into the catalogs)', () => {
  it('the overlay’s correction form names its fields, choices, buttons and error in Russian', async () => {
    const onSubmit = vi.fn(async () => null);
    render(
      <ReadCorrection
        report={report({ figure: '4', sentence: 'Shot down 4 helicopters.', outlet: 'Vesti' })}
        onSubmit={onSubmit}
        onCancel={vi.fn()}
      />,
    );
    expect(screen.getByRole('form', { name: 'Исправить эту цифру издания Vesti' })).toBeTruthy();
    const side = screen.getByLabelText('Чьи потери') as HTMLSelectElement;
    expect([...side.options].map((o) => o.textContent)).toEqual([
      'Как прочитано',
      'Армянские потери',
      'Азербайджанские потери',
      'Не указано',
    ]);
    expect(screen.getByRole('button', { name: 'Отмена' })).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Верная цифра'), { target: { value: 'много' } });
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить исправление' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Верная цифра: введите целое число не меньше 0.',
    );
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('an import in progress says how far it is and offers to cancel it in Russian', async () => {
    const requests: string[] = [];
    const send = (async (request: { type: string }) => {
      requests.push(request.type);
      if (request.type === 'importProgress')
        return { ok: true, data: { done: 1200, total: 2500, cancelling: requests.includes('importCancel') } };
      return { ok: true, data: null };
    }) as unknown as Send;
    render(<ImportProgress send={send} fileName="big.json" progressId="p1" />);
    expect(await screen.findByText('Импортируем «big.json»: 1 200 из 2 500 записей')).toBeTruthy();
    expect(
      screen.getByText('Страницы, которые вы тем временем откроете, получат отметки в первую очередь.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Отменить импорт' }));
    expect(
      await screen.findByText('Отменяем импорт «big.json»: возвращаем хранилище в прежнее состояние…'),
    ).toBeTruthy();
    expect(requests).toContain('importCancel');
  });

  it('the Import & export tab offers its exports, reads a pack and says what it imported in Russian', async () => {
    renderManager({ initialHash: '#transfer' });
    setUiLanguage('ru');
    await screen.findByRole('heading', { name: 'Импорт пакета заявлений' });
    expect(screen.getByRole('heading', { name: 'Экспорт' })).toBeTruthy();
    expect(await screen.findByLabelText('Всё хранилище (11 заявлений)')).toBeTruthy();
    expect(
      await screen.findByLabelText('Заявления, которые показывают фильтры (11 заявлений): фильтры не заданы'),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Скачать пакет заявлений (JSON)' })).toBeTruthy();
    const pack = fixtureFullPack();
    pack.claims.push({ ...pack.claims[0]!, id: 'extra#helicopters_downed@26', value: 7 });
    const input = screen.getByLabelText('Выберите файл пакета заявлений (.json) или перетащите его сюда');
    const file = new File([JSON.stringify(pack)], 'good.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    const importButton = await screen.findByRole('button', { name: 'Импортировать' });
    expect(screen.getByRole('heading', { name: 'Что изменит импорт «good.json»' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Изменения, которые внесёт импорт' });
    expect([...table.querySelectorAll('th')].map((th) => th.textContent)).toEqual([
      'Вид записи',
      'Добавлено',
      'Обновлено',
      'Без изменений',
      'В конфликте с вашими',
      'Заявления',
      'Источники',
      'Тексты статей',
    ]);
    expect(screen.getByRole('button', { name: 'Отмена' })).toBeTruthy();
    fireEvent.click(importButton);
    const done = await screen.findByText(/^Импортирован «good\.json»/, { selector: 'p' });
    expect(done.textContent).toMatch(/^Импортирован «good\.json»: добавлено: 1 заявление, обновлено: 0; /);
  });

  it('the reset panel asks, warns and reports in Russian', async () => {
    renderManager({ initialHash: '#storage' });
    setUiLanguage('ru');
    await screen.findByRole('heading', { name: 'Сброс к исходному набору' });
    expect((await screen.findByLabelText(/^Занято 2,4 МБ из 9,5 МБ, разрешённых браузером/)).tagName).toBe(
      'METER',
    );
    expect(screen.getByLabelText('Добавленные вами заявления (0)')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Сбросить к исходному набору…' }));
    const confirm = await screen.findByRole('region', { name: 'Сбросить хранилище?' });
    await waitFor(() =>
      expect(confirm.textContent).toContain(
        'Заменено исходным набором: 11 заявлений; ваших сохранится: 0 заявлений.',
      ),
    );
    fireEvent.click(within(confirm).getByRole('button', { name: 'Сбросить сейчас' }));
    expect((await screen.findByText(/^В хранилище снова исходный набор/)).textContent).toMatch(
      /^В хранилище снова исходный набор \(записано: \d+ заявлени[еяй] исходного набора\)\.$/,
    );
  });
});
