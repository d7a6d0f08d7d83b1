import { describe, expect, it } from 'vitest';
import { sourceTabOf, TAB_PROBLEMS, tabArticleOf } from '../../../utils/manager/tab-article';
import type { ArticleAnswer, ArticleSnapshot } from '../../../utils/messaging/protocol';

const snapshot: ArticleSnapshot = {
  text: '\nArmenia says it shot down two Azerbaijani helicopters.\n',
  truncated: false,
  title: '  Two   helicopters downed ',
  url: 'https://www.cwire.example/world/helicopters?ref=home#top',
  lang: 'hy-AM',
  outlet: 'Caucasus Wire',
  canonicalUrl: 'https://www.cwire.example/world/helicopters',
  publishedDate: '2020-09-27',
};

describe('the tab the manager was opened from', () => {
  it('is the ?tab= of its address, when that is a tab id', () => {
    expect(sourceTabOf('?tab=42')).toBe(42);
    expect(sourceTabOf('?x=1&tab=0')).toBe(0);
    expect(sourceTabOf('')).toBeNull();
    expect(sourceTabOf('?tab=')).toBeNull();
    expect(sourceTabOf('?tab=-3')).toBeNull();
    expect(sourceTabOf('?tab=4.5')).toBeNull();
    expect(sourceTabOf('?tab=abc')).toBeNull();
    expect(sourceTabOf(`?tab=${'9'.repeat(30)}`)).toBeNull();
  });
});

describe('a tab’s answer, for Add an article', () => {
  it('becomes the article text and the source fields its page gives', () => {
    expect(tabArticleOf({ article: snapshot })).toEqual({
      ok: true,
      text: 'Armenia says it shot down two Azerbaijani helicopters.',
      title: 'Two helicopters downed',
      source: {
        label: 'Two helicopters downed',
        outlet: 'Caucasus Wire',
        url: 'https://www.cwire.example/world/helicopters',
        publishedDate: '2020-09-27',
        language: 'hy-AM',
        kind: 'web',
      },
    });
  });

  it('keeps only what the form accepts: a web address, a real date, a language tag', () => {
    const odd = tabArticleOf({
      article: {
        ...snapshot,
        canonicalUrl: 'javascript:alert(1)',
        publishedDate: '2020-02-31',
        lang: undefined,
      },
    });
    expect(odd.ok && odd.source).toMatchObject({ url: snapshot.url, publishedDate: '' });
    expect(odd.ok && 'language' in odd.source).toBe(false);
  });

  it('explains every way it can fail, with what to do', () => {
    expect(tabArticleOf(null)).toEqual({ ok: false, message: TAB_PROBLEMS.unreachable });
    expect(TAB_PROBLEMS.unreachable).toMatch(/Reload the article’s page.*or paste its text/);
    expect(tabArticleOf({ article: null, reason: 'stopped' })).toEqual({
      ok: false,
      message: TAB_PROBLEMS.stopped,
    });
    expect(tabArticleOf({ article: null, reason: 'error' })).toEqual({
      ok: false,
      message: TAB_PROBLEMS.failed,
    });
    expect(tabArticleOf({ article: { ...snapshot, text: ' \n ' } })).toEqual({
      ok: false,
      message: TAB_PROBLEMS.empty,
    });
    expect(tabArticleOf({ article: { ...snapshot, truncated: true } })).toEqual({
      ok: false,
      message: TAB_PROBLEMS.tooLong,
    });
    expect(tabArticleOf({ oops: 1 } as unknown as ArticleAnswer)).toEqual({
      ok: false,
      message: TAB_PROBLEMS.failed,
    });
  });
});
