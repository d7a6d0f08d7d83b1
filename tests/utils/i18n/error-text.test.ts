import { afterEach, describe, expect, it } from 'vitest';
import { errorText, issueTexts } from '../../../utils/i18n/error-text';
import { setUiLanguage } from '../../../utils/i18n/translate';
import { failure } from '../../../utils/messaging/protocol';
import { StoreError } from '../../../utils/store/errors';

afterEach(() => setUiLanguage('en'));

/** A refusal as the UI receives it: through the protocol, as plain data. */
const received = (error: StoreError) =>
  structuredClone(failure(error.code, error.key, error.params, error.reasons).error);

describe('errors in the reader’s language', () => {
  const invalid = new StoreError('invalid', 'error.invalidClaim', {}, [
    {
      path: 'claim.value',
      key: 'error.issue.invalidType',
      params: { expected: 'number', received: 'string' },
    },
    { path: 'claim.period', key: 'error.issue.period', claim: 'a#b@1' },
  ]);

  it('renders the key in the UI language, the first issue inside the sentence, paths as they are', () => {
    setUiLanguage('de');
    expect(errorText(received(invalid))).toBe(
      'Ungültige Angabe: claim.value: erwartet number, erhalten string',
    );
    setUiLanguage('ru');
    expect(issueTexts(received(invalid))).toEqual([
      'claim.value: ожидался тип number, получен string',
      'claim.period: ожидался период в записи ISO 8601: день (2020-09-27), месяц (2016-04), год (2020) или промежуток из двух (2020-09-27/2020-10-10, 1988/1994) (заявление "a#b@1")',
    ]);
  });

  it('writes numbers and lists in the UI language', () => {
    setUiLanguage('ru');
    const versions = new StoreError('wrong-format', 'error.wrongVersion', {
      seen: '9',
      versions: { list: [1, 2], joined: 'and' },
    });
    expect(errorText(received(versions))).toBe(
      'У этого пакета заявлений версия 9; этот Crosstally читает версии 1 и 2.',
    );
    const more = new StoreError('invalid-pack', 'error.invalidPack', { count: 1234 }, [
      { path: '', key: 'error.issue.andMore', params: { count: 1184 } },
    ]);
    expect(errorText(received(more))).toBe(
      'Неверных полей в пакете заявлений: 1\u00a0234. Первое: …и ещё 1\u00a0184',
    );
  });

  it('keeps English as the store wrote it, and shows an error without a known key as it came', () => {
    expect(errorText(received(invalid))).toBe(invalid.message);
    expect(issueTexts(received(invalid))).toEqual(invalid.issues);
    setUiLanguage('ru');
    expect(errorText({ message: 'A page’s own words', key: 'error.noSuchKey' })).toBe('A page’s own words');
    expect(issueTexts({ issues: ['a: b'], reasons: [{ path: 'a', key: 'error.nope' as never }] })).toEqual([
      'a: b',
    ]);
  });
});
