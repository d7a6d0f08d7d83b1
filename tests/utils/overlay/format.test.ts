import { describe, expect, it } from 'vitest';
import {
  agreementLabel,
  encodeFragmentTerm,
  formatNumber,
  formatValue,
  overlayTitle,
  partyLabel,
  splitQuote,
  summaryLine,
  textFragmentUrl,
} from '../../../utils/overlay/format';
import type { ReportsSummary } from '../../../utils/store/types';

describe('overlayTitle', () => {
  it('names the side, what is counted and the date', () => {
    expect(overlayTitle('AZ', 'helicopters shot down', '27 Sep 2020')).toBe(
      'Azerbaijani helicopters shot down, 27 Sep 2020',
    );
    expect(overlayTitle('ARM', 'soldiers killed', '1 Oct 2020')).toBe('Armenian soldiers killed, 1 Oct 2020');
  });

  it('has no adjective without a side and no date without one', () => {
    expect(overlayTitle(null, 'civilians killed', null)).toBe('Civilians killed');
    expect(overlayTitle(null, 'deaths in the 1988–94 war', '1994')).toBe('Deaths in the 1988–94 war, 1994');
  });
});

describe('formatValue', () => {
  it('puts the qualifier before the number and groups thousands', () => {
    expect(formatValue(14, 'exact')).toBe('14');
    expect(formatValue(14, 'at_least')).toBe('at least 14');
    expect(formatValue(200, 'more_than')).toBe('more than 200');
    expect(formatValue(800000, 'about')).toBe('about 800,000');
    expect(formatValue(50, 'up_to')).toBe('up to 50');
  });

  it('takes a vague figure’s word from its text', () => {
    expect(formatValue(null, 'vague', 'dozens of helicopters')).toBe('dozens');
    expect(formatValue(null, 'vague', 'Hundreds of thousands of people')).toBe('hundreds of thousands');
    expect(formatValue(null, 'vague', 'several tanks')).toBe('several');
  });

  it('says the number is unstated when a vague figure has no recognisable word', () => {
    expect(formatValue(null, 'vague')).toBe('an unstated number');
    expect(formatValue(null, 'vague', 'helicopters')).toBe('an unstated number');
  });

  it('formats numbers with separators and keeps decimals', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(-30000)).toBe('-30,000');
  });
});

describe('summaryLine', () => {
  const summary = (over: Partial<ReportsSummary>): ReportsSummary => ({
    distinctValues: 3,
    claimants: 3,
    outlets: 5,
    reports: 7,
    values: [1, 2, 4],
    pageAgrees: false,
    ...over,
  });

  it('counts figures, claimants and reports and lists the values', () => {
    expect(summaryLine(summary({}))).toBe('3 figures from 3 claimants across 7 reports: 1, 2, 4');
  });

  it('uses singulars and lists vague values last as "vague"', () => {
    expect(summaryLine(summary({ distinctValues: 1, claimants: 1, reports: 1, values: [4] }))).toBe(
      '1 figure from 1 claimant across 1 report: 4',
    );
    expect(summaryLine(summary({ distinctValues: 2, values: [30000, null] }))).toBe(
      '2 figures from 3 claimants across 7 reports: 30,000, vague',
    );
  });

  it('leaves out claimants when no report names one', () => {
    expect(summaryLine(summary({ distinctValues: 1, claimants: 0, reports: 2, values: [5] }))).toBe(
      '1 figure across 2 reports: 5',
    );
  });
});

describe('labels', () => {
  it('names parties and agreement in words', () => {
    expect(partyLabel('AZ')).toBe('Azerbaijan');
    expect(partyLabel('NK')).toBe('Karabakh Armenians');
    expect(agreementLabel('same')).toBe('agrees');
    expect(agreementLabel('differs')).toBe('differs');
  });
});

describe('splitQuote', () => {
  it('cuts the quote around the figure', () => {
    expect(splitQuote('They downed 4 helicopters today.', 12, 25)).toEqual({
      before: 'They downed ',
      figure: '4 helicopters',
      after: ' today.',
    });
  });

  it('clamps offsets that fall outside the quote', () => {
    expect(splitQuote('abc', -5, 99)).toEqual({ before: '', figure: 'abc', after: '' });
    expect(splitQuote('abc', 2, 1)).toEqual({ before: 'ab', figure: '', after: 'c' });
  });
});

describe('textFragmentUrl', () => {
  const selector = {
    exact: '4 helicopters',
    prefix: 'istry said that forces downed ',
    suffix: ' and 15 drones on Sunday morn',
  };

  it('builds prefix-,exact,-suffix from whole context words', () => {
    expect(textFragmentUrl('https://news.example/a', selector)).toBe(
      'https://news.example/a#:~:text=said%20that%20forces%20downed-,4%20helicopters,-and%2015%20drones%20on',
    );
  });

  it('percent-encodes the directive’s own syntax characters', () => {
    expect(encodeFragmentTerm('Nagorno-Karabakh, A & B')).toBe('Nagorno%2DKarabakh%2C%20A%20%26%20B');
    const url = textFragmentUrl('https://x.example/', {
      exact: 'two-seat jets, 3 & more',
      prefix: '',
      suffix: '',
    });
    expect(url).toBe('https://x.example/#:~:text=two%2Dseat%20jets%2C%203%20%26%20more');
  });

  it('keeps an existing fragment and replaces an old text directive', () => {
    const sel = { exact: '14 tanks', prefix: ' ', suffix: ' ' };
    expect(textFragmentUrl('https://x.example/p#top', sel)).toBe('https://x.example/p#top:~:text=14%20tanks');
    expect(textFragmentUrl('https://x.example/p#:~:text=old', sel)).toBe(
      'https://x.example/p#:~:text=14%20tanks',
    );
  });

  it('keeps context that starts or ends on a word boundary and collapses line breaks', () => {
    const url = textFragmentUrl('https://x.example/', {
      exact: '4\n helicopters',
      prefix: '\nshot down ',
      suffix: ', officials said\n',
    });
    expect(url).toBe('https://x.example/#:~:text=shot%20down-,4%20helicopters,-%2C%20officials%20said');
  });

  it('returns the plain url when there is nothing to find', () => {
    expect(textFragmentUrl('https://x.example/', { exact: '  ', prefix: 'a', suffix: 'b' })).toBe(
      'https://x.example/',
    );
  });
});
