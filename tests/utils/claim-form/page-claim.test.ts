import { describe, expect, it } from 'vitest';
import {
  type ClaimFormValues,
  claimErrorsFromIssues,
  EMPTY_CLAIM_FORM,
} from '../../../utils/claim-form/claim-form';
import {
  buildClaim,
  type FixedClaimParts,
  PAGE_CLAIM_LABELS,
  webSourceId,
} from '../../../utils/claim-form/page-claim';
import { armMod } from '../../components/overlay-fixtures';

const QUOTE = "Armenia's defence ministry said it shot down 2 Azerbaijani helicopters.";
const values: ClaimFormValues = {
  ...EMPTY_CLAIM_FORM,
  quote: QUOTE,
  value: '2',
  qualifier: 'exact',
  metric: 'helicopters_downed',
  side: 'AZ',
  claimantId: 'arm_mod',
  outlet: ' Caspian Business Wire ',
  url: 'https://cbw.example/markets/oil',
  publishedDate: '2020-10-05',
  period: '',
};
const fixed: FixedClaimParts = {
  figureText: '2 Azerbaijani helicopters',
  quoteFigureStart: QUOTE.indexOf('2 Azerbaijani'),
  selector: { exact: '2 Azerbaijani helicopters', prefix: 'said it shot down ', suffix: '.' },
  start: 140,
  end: 165,
  pageTitle: 'Oil prices edge higher',
  language: 'en',
  claimants: [armMod],
};

describe('turning the form into a claim', () => {
  it('builds the claim and its web source from the form and the page', () => {
    const built = buildClaim(values, fixed);
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    expect(built.claim).toEqual({
      metric: 'helicopters_downed',
      value: 2,
      qualifier: 'exact',
      side: 'AZ',
      claimant: armMod,
      sourceId: webSourceId(values.url),
      quote: QUOTE,
      quoteFigureStart: fixed.quoteFigureStart,
      quoteFigureEnd: fixed.quoteFigureStart + fixed.figureText.length,
      selector: fixed.selector,
      start: 140,
      end: 165,
      period: null,
    });
    expect(built.source).toEqual({
      id: webSourceId(values.url),
      label: 'Oil prices edge higher',
      outlet: 'Caspian Business Wire',
      url: values.url,
      language: 'en',
      publishedDate: '2020-10-05',
    });
  });

  it('follows the figure when the reader shortens the quote, and refuses a quote without it', () => {
    const shorter = buildClaim(
      { ...values, quote: 'The ministry shot down 2 Azerbaijani helicopters.' },
      fixed,
    );
    expect(shorter.ok && [shorter.claim.quoteFigureStart, shorter.claim.quoteFigureEnd]).toEqual([23, 48]);
    const without = buildClaim({ ...values, quote: 'The ministry said something else.' }, fixed);
    expect(without).toEqual({
      ok: false,
      errors: { quote: expect.stringContaining('2 Azerbaijani helicopters') },
    });
  });

  it('asks for a number unless the figure is marked unstated', () => {
    expect(buildClaim({ ...values, value: ' ' }, fixed)).toMatchObject({
      ok: false,
      errors: { value: expect.any(String) },
    });
    const vague = buildClaim({ ...values, value: '', qualifier: 'vague' }, fixed);
    expect(vague.ok && vague.claim.value).toBeNull();
    const grouped = buildClaim({ ...values, value: '1,200' }, fixed);
    expect(grouped.ok && grouped.claim.value).toBe(1200);
  });

  it('keeps claimant and outlet apart: no claimant, no outlet are both null', () => {
    const built = buildClaim({ ...values, claimantId: '', outlet: '' }, fixed);
    expect(built.ok && [built.claim.claimant, built.source.outlet]).toEqual([null, null]);
  });

  it('gives one source id per address', () => {
    expect(webSourceId('https://a.example/x')).toBe(webSourceId('https://a.example/x'));
    expect(webSourceId('https://a.example/x')).not.toBe(webSourceId('https://a.example/y'));
    expect(webSourceId('https://a.example/x')).toMatch(/^web:[0-9a-f]{16}$/);
  });
});

describe('putting the store’s validation errors on their fields', () => {
  it('maps request and store paths to form fields and keeps the rest', () => {
    const { errors, other } = claimErrorsFromIssues(
      [
        'request.source.url: expected an http(s) URL',
        'claim.quoteFigureEnd: too big',
        'request.claim.claimant.party: invalid option',
        'source.publishedDate: expected an ISO date (YYYY-MM-DD)',
        'request.claim.sourceId: too long',
      ],
      PAGE_CLAIM_LABELS,
    );
    expect(errors).toEqual({
      url: 'Page address: expected an http(s) URL',
      quote: 'Quote: too big',
      claimantId: 'Claimant: invalid option',
      publishedDate: 'Published: expected an ISO date (YYYY-MM-DD)',
    });
    expect(other).toEqual(['claim.sourceId: too long']);
  });
});
