// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadCorrection } from '../../components/ReadCorrection';
import { setUiLanguage } from '../../utils/i18n/translate';
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
    expect((await screen.findByRole('alert')).textContent).toBe('Верная цифра: введите целое число не меньше 0.');
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
