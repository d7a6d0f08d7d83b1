import { describe, expect, it } from 'vitest';
import {
  type ClaimFormValues,
  checkClaimAdd,
  checkClaimEdit,
  claimErrorsFromIssues,
  claimToForm,
  EMPTY_CLAIM_FORM,
} from '../../../utils/claim-form/claim-form';
import { isIsoDate, parseFigureValue } from '../../../utils/claim-form/fields';
import {
  checkSourceForm,
  EMPTY_SOURCE_FORM,
  sourceErrorsFromIssues,
} from '../../../utils/manager/source-form';
import { fixtureFullPack } from '../store/helpers';

const armMod = { id: 'arm_mod', label: "Armenia's Ministry of Defence", party: 'ARM' as const };
const claimants = [armMod];

const filled: ClaimFormValues = {
  ...EMPTY_CLAIM_FORM,
  metric: 'helicopters_downed',
  value: '1,200',
  claimantId: 'arm_mod',
  side: 'AZ',
  sourceId: 'src',
  quote: 'Armenia said it downed 1,200 helicopters.',
  figureText: '1,200 helicopters',
};

describe('fields', () => {
  it('reads numbers as people type them, and real dates only', () => {
    expect(parseFigureValue(' 1,200 ')).toBe(1200);
    expect(parseFigureValue('2.5')).toBe(2.5);
    expect(parseFigureValue('')).toBeNull();
    expect(parseFigureValue('-3')).toBeNaN();
    expect(parseFigureValue('two')).toBeNaN();
    expect(isIsoDate('2020-09-27')).toBe(true);
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('27/09/2020')).toBe(false);
  });
});

describe('the claim form', () => {
  it('turns a filled form into a new claim', () => {
    const result = checkClaimAdd(filled, claimants);
    expect(result).toEqual({
      ok: true,
      value: {
        metric: 'helicopters_downed',
        value: 1200,
        qualifier: 'exact',
        side: 'AZ',
        claimant: armMod,
        period: null,
        sourceId: 'src',
        quote: filled.quote,
        figureText: '1,200 helicopters',
      },
    });
  });

  it('names every bad field, each message starting with its label', () => {
    const result = checkClaimAdd(
      {
        ...EMPTY_CLAIM_FORM,
        value: 'many',
        claimantId: 'ghost',
        period: '2020-9-1',
        quote: 'Two tanks.',
        figureText: 'three tanks',
      },
      claimants,
    );
    if (result.ok) throw new Error('expected errors');
    expect(Object.keys(result.errors).sort()).toEqual([
      'claimantId',
      'figureText',
      'metric',
      'period',
      'sourceId',
      'value',
    ]);
    expect(result.errors.value).toMatch(/^Value: /);
    expect(result.errors.period).toMatch(/^Period: /);
    expect(result.errors.figureText).toMatch(/^Figure text: these words are not in the quote/);
    expect(result.errors.claimantId).toMatch(/^Claimant: /);
  });

  it('asks for a number unless the figure is vague, and no number when it is', () => {
    const noValue = checkClaimEdit({ ...filled, value: '' }, claimants);
    expect(noValue.ok || noValue.errors.value).toMatch(/vague/);
    expect(checkClaimEdit({ ...filled, value: '', qualifier: 'vague' }, claimants)).toMatchObject({
      ok: true,
      value: { value: null },
    });
    const both = checkClaimEdit({ ...filled, qualifier: 'vague' }, claimants);
    expect(both.ok || both.errors.value).toMatch(/^Value: a vague figure has no number/);
  });

  it('round-trips a stored claim through the form unchanged', () => {
    const claim = fixtureFullPack().claims[0]!;
    const result = checkClaimEdit(claimToForm(claim), [claim.claimant!]);
    expect(result).toEqual({
      ok: true,
      value: {
        metric: claim.metric,
        value: claim.value,
        qualifier: claim.qualifier,
        side: claim.side,
        claimant: claim.claimant,
        period: claim.period,
        note: '',
      },
    });
  });

  it("maps the store's issues to the form's fields", () => {
    const { errors, other } = claimErrorsFromIssues([
      'request.claim.value: expected number, received string',
      'claim.claimant.id: too long',
      'claim.figureText: not found in the quote',
      'request: something else',
    ]);
    expect(errors).toEqual({
      value: 'Value: expected number, received string',
      claimantId: 'Claimant: too long',
      figureText: 'Figure text: not found in the quote',
    });
    expect(other).toEqual(['request: something else']);
  });
});

describe('the source form', () => {
  it('turns a filled form into a source, empty fields as null', () => {
    expect(checkSourceForm({ ...EMPTY_SOURCE_FORM, label: '  Daily story ', outlet: '' })).toEqual({
      ok: true,
      value: {
        label: 'Daily story',
        outlet: null,
        url: null,
        publishedDate: null,
        language: 'en',
        kind: 'web',
      },
    });
  });

  it('refuses unsafe addresses and malformed dates, naming the field', () => {
    const result = checkSourceForm({
      ...EMPTY_SOURCE_FORM,
      label: '',
      url: 'javascript:alert(1)',
      publishedDate: 'yesterday',
      language: 'english!',
    });
    if (result.ok) throw new Error('expected errors');
    expect(result.errors).toEqual({
      label: expect.stringMatching(/^Title: /),
      url: expect.stringMatching(/^Address \(URL\): .*https?:\/\//),
      publishedDate: expect.stringMatching(/^Published: /),
      language: expect.stringMatching(/^Language: /),
    });
    expect(sourceErrorsFromIssues(['source.url: expected an http(s) URL']).errors).toEqual({
      url: 'Address (URL): expected an http(s) URL',
    });
  });
});
