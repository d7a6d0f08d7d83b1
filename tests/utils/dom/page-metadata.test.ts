import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalUrl, isoDateOf, pageOutlet, publishedDate } from '../../../utils/dom/page-metadata';

const windows: Window[] = [];

/** A page at `url` with `head` and `body` markup (static test input). */
function page(url: string, head: string, body = ''): Document {
  const win = new Window({ url });
  windows.push(win);
  win.document.head.innerHTML = head;
  win.document.body.innerHTML = body;
  return win.document as unknown as Document;
}

afterEach(async () => {
  for (const win of windows.splice(0)) await win.happyDOM.close();
});

const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('the outlet of a page', () => {
  it('is the JSON-LD publisher first, then og:site_name, then the site name from the host', () => {
    const both = `${jsonLd({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: ' Caucasus  Wire ' } })}
      <meta property="og:site_name" content="CW Online">`;
    expect(pageOutlet(page('https://www.cwire.example/a', both))).toBe('Caucasus Wire');
    expect(
      pageOutlet(page('https://www.cwire.example/a', '<meta property="og:site_name" content="CW Online">')),
    ).toBe('CW Online');
    expect(pageOutlet(page('https://www.cwire.example/a', ''))).toBe('cwire.example');
  });

  it('follows a publisher given by @id inside a @graph, and skips broken JSON-LD', () => {
    const graph = jsonLd({
      '@graph': [
        { '@type': 'NewsArticle', publisher: { '@id': '#org' } },
        { '@id': '#org', '@type': 'NewsMediaOrganization', name: 'Graph News' },
      ],
    });
    const broken = '<script type="application/ld+json">{ not json</script>';
    expect(pageOutlet(page('https://graph.example/a', broken + graph))).toBe('Graph News');
  });
});

describe('the canonical URL of a page', () => {
  it('is link rel=canonical, then og:url, then the address without its hash', () => {
    expect(
      canonicalUrl(page('https://news.example/story?ref=x#top', '<link rel="canonical" href="/story">')),
    ).toBe('https://news.example/story');
    expect(
      canonicalUrl(
        page(
          'https://m.news.example/story#top',
          '<meta property="og:url" content="https://news.example/s#x">',
        ),
      ),
    ).toBe('https://news.example/s');
    expect(canonicalUrl(page('https://news.example/story?id=3#top', ''))).toBe(
      'https://news.example/story?id=3',
    );
  });

  it('ignores a canonical URL on another site or with another scheme', () => {
    expect(
      canonicalUrl(
        page('https://copycat.example/x', '<link rel="canonical" href="https://news.example/story">'),
      ),
    ).toBe('https://copycat.example/x');
    expect(
      canonicalUrl(page('https://news.example/x', '<link rel="canonical" href="javascript:alert(1)">')),
    ).toBe('https://news.example/x');
  });
});

describe('the published date of a page', () => {
  it('reads article:published_time, JSON-LD datePublished, then a <time> in the article', () => {
    const metaTag = '<meta property="article:published_time" content="2020-09-28T10:00:00+04:00">';
    expect(publishedDate(page('https://n.example/', metaTag + jsonLd({ datePublished: '2020-10-01' })))).toBe(
      '2020-09-28',
    );
    expect(publishedDate(page('https://n.example/', jsonLd({ datePublished: '2020-10-01T08:00Z' })))).toBe(
      '2020-10-01',
    );
    const body =
      '<aside><time datetime="2019-01-01">x</time></aside><article><time datetime="2020-10-02">2 Oct</time></article>';
    expect(publishedDate(page('https://n.example/', '', body))).toBe('2020-10-02');
    expect(
      publishedDate(page('https://n.example/', '', '<aside><time datetime="2019-01-01">x</time></aside>')),
    ).toBeNull();
  });

  it('accepts only real calendar dates', () => {
    expect(isoDateOf('2020-02-30')).toBeNull();
    expect(isoDateOf('yesterday')).toBeNull();
    expect(isoDateOf(' 2020-02-29T00:00')).toBe('2020-02-29');
  });
});
