import { describe, expect, it } from 'vitest';
import { isSameSite, siteNameOf } from '../../utils/site-names';

describe('site names', () => {
  it('drop www-like prefixes', () => {
    expect(siteNameOf('www.Example.com')).toBe('example.com');
    expect(siteNameOf('amp.example.com')).toBe('example.com');
    expect(siteNameOf('127.0.0.1')).toBe('127.0.0.1');
  });

  it('count a subdomain as the same site, a look-alike host as another', () => {
    const page = new URL('https://www.news.example/story');
    expect(isSameSite(new URL('https://m.news.example/story'), page)).toBe(true);
    expect(isSameSite(new URL('https://world.news.example/a'), page)).toBe(true);
    expect(isSameSite(new URL('https://news.example.evil/a'), page)).toBe(false);
    expect(isSameSite(new URL('https://fakenews.example/a'), page)).toBe(false);
  });
});
