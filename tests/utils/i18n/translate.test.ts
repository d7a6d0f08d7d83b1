import { afterEach, describe, expect, it } from 'vitest';
import { ablativeEnding } from '../../../utils/i18n/ablative';
import { matchUiLanguage, resolveLanguage } from '../../../utils/i18n/languages';
import { claimantLabel, eraLabel, metricLabel, packLabel } from '../../../utils/i18n/pack-labels';
import { formatNumber, onUiLanguageChange, setUiLanguage, t, tn } from '../../../utils/i18n/translate';
import { QUALIFIER_LABELS, SIDE_LOSSES } from '../../../utils/labels';
import { formatValue, overlayTitle, summaryLine } from '../../../utils/overlay/format';
import { periodLabel } from '../../../utils/overlay/period-label';

afterEach(() => setUiLanguage('en'));

describe('plural forms', () => {
  it('Russian has one, few and many: 1 сообщение, 3 сообщения, 5 сообщений, 21 сообщение', () => {
    setUiLanguage('ru');
    expect([1, 3, 5, 11, 21, 22, 25, 111].map((n) => tn('popup.reportCount', n))).toEqual([
      '1 сообщение',
      '3 сообщения',
      '5 сообщений',
      '11 сообщений',
      '21 сообщение',
      '22 сообщения',
      '25 сообщений',
      '111 сообщений',
    ]);
  });

  it('English, German and French say one and other; French counts 0 and 1 as one', () => {
    expect([1, 2].map((n) => tn('popup.reportCount', n))).toEqual(['1 report', '2 reports']);
    setUiLanguage('de');
    expect([1, 2].map((n) => tn('popup.reportCount', n))).toEqual(['1 Bericht', '2 Berichte']);
    setUiLanguage('fr');
    expect([0, 1, 2].map((n) => tn('popup.reportCount', n))).toEqual([
      '0 mention',
      '1 mention',
      '2 mentions',
    ]);
  });

  it('Turkish, Azerbaijani and Armenian keep the noun singular after a number', () => {
    setUiLanguage('tr');
    expect(tn('popup.reportCount', 5)).toBe('5 haber');
    setUiLanguage('az');
    expect(tn('popup.reportCount', 5)).toBe('5 xəbər');
    setUiLanguage('hy');
    expect(tn('popup.reportCount', 5)).toBe('5 հաղորդում');
  });
});

describe('numbers, dates and words in the UI language', () => {
  it('groups digits the language’s way', () => {
    expect(formatNumber(800000, 'en')).toBe('800,000');
    expect(formatNumber(800000, 'de')).toBe('800.000');
    expect(formatNumber(800000, 'ru')).toBe('800\u00a0000');
    setUiLanguage('ru');
    expect(formatValue(800000, 'about')).toBe('около 800\u00a0000');
  });

  it('writes periods with the language’s month names; English keeps "27 Sep 2020"', () => {
    expect(periodLabel('2020-09-27')).toBe('27 Sep 2020');
    setUiLanguage('ru');
    expect(periodLabel('2020-09-27')).toMatch(/^27 сент\. 2020\sг\.$/);
    expect(periodLabel('2020-10-01/2020-10-03')).toMatch(/^1–3 окт\. 2020\sг\.$/);
    setUiLanguage('de');
    expect(periodLabel('2020-09')).toBe('Sept. 2020');
  });

  it('fills placeholders and falls back to the key’s English when asked in English', () => {
    setUiLanguage('ru');
    expect(t('popup.markOn', { site: 'news.example' })).toBe('Отмечать цифры на news.example');
    setUiLanguage('en');
    expect(t('popup.markOn', { site: 'news.example' })).toBe('Mark figures on news.example');
  });

  it('word tables read the language at each use', () => {
    expect(QUALIFIER_LABELS.at_least).toBe('at least');
    setUiLanguage('az');
    expect(QUALIFIER_LABELS.at_least).toBe('ən azı');
    expect(SIDE_LOSSES.ARM).toBe('Erməni itkiləri');
  });

  it('the summary line and the heading read naturally in Russian', () => {
    setUiLanguage('ru');
    expect(summaryLine({ distinctValues: 3, claimants: 2, reports: 5, values: [1, 2, null] } as never)).toBe(
      '3 цифры от 2 заявителей в 5 сообщениях: 1, 2, неточно',
    );
    expect(overlayTitle('AZ', 'сбитые вертолёты', null)).toBe('Сбитые вертолёты (азербайджанские потери)');
  });

  it('tells listeners of a language change, once per change', () => {
    const heard: string[] = [];
    const stop = onUiLanguageChange((language) => heard.push(language));
    setUiLanguage('it');
    setUiLanguage('it');
    setUiLanguage('hy');
    stop();
    setUiLanguage('en');
    expect(heard).toEqual(['it', 'hy']);
  });
});

describe('the browser’s language', () => {
  it('picks the first supported tag, by its language', () => {
    expect(matchUiLanguage(['pt-BR', 'ru-RU', 'en'])).toBe('ru');
    expect(matchUiLanguage(['az-Latn-AZ'])).toBe('az');
    expect(matchUiLanguage(['ja'])).toBe('en');
    expect(resolveLanguage('hy', ['de'])).toBe('hy');
    expect(resolveLanguage('browser', ['de-AT'])).toBe('de');
  });
});

describe('Turkish and Azerbaijani "more than"', () => {
  it('takes the ablative ending the number’s last word calls for', () => {
    expect([3, 6, 10, 14, 40, 100, 1000, 2_000_000].map((n) => ablativeEnding(n, 'tr'))).toEqual([
      "'ten",
      "'dan",
      "'dan",
      "'ten",
      "'tan",
      "'den",
      "'den",
      "'dan",
    ]);
    expect([6, 14, 30, 50].map((n) => ablativeEnding(n, 'az'))).toEqual(['-dan', '-dən', '-dan', '-dən']);
    setUiLanguage('tr');
    expect(formatValue(40, 'more_than')).toBe("40'tan fazla");
    setUiLanguage('az');
    expect(formatValue(16, 'more_than')).toBe('16-dan çox');
  });
});

describe('the topic pack’s labels', () => {
  it('reads "Armenia’s Ministry of Defence" in the reader’s language, English otherwise', () => {
    const english = "Armenia's Ministry of Defence";
    expect(claimantLabel('arm_mod', english, 'ru')).toBe('Минобороны Армении');
    expect(claimantLabel('arm_mod', english, 'az')).toBe('Ermənistan Müdafiə Nazirliyi');
    expect(claimantLabel('arm_mod', english, 'en')).toBe(english);
    setUiLanguage('ru');
    expect(packLabel(english)).toBe('Минобороны Армении');
    expect(packLabel('a claimant the reader added')).toBe('a claimant the reader added');
    expect(metricLabel('helicopters_downed', 'helicopters shot down')).toBe('сбитые вертолёты');
    expect(eraLabel('war_2020', '2020 war')).toBe('война 2020 года');
  });
});
