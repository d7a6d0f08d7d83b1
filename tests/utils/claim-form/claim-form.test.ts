import { describe, expect, it } from 'vitest';
import {
  CLAIM_FIELD_LABELS,
  checkClaimEdit,
  claimErrorsFromIssues,
  EMPTY_CLAIM_FORM,
} from '../../../utils/claim-form/claim-form';
import { buildClaim, PAGE_CLAIM_LABELS } from '../../../utils/claim-form/page-claim';

/** The same store issues, as both forms get them back from the background. */
const ISSUES = [
  'request.claim.value: expected number, received string',
  'claim.claimant.id: too long',
  'claim.quoteFigureStart: too big',
  'request.claim.period: expected a period in ISO 8601 notation',
  'source.url: expected an http(s) URL',
  'claim.figureText: not found in the quote',
];

describe('one mapping of store issues to claim-form fields', () => {
  it('puts an issue on the same field in both forms, under each form’s label', () => {
    const manager = claimErrorsFromIssues(ISSUES, CLAIM_FIELD_LABELS);
    const page = claimErrorsFromIssues(ISSUES, PAGE_CLAIM_LABELS);
    expect(manager.errors.value).toBe('Value: expected number, received string');
    expect(page.errors.value).toBe('Figure: expected number, received string');
    for (const form of [manager, page]) {
      expect(form.errors.claimantId).toMatch(/^Claimant: too long$/);
      expect(form.errors.quote).toBe('Quote: too big');
      expect(form.errors.period).toMatch(/^Period: expected a period in ISO 8601 notation/);
    }
  });

  it('leaves issues about fields a form does not show for its alert', () => {
    // The manager's claim form has no address; the page's form has no figure-text field.
    expect(claimErrorsFromIssues(ISSUES, CLAIM_FIELD_LABELS).other).toEqual([
      'source.url: expected an http(s) URL',
    ]);
    const page = claimErrorsFromIssues(ISSUES, PAGE_CLAIM_LABELS);
    expect(page.errors.url).toBe('Page address: expected an http(s) URL');
    expect(page.other).toEqual(['claim.figureText: not found in the quote']);
  });

  it('keeps the first issue of a field and never drops an unknown one', () => {
    const { errors, other } = claimErrorsFromIssues([
      'claim.value: too small',
      'claim.value: not an integer',
      'request: body too large',
    ]);
    expect(errors).toEqual({ value: 'Value: too small' });
    expect(other).toEqual(['request: body too large']);
  });
});

describe('one check of the figure’s fields in both forms', () => {
  const armMod = { id: 'arm_mod', label: "Armenia's Ministry of Defence", party: 'ARM' as const };
  const quote = 'The ministry said it shot down dozens of helicopters.';
  const fixed = {
    figureText: 'dozens of helicopters',
    quoteFigureStart: quote.indexOf('dozens'),
    selector: { exact: 'dozens of helicopters', prefix: 'shot down ', suffix: '.' },
    start: 0,
    end: 21,
    pageTitle: 'Page',
    language: 'en',
    claimants: [armMod],
  };
  const form = {
    ...EMPTY_CLAIM_FORM,
    metric: 'helicopters_downed',
    qualifier: 'vague' as const,
    value: '12',
    claimantId: 'ghost',
    period: '2020-02-30',
    quote,
    url: 'https://news.example/a',
  };

  it('refuses the same mistakes with the same words, under each form’s label', () => {
    const edit = checkClaimEdit(form, [armMod]);
    const page = buildClaim(form, fixed);
    if (edit.ok || page.ok) throw new Error('expected errors');
    expect(Object.keys(edit.errors).sort()).toEqual(['claimantId', 'period', 'value']);
    expect(Object.keys(page.errors).sort()).toEqual(['claimantId', 'period', 'value']);
    expect(edit.errors.value).toBe(
      'Value: a vague figure has no number; clear the value or choose another qualifier.',
    );
    expect(page.errors.value).toBe(
      'Figure: a vague figure has no number; clear the value or choose another qualifier.',
    );
  });

  it('reads a number typed with separators the same in both forms', () => {
    const typed = { ...form, qualifier: 'exact' as const, value: '1 200', claimantId: '', period: '' };
    const edit = checkClaimEdit(typed, [armMod]);
    const page = buildClaim(
      { ...typed, quote: quote.replace('dozens of', '1 200') },
      {
        ...fixed,
        figureText: '1 200 helicopters',
      },
    );
    expect(edit.ok && edit.value.value).toBe(1200);
    expect(page.ok && page.claim.value).toBe(1200);
  });
});
