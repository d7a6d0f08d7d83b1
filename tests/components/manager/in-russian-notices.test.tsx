// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorText } from '../../../utils/i18n/error-text';
import { setUiLanguage } from '../../../utils/i18n/translate';
import { errorOf } from '../../../utils/manager/client';
import { undoDeleteNotes } from '../../../utils/manager/undo';
import { renderManager } from './manager-fixtures';

beforeEach(() => setUiLanguage('ru'));
afterEach(() => {
  cleanup();
  setUiLanguage('en');
});

describe('in Russian (the manager’s own notices)', () => {
  it('says in Russian that a broken gzip pack could not be unpacked', async () => {
    renderManager({ initialHash: '#transfer' });
    setUiLanguage('ru');
    const input = await screen.findByLabelText(
      'Выберите файл пакета заявлений (.json) или перетащите его сюда',
    );
    const file = new File([new Uint8Array([0x1f, 0x8b, 1, 2, 3])], 'cut.json.gz', {
      type: 'application/gzip',
    });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    expect(
      await screen.findByText(
        /Этот файл похож на сжатый gzip, но распаковать его не удалось \(возможно, он обрезан\)\./,
      ),
    ).toBeTruthy();
  });

  it('says what an undone delete did not put back, and an unexpected failure, in Russian', () => {
    expect(undoDeleteNotes({ alreadyBack: 1, sourceGone: 5 } as Parameters<typeof undoDeleteNotes>[0])).toBe(
      '1 заявление не возвращено: другая вкладка или окно уже добавили его заново в нынешнем виде. ' +
        '5 заявлений не возвращено: их источник удалён в другой вкладке или окне.',
    );
    expect(errorText(errorOf(new Error('boom')))).toBe(
      'На этой странице что-то пошло не так. Ничего не изменено.',
    );
  });
});
