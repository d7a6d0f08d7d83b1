// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { pageSummary, sampleText } from '../../../utils/dom/text-sample';

function element(tag: string, text: string): HTMLElement {
  return Object.assign(document.createElement(tag), { textContent: text });
}

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('sampleText', () => {
  it('reads text in document order, as textContent would, words split across elements kept whole', () => {
    const paragraph = element('p', 'Clashes near Kara');
    paragraph.append(element('b', 'bakh'), ' left 4 dead.');
    document.body.append(element('h1', 'Border news'), paragraph);
    expect(sampleText([document.body], 1000)).toBe('Border newsClashes near Karabakh left 4 dead.');
  });

  it('stops at the budget, however big the page', () => {
    document.body.append(
      element('p', 'a'.repeat(50)),
      element('p', 'b'.repeat(50)),
      element('p', 'Karabakh'),
    );
    const sample = sampleText([document.body], 70);
    expect(sample).toHaveLength(70);
    expect(sample).toBe('a'.repeat(50) + 'b'.repeat(20));
  });

  it('skips text that never shows: scripts, styles, templates, noscript', () => {
    document.body.append(
      element('script', 'var karabakh = 1;'),
      element('style', '.karabakh{}'),
      element('noscript', 'Karabakh'),
      element('p', 'Weather'),
    );
    expect(sampleText([document.body], 1000)).toBe('Weather');
  });

  it('reads several roots (nodes added later) within one budget, text nodes included', () => {
    const first = element('p', 'one ');
    const second = document.createTextNode('two ');
    const skipped = element('script', 'three');
    expect(sampleText([first, second, skipped, element('p', 'four')], 9)).toBe('one two f');
  });
});

describe('pageSummary', () => {
  it('joins the title, description and keywords the page declares', () => {
    const meta = (attribute: string, name: string, content: string) => {
      const tag = document.createElement('meta');
      tag.setAttribute(attribute, name);
      tag.setAttribute('content', content);
      document.head.append(tag);
    };
    meta('name', 'description', 'Fighting resumes in the South Caucasus');
    meta('name', 'keywords', 'Artsakh, Armenia, Azerbaijan');
    meta('property', 'og:title', 'Shelling near Stepanakert');
    meta('name', 'viewport', 'width=device-width');
    document.title = 'World news';
    expect(pageSummary(document)).toBe(
      'World news\nFighting resumes in the South Caucasus\nArtsakh, Armenia, Azerbaijan\nShelling near Stepanakert',
    );
  });
});
