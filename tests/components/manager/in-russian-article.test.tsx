// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setUiLanguage } from '../../../utils/i18n/translate';
import { renderManager } from './manager-fixtures';

beforeEach(() => setUiLanguage('ru'));
afterEach(() => {
  cleanup();
  setUiLanguage('en');
});

const article = `Armenia's defence ministry said on Tuesday that its forces had shot down three Azerbaijani helicopters near Hadrut.
Azerbaijan denied it. Nagorno-Karabakh officials said 12 civilians had been killed in Stepanakert.`;

describe('in Russian (Add an article)', () => {
  it('finds, corrects and saves an article’s figures with every word in Russian', async () => {
    renderManager({ initialHash: '#add' });
    setUiLanguage('ru');
    expect(await screen.findByRole('heading', { name: 'Добавить статью' })).toBeTruthy();
    expect(screen.getByText(/^Чтобы взять статью прямо из вкладки/).textContent).toContain(
      '«Открыть менеджер хранилища»',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Найти цифры' }));
    expect(
      (await screen.findAllByText('Текст статьи: сначала вставьте текст статьи.')).length,
    ).toBeGreaterThan(0);
    fireEvent.input(screen.getByLabelText('Текст статьи'), { target: { value: article } });
    fireEvent.click(screen.getByRole('button', { name: 'Найти цифры' }));
    await screen.findByRole('heading', { name: /^Найден[оы]? \d+ цифр[аы]?: проверьте каждую$/ });
    const figures = [...document.querySelectorAll<HTMLElement>('fieldset.ct-review')];
    const legendOf = (f: HTMLElement) => f.querySelector('legend')?.textContent ?? '';
    expect(figures.map(legendOf).every((legend) => /^Цифра \d+: «/.test(legend))).toBe(true);
    const heli = figures.find((f) => legendOf(f).includes('helicopters')) as HTMLElement;
    expect(within(heli).getByLabelText('Показатель')).toBeTruthy();
    expect(within(heli).getByLabelText('Чьи потери')).toBeTruthy();
    expect(within(heli).getByLabelText('Заявитель')).toBeTruthy();
    fireEvent.input(within(heli).getByLabelText('Значение'), { target: { value: 'много' } });
    const civilians = figures.find((f) => legendOf(f).includes('civilians')) as HTMLElement;
    fireEvent.click(within(civilians).getByLabelText('Сохранить эту цифру'));
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить статью и 1 цифру' }));
    expect(
      (await screen.findAllByText('Заголовок: дайте статье название; подойдёт её заголовок.')).length,
    ).toBeGreaterThan(0);
    expect(screen.getAllByText(/^Цифра \d+, значение: введите число не меньше 0\.$/).length).toBeGreaterThan(
      0,
    );
    fireEvent.input(within(heli).getByLabelText('Значение'), { target: { value: '4' } });
    expect(within(heli).getByText('исправлено')).toBeTruthy();
    const fields = screen.getByRole('heading', { name: 'Откуда статья' }).nextElementSibling as HTMLElement;
    expect(within(fields).getByText('Кто опубликовал; пусто, если страница его не называет.')).toBeTruthy();
    expect(within(fields).getByLabelText('Другой источник (печать, файл)')).toBeTruthy();
    fireEvent.input(within(fields).getByLabelText('Заголовок'), { target: { value: 'Hadrut report' } });
    fireEvent.input(within(fields).getByLabelText('Опубликовано'), { target: { value: '6 октября' } });
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить статью и 1 цифру' }));
    expect(
      (await screen.findAllByText('Опубликовано: используйте вид ГГГГ-ММ-ДД, например 2020-09-27.')).length,
    ).toBeGreaterThan(0);
    fireEvent.input(within(fields).getByLabelText('Опубликовано'), { target: { value: '2020-10-06' } });
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить статью и 1 цифру' }));
    const saved = await screen.findByText(/^Статья «Hadrut report» сохранена с 1 цифрой\./, {
      selector: 'p',
    });
    expect(saved.textContent).toBe(
      'Статья «Hadrut report» сохранена с 1 цифрой. Прочитать её с отмеченными цифрами или показать её заявления.',
    );
    expect(within(saved).getByRole('link', { name: 'Прочитать её с отмеченными цифрами' })).toBeTruthy();
  });

  it('says in Russian when the tab it came from cannot be reached', async () => {
    renderManager({ initialHash: '#add', takeTabArticle: vi.fn(async () => null) });
    setUiLanguage('ru');
    fireEvent.click(await screen.findByRole('button', { name: 'Взять статью из вкладки, откуда вы пришли' }));
    const problem = await screen.findByText(/^Crosstally не удалось связаться со страницей в той вкладке\./);
    expect(problem.getAttribute('role')).toBe('alert');
    expect(problem.textContent).toMatch(/ вставьте её текст ниже\.$/);
  });
});
