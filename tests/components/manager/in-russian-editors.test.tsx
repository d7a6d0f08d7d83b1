// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AddClaimForm } from '../../../components/AddClaimForm';
import { ClaimConflict, fieldText } from '../../../components/manager/ClaimConflict';
import type { ManagerEnv } from '../../../components/manager/manager-env';
import { SourceEditor } from '../../../components/manager/SourceEditor';
import { claimToForm } from '../../../utils/claim-form/claim-form';
import { buildClaim } from '../../../utils/claim-form/page-claim';
import { setUiLanguage, t } from '../../../utils/i18n/translate';
import type { Send } from '../../../utils/manager/client';
import type { Claim } from '../../../utils/store/types';
import { fixtureFullPack } from '../../utils/store/helpers';
import { claimants, formValues, metrics } from '../check-fixtures';
import { renderManager } from './manager-fixtures';

beforeEach(() => setUiLanguage('ru'));
afterEach(() => {
  cleanup();
  setUiLanguage('en');
});

describe('in Russian (the claim and source editors, the page’s claim form)', () => {
  it('adds a claim by hand: labels, hints, choices and field errors in Russian', async () => {
    renderManager();
    setUiLanguage('ru');
    await waitFor(() => expect(document.querySelectorAll('.ct-claim-row').length).toBeGreaterThan(0));
    fireEvent.click(screen.getByRole('button', { name: 'Добавить заявление' }));
    const editor = within(await screen.findByRole('region', { name: 'Добавить заявление' }));
    const source = editor.getByLabelText('Источник') as HTMLSelectElement;
    await waitFor(() => expect(source.options[0]?.textContent).toBe('Выберите источник…'));
    expect(
      editor.getByText('Статья, в которой сообщается цифра. Новые статьи добавляются в разделе «Источники».'),
    ).toBeTruthy();
    expect((editor.getByLabelText('Показатель') as HTMLSelectElement).options[0]?.textContent).toBe(
      'Выберите, что считается…',
    );
    expect((editor.getByLabelText('Заявитель') as HTMLSelectElement).options[0]?.textContent).toBe(
      'Заявитель не назван',
    );
    expect(editor.getByText('Пусто для неточной цифры.')).toBeTruthy();
    expect(editor.getByLabelText('Примечание')).toBeTruthy();
    fireEvent.change(source, { target: { value: 'fx-repost' } });
    fireEvent.change(editor.getByLabelText('Показатель'), { target: { value: 'tanks_destroyed' } });
    fireEvent.input(editor.getByLabelText('Значение'), { target: { value: 'много' } });
    fireEvent.input(editor.getByLabelText('Цитата'), { target: { value: 'Six tanks burned near Fizuli.' } });
    fireEvent.input(editor.getByLabelText('Слова цифры'), { target: { value: 'seven tanks' } });
    fireEvent.click(editor.getByRole('button', { name: 'Добавить' }));
    await waitFor(() => expect(document.querySelector('.ct-error-summary')).toBeTruthy());
    const summary = within(document.querySelector('.ct-error-summary') as HTMLElement);
    expect(summary.getByText('Исправьте, пожалуйста, 2 поля:')).toBeTruthy();
    expect(summary.getByText('Значение: введите число не меньше 0, например 14 или 1 200.')).toBeTruthy();
    expect(
      summary.getByText(
        'Слова цифры: этих слов нет в цитате; скопируйте их точно так, как они там написаны.',
      ),
    ).toBeTruthy();
    expect(editor.getByRole('button', { name: 'Отмена' })).toBeTruthy();
  });

  it('shows another tab’s change to the claim being edited in Russian', () => {
    const base = fixtureFullPack().claims[0] as unknown as Claim;
    const current = { ...base, value: 7, note: undefined };
    render(
      <ClaimConflict
        env={{ metrics: [], claimants: [] }}
        conflict={{ kind: 'changed', current: { claim: current, version: 2 }, refused: true }}
        base={base}
        form={{ ...claimToForm(base), note: 'проверено', qualifier: 'about' }}
        busy={false}
        onReload={vi.fn()}
        onOverwrite={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    expect(
      screen.getByRole('heading', { name: 'Не сохранено: это заявление изменено в другой вкладке или окне' }),
    ).toBeTruthy();
    expect(screen.getByText('С тех пор как вы его открыли, там изменили:')).toBeTruthy();
    expect(document.querySelector('.ct-conflict-theirs')?.textContent).toBe(
      `Значение: «${base.value}» → «7»`,
    );
    expect([...document.querySelectorAll('.ct-conflict-mine li')].map((li) => li.textContent)).toEqual([
      `Точность: ${t(`qualifier.${base.qualifier}` as 'qualifier.exact')} → около`,
      'Примечание: (пусто) → «проверено»',
    ]);
    const env = {
      metrics: [{ id: 'tanks_destroyed', label: 'tanks destroyed' }],
      claimants: [{ id: 'arm_mod', label: "Armenia's Ministry of Defence", party: 'ARM' as const }],
    };
    const form = { ...claimToForm(base), metric: 'tanks_destroyed', claimantId: 'arm_mod' };
    expect(fieldText(env, 'metric', form)).toBe('уничтоженные танки');
    expect(fieldText(env, 'claimantId', form)).toBe('Минобороны Армении');
    expect(fieldText(env, 'claimantId', { ...form, claimantId: '' })).toBe('заявитель не назван');
    expect(screen.getByRole('button', { name: 'Загрузить заявление заново' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Перезаписать моими изменениями' })).toBeTruthy();
  });

  it('adds a source in Russian, naming what to fix first', async () => {
    const notify = vi.fn();
    const send = (async () => ({ ok: true, data: null })) as unknown as Send;
    const env = { send, notify, changed: vi.fn(), report: vi.fn() } as unknown as ManagerEnv;
    render(<SourceEditor env={env} source={null} onClose={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'Добавить источник' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Вид' })).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Адрес (URL)'), { target: { value: 'ftp://x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Добавить' }));
    const summary = within(await screen.findByRole('alert'));
    expect(summary.getByText('Заголовок: дайте статье название; подойдёт её заголовок.')).toBeTruthy();
    expect(
      summary.getByText('Адрес (URL): укажите веб-адрес, начинающийся с http:// или https://.'),
    ).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Заголовок'), { target: { value: 'Сводка' } });
    fireEvent.input(screen.getByLabelText('Адрес (URL)'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Добавить' }));
    await waitFor(() => expect(notify).toHaveBeenCalledWith('Добавлен источник «Сводка».'));
  });

  it('the page’s “Add to the claim store” form shows its field checks in Russian', async () => {
    const quote = formValues.quote;
    const figureText = '4 Azerbaijani helicopters';
    const fixed = {
      figureText,
      quoteFigureStart: quote.indexOf(figureText),
      selector: { exact: figureText, prefix: 'shot down ', suffix: '.' },
      start: 0,
      end: figureText.length,
      pageTitle: 'Oil',
      language: 'en',
      claimants,
    };
    const onSave = vi.fn(async (values: typeof formValues) => {
      const built = buildClaim(values, fixed);
      return built.ok
        ? ({ ok: true } as const)
        : ({ ok: false, errors: built.errors, message: t('check.fixField') } as const);
    });
    render(
      <AddClaimForm
        offer={{ kind: 'form', values: formValues }}
        metrics={metrics}
        claimants={claimants}
        onSave={onSave}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Добавить в хранилище заявлений' }));
    fireEvent.input(screen.getByLabelText('Цифра'), { target: { value: '' } });
    fireEvent.input(screen.getByLabelText(/^Период/), { target: { value: 'прошлой осенью' } });
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить в хранилище заявлений' }));
    const value = screen.getByLabelText('Цифра');
    await waitFor(() => expect(value.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(value.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Цифра: введите число или выберите точность «неточно» для цифр вроде «десятки».',
    );
    const period = screen.getByLabelText(/^Период/);
    expect(document.getElementById(period.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(
      /^Период: /,
    );
  });
});
