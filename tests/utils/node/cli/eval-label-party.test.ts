/**
 * The eval reads a label's claimant as a reader of the article would: "the country's ministry"
 * by the one country the sentences before name, a titled name by the role its sentence gives it.
 * Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { labelPartyOf } from '../../../../utils/node/cli/eval-label-party';

const at = (text: string, phrase: string) => ({ text, at: text.indexOf(phrase) });

describe('labelPartyOf', () => {
  it('places a claimant the lexicon knows alone, with or without the article', () => {
    expect(labelPartyOf("Armenia's defence ministry", 'en')).toBe('ARM');
    expect(labelPartyOf("Armenia's defence ministry", 'en', at('Nothing here.', 'x'))).toBe('ARM');
  });

  it('reads "the country\'s ministry" as the one country named just before', () => {
    const text =
      'Azerbaijan published its losses on Friday. The country’s Ministry of Health said 40 soldiers died.';
    expect(labelPartyOf('The country’s Ministry of Health', 'en')).toBeNull();
    expect(labelPartyOf('The country’s Ministry of Health', 'en', at(text, '40 soldiers'))).toBe('AZ');
  });

  it('leaves "the country" unplaced when both sides\' countries are named', () => {
    const text = 'Armenia and Azerbaijan traded blame. The country’s health ministry said 40 soldiers died.';
    expect(labelPartyOf('The country’s health ministry', 'en', at(text, '40 soldiers'))).toBeNull();
  });

  it('reads a titled name by the role its sentence gives it', () => {
    const text =
      'On Monday the spokesman of the Armenian Defence Ministry Major Aram Testyan said 12 tanks were destroyed.';
    expect(labelPartyOf('Major Aram Testyan', 'en')).toBeNull();
    expect(labelPartyOf('Major Aram Testyan', 'en', at(text, '12 tanks'))).toBe('ARM');
  });
});
