import { describe, expect, it } from 'vitest';
import { isSavedSite, savedSiteList } from '../../../utils/content/saved-claims-sites';

describe('the list of sites with saved claims', () => {
  it('keeps only host names and matches subdomains both ways', () => {
    expect(savedSiteList(['news.example', 3, '', null])).toEqual(['news.example']);
    expect(savedSiteList('news.example')).toEqual([]);
    expect(isSavedSite(['news.example'], 'https://www.news.example/a')).toBe(true);
    expect(isSavedSite(['news.example'], 'https://amp.news.example/a')).toBe(true);
    expect(isSavedSite(['news.example'], 'https://othernews.example/a')).toBe(false);
    expect(isSavedSite(['bad host/!'], 'https://news.example/a')).toBe(false);
  });
});
