import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshotArticle } from '../../../utils/content/article-snapshot';

const windows: Window[] = [];

/** A page at `url` with `head` and `body` markup (static test input, never page data). */
function page(url: string, head: string, body: string, lang = 'en'): Document {
  const win = new Window({ url });
  windows.push(win);
  win.document.documentElement.setAttribute('lang', lang);
  win.document.head.innerHTML = head;
  win.document.body.innerHTML = body;
  return win.document as unknown as Document;
}

afterEach(async () => {
  for (const win of windows.splice(0)) await win.happyDOM.close();
});

const paragraph = (n: number) =>
  `<p>Paragraph ${n}: Armenia's defence ministry said its forces had shot down two Azerbaijani helicopters near the front line.</p>`;

const NEWS_PAGE = {
  head: `<title>Two helicopters downed – Caucasus Wire</title>
    <meta property="og:title" content="Two helicopters downed near Hadrut">
    <meta property="og:site_name" content="CW Online">
    <meta property="article:published_time" content="2020-09-27T08:00:00+04:00">
    <link rel="canonical" href="https://www.cwire.example/world/helicopters">
    <script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', publisher: { name: 'Caucasus Wire' } })}</script>`,
  body: `<header><nav><a href="/">Home</a> <a href="/world">World: 9 stories</a></nav></header>
    <main><article>
      <h1>Two helicopters downed</h1>
      ${paragraph(1)}
      <p>Shown <b>4</b> tanks were destroyed, the Karabakh side said.</p>
      <script>window.secret = "7 drones in a script";</script>
      <p hidden>8 hidden figures</p>
      <p style="display:none">12 soldiers styled away</p>
      ${paragraph(2)}
    </article></main>
    <aside><p>Most read: markets close 2 points higher in a long sidebar teaser line.</p></aside>
    <footer><p>Footer with 3 links and a copyright line for the demo site.</p></footer>`,
};

describe('the article of a page, for the manager', () => {
  it('reads the article’s visible text the way marking does: no navigation, script, hidden text or sidebar', async () => {
    const doc = page(
      'https://www.cwire.example/world/helicopters?ref=home#top',
      NEWS_PAGE.head,
      NEWS_PAGE.body,
    );
    const snapshot = await snapshotArticle(doc);
    expect(snapshot).not.toBeNull();
    const text = snapshot?.text ?? '';
    expect(text).toContain('Two helicopters downed\nParagraph 1:');
    expect(text).toContain('Shown 4 tanks were destroyed');
    expect(text).toContain('Paragraph 2:');
    for (const absent of ['World: 9 stories', '7 drones', '8 hidden', '12 soldiers', 'Most read', 'Footer'])
      expect(text).not.toContain(absent);
    expect(snapshot?.truncated).toBe(false);
  });

  it('carries the page’s title, address, language and publication metadata', async () => {
    const doc = page(
      'https://www.cwire.example/world/helicopters?ref=home#top',
      NEWS_PAGE.head,
      NEWS_PAGE.body,
    );
    expect(await snapshotArticle(doc)).toMatchObject({
      title: 'Two helicopters downed near Hadrut',
      url: 'https://www.cwire.example/world/helicopters?ref=home#top',
      lang: 'en',
      outlet: 'Caucasus Wire',
      canonicalUrl: 'https://www.cwire.example/world/helicopters',
      publishedDate: '2020-09-27',
    });
  });

  it('falls back to the site’s host, the address and no date when the page says nothing', async () => {
    const doc = page('https://news.example/a#x', '<title>Bare</title>', paragraph(1), 'not a language!');
    const snapshot = await snapshotArticle(doc);
    expect(snapshot).toMatchObject({
      title: 'Bare',
      outlet: 'news.example',
      canonicalUrl: 'https://news.example/a',
      publishedDate: null,
    });
    expect(snapshot && 'lang' in snapshot).toBe(false);
  });

  it('cuts a long article to the cap and says so', async () => {
    const doc = page('https://news.example/long', '', [1, 2, 3, 4].map(paragraph).join(''));
    const snapshot = await snapshotArticle(doc, undefined, { maxChars: 150 });
    expect(snapshot?.text).toHaveLength(150);
    expect(snapshot?.truncated).toBe(true);
  });

  it('gives nothing once the content script is torn down', async () => {
    const doc = page('https://news.example/a', '', paragraph(1));
    const controller = new AbortController();
    controller.abort();
    expect(await snapshotArticle(doc, controller.signal)).toBeNull();
  });
});
