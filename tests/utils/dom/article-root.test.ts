// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { articleRoots, chooseArticleRoot } from '../../../utils/dom/article-root';
import { pageLang, pageTitle, pageUrl } from '../../../utils/dom/page-meta';

const sentence = 'Shelling continued overnight near the front line, officials said on Monday morning. ';
const paragraphs = (count: number): string => `<p>${sentence.repeat(2)}</p>`.repeat(count);

afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
  document.documentElement.removeAttribute('lang');
});

describe('chooseArticleRoot', () => {
  test('prefers the <article> that holds the story over teaser articles', () => {
    document.body.innerHTML = `<nav>${paragraphs(1)}</nav><article id="teaser"><p>Short teaser text here, nothing more to it.</p></article><article id="story"><h1>T</h1>${paragraphs(4)}</article>`;
    expect(chooseArticleRoot(document).id).toBe('story');
  });

  test('uses articleBody or main when there is no usable <article>', () => {
    document.body.innerHTML = `<div itemprop="articleBody" id="body">${paragraphs(3)}</div><div>${paragraphs(1)}</div>`;
    expect(chooseArticleRoot(document).id).toBe('body');
    document.body.innerHTML = `<main id="main">${paragraphs(3)}</main>`;
    expect(chooseArticleRoot(document).id).toBe('main');
  });

  test('falls back to the densest paragraph block on markup without semantics', () => {
    document.body.innerHTML = `<div id="menu"><p>Home</p><p>World</p></div><div id="wrap"><div id="text">${paragraphs(5)}</div></div><div id="comments">${paragraphs(1)}</div>`;
    expect(chooseArticleRoot(document).id).toBe('text');
  });

  test('ignores a semantic area holding a small part of the text', () => {
    document.body.innerHTML = `<article id="aside-ish">${paragraphs(2)}</article><div id="real">${paragraphs(8)}</div>`;
    expect(chooseArticleRoot(document).id).toBe('real');
  });

  test('returns body when nothing looks like an article', () => {
    document.body.innerHTML = '<div><p>Hi</p></div>';
    expect(chooseArticleRoot(document)).toBe(document.body);
  });

  test('adds the headline when it sits outside the article area, in document order', () => {
    document.body.innerHTML = `<header><h1 id="h">Baku says 4 helicopters downed</h1></header><article id="a">${paragraphs(3)}</article>`;
    expect(articleRoots(document).map((element) => element.id)).toEqual(['h', 'a']);
    document.body.innerHTML = `<article id="a"><h1>Inside</h1>${paragraphs(3)}</article>`;
    expect(articleRoots(document).map((element) => element.id)).toEqual(['a']);
  });
});

describe('page meta', () => {
  test('title prefers og:title and collapses whitespace', () => {
    document.title = 'Clashes resume | Some Site';
    expect(pageTitle(document)).toBe('Clashes resume | Some Site');
    const meta = document.createElement('meta');
    meta.setAttribute('property', 'og:title');
    meta.setAttribute('content', '  Clashes\n resume ');
    document.head.append(meta);
    expect(pageTitle(document)).toBe('Clashes resume');
  });

  test('lang comes from <html lang>, then og:locale, and rejects junk', () => {
    expect(pageLang(document)).toBeUndefined();
    const meta = document.createElement('meta');
    meta.setAttribute('property', 'og:locale');
    meta.setAttribute('content', 'ru_RU');
    document.head.append(meta);
    expect(pageLang(document)).toBe('ru-RU');
    document.documentElement.setAttribute('lang', 'en-GB');
    expect(pageLang(document)).toBe('en-GB');
    document.documentElement.setAttribute('lang', '<script>');
    expect(pageLang(document)).toBe('ru-RU');
  });

  test('url is the location href', () => {
    expect(pageUrl({ href: 'https://news.example/a?b=1#c' })).toBe('https://news.example/a?b=1#c');
  });
});
