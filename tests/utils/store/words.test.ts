/**
 * Search words: case and diacritics folded, so a reader typing plain letters finds quotes in any
 * of the languages the store holds; plain ASCII text takes a short path with the same result.
 */
import { describe, expect, it } from 'vitest';
import { claimWords, foldText, queryWords } from '../../../utils/store/words';

describe('search words', () => {
  it('folds case and diacritics, whatever the script', () => {
    expect(foldText('Ağdam and Şuşa')).toBe('agdam and susa');
    expect(foldText('İlham Əliyev')).toBe('ilham eliyev');
    expect(foldText('Straße nach Stepanakert')).toBe('strasse nach stepanakert');
    expect(foldText('Ստեփանակերտ')).toBe('ստեփանակերտ');
    expect(foldText('ВЕРТОЛЁТ')).toBe('вертолет');
  });

  it('gives plain ASCII text its lower case, as the full fold would', () => {
    const text = 'The MoD said 2 Mi-24 HELICOPTERS were downed near Shusha (Oct. 2020).';
    expect(foldText(text)).toBe(text.normalize('NFKD').toLowerCase());
    expect(foldText('')).toBe('');
  });

  it('finds a claim by the words of its quote, claimant and note, stop words left out', () => {
    const words = claimWords({
      quote: 'The ministry said two helicopters were shot down over Ağdam.',
      claimant: { id: 'arm_mod', label: "Armenia's Ministry of Defence", party: 'ARM' },
      note: 'Checked against the wire',
    });
    expect(words).toEqual(
      expect.arrayContaining(['ministry', 'helicopters', 'agdam', 'armenia', 'defence', 'checked', 'wire']),
    );
    expect(words).not.toContain('the');
    expect(words).not.toContain('said');
    expect(queryWords('Helicopters AĞDAM the')).toEqual(['helicopters', 'agdam']);
  });
});
