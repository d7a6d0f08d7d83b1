// @vitest-environment happy-dom
/**
 * The store's refusals in a Russian manager: the sentence and each bad field's reason in Russian
 * (paths as written in the file), and the store unchanged.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUiLanguage } from '../../../utils/i18n/translate';
import type { Send } from '../../../utils/manager/client';
import { failure } from '../../../utils/messaging/protocol';
import { claimCount, claimRow } from '../../../utils/store/claim-rows';
import { editClaim } from '../../../utils/store/manager/versions';
import { seedStore } from '../../../utils/store/seed';
import { fixtureFullPack, fixturePack, freshDb, must, snapshot } from '../../utils/store/helpers';
import { claimsLoaded, renderManager, storeSend } from './manager-fixtures';

/** "one of its helicopters": value 1. */
const ONE_HELICOPTER = 'fx-daily#helicopters_downed@45';

beforeEach(() => setUiLanguage('ru'));
afterEach(() => {
  cleanup();
  setUiLanguage('en');
});

function chooseFile(input: HTMLElement, name: string, text: string) {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

/** The claims list has shown its rows (in Russian, so not by the English "Showing" line). */
async function rowsShown() {
  await waitFor(() => expect(document.querySelectorAll('.ct-claim-row').length).toBeGreaterThan(0), {
    timeout: 5000,
  });
}

describe('the store’s errors in Russian', () => {
  it('import of a malformed file: the sentence and every reason in Russian, paths kept, nothing changed', async () => {
    const { db } = renderManager({ initialHash: '#transfer' });
    await screen.findByRole('heading', { name: 'Импорт пакета заявлений' });
    await waitFor(async () => expect(await claimCount(db)).toBe(11));
    const before = await snapshot(db);
    const pack = fixtureFullPack();
    const bad = {
      ...pack,
      sources: [{ ...pack.sources[0], url: 'javascript:alert(1)' }, ...pack.sources.slice(1)],
      claims: [
        { ...pack.claims[0], value: 'two', extra: 1 },
        { ...pack.claims[1], period: '2020-13' },
      ],
    };
    chooseFile(screen.getByLabelText(/Выберите файл пакета заявлений/), 'bad.json', JSON.stringify(bad));
    const heading = await screen.findByText('Из «bad.json» ничего не импортировано.');
    const alert = heading.closest('[role="alert"]') as HTMLElement;
    expect(alert.textContent).toContain(
      'Неверных полей в пакете заявлений: 4. Первое: sources[0].url: ожидался URL http(s)',
    );
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'sources[0].url: ожидался URL http(s)',
      'claims[0].value: ожидался тип number, получен string',
      'claims[0]: неизвестный ключ: "extra"',
      `claims[1].period: ожидался период в записи ISO 8601: день (2020-09-27), месяц (2016-04), год (2020) или промежуток из двух (2020-09-27/2020-10-10, 1988/1994) (заявление "${pack.claims[1]!.id}")`,
    ]);
    expect(alert.textContent).not.toMatch(/expected|invalid field/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a file that is not JSON, then one of another version: each refusal in Russian', async () => {
    renderManager({ initialHash: '#transfer' });
    const input = await screen.findByLabelText(/Выберите файл пакета заявлений/);
    chooseFile(input, 'notes.json', '{ not json');
    const first = await screen.findByText('Из «notes.json» ничего не импортировано.');
    expect(first.closest('[role="alert"]')?.textContent).toMatch(
      /Этот файл не в формате JSON, значит, это не пакет заявлений \(первая ошибка — строка 1, столбец \d+\)\./,
    );
    chooseFile(input, 'v9.json', JSON.stringify({ format: 'crosstally-claim-pack', version: 9 }));
    const second = await screen.findByText('Из «v9.json» ничего не импортировано.');
    const alert = second.closest('[role="alert"]') as HTMLElement;
    expect(alert.textContent).toContain(
      'У этого пакета заявлений версия 9; этот Crosstally читает версии 1 и 2.',
    );
    expect(within(alert).getByRole('listitem').textContent).toBe(
      'version: ожидалась версия 1 или 2, получена 9',
    );
  });

  it('an undo over another tab’s later change: refused in Russian, the other tab’s change stands', async () => {
    // The edit is made in English (the editor's own words are another part's); the reader reads
    // Russian by the time the undo is refused.
    setUiLanguage('en');
    const db = freshDb();
    await seedStore(db, fixturePack(), 10);
    renderManager({ db });
    await claimsLoaded();
    fireEvent.click(screen.getByRole('button', { name: /^Edit: 1 / }));
    const editor = within(await screen.findByRole('region', { name: 'Edit claim' }));
    fireEvent.input(editor.getByLabelText('Value'), { target: { value: '4' } });
    fireEvent.click(editor.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByText(/^Saved your changes/)).toBeTruthy());
    await editClaim(db, ONE_HELICOPTER, 2, { note: 'tab B' });
    const undo = screen.getByRole('button', { name: 'Undo' });
    setUiLanguage('ru');
    fireEvent.click(undo);
    await screen.findByText(
      'Не отменено: «one of its helicopters» с тех пор изменили в другой вкладке или окне. Ничего не изменено.',
    );
    expect(must(await claimRow(db, ONE_HELICOPTER))).toMatchObject({ value: 4, note: 'tab B' });
  });

  it('a full disk: the browser’s refusal in Russian, with the advice, and nothing deleted', async () => {
    const db = freshDb();
    const real = storeSend(db);
    const full: Send = (async (request: { type: string }) =>
      request.type === 'deleteClaims' ? failure('quota', 'error.quota') : real(request as never)) as Send;
    renderManager({ db, send: full });
    await rowsShown();
    fireEvent.click(screen.getAllByRole('button', { name: /^Удалить:/ })[0] as HTMLElement);
    const sentence = await screen.findByText(
      'Браузер отказался сохранять больше данных (хранилище заполнено). Ничего не изменено.',
    );
    expect(sentence.closest('[role="alert"]')?.textContent).toMatch(
      /^Хранилище заполнено\. Браузер отказался/,
    );
    expect(await claimCount(db)).toBe(11);
  });
});
