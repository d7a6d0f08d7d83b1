/**
 * The pages the extension bench opens, generated into a temporary folder and served on 127.0.0.1:
 * non-coverage news of a given size, a seed article repeated N times, and a single-page app that
 * swaps seed articles with history.pushState. Seed pages carry mark.js (unused unless the peer
 * run calls it), so the extension and the peer highlighter see byte-identical pages.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderArticleContent } from '../../../utils/node/demo/article-page';
import { html, SafeHtml } from '../../../utils/node/demo/html';
import { REPO_ROOT } from '../../../utils/node/demo/paths';
import { type DemoArticle, loadSeedArticles } from '../../../utils/node/demo/seed-articles';
import { renderPage, SITE_STYLESHEET } from '../../../utils/node/demo/site-layout';
import { type StaticServer, startStaticServer } from '../../../utils/node/demo/static-server';
import { otherNewsParagraphs } from './news-text';

export const MARK_JS_FILE = 'mark.min.js';
/** The seed article the timing pages repeat (helicopter and tank figures), and the SPA's second one. */
export const TIMED_SEED = 'seed-000';
export const SPA_SECOND_SEED = 'seed-004';
const SPA_SCRIPT = 'spa.js';

export interface BenchSite {
  /** `nonCoverage(51_200)` → URL of the other-news page of that many characters. */
  nonCoverageUrl(chars: number): string;
  /** URL of the seed article repeated `times` times. */
  seedUrl(times: number): string;
  spaUrl: string;
  /** Characters of article text on each generated page, by file name. */
  textChars: Record<string, number>;
  close(): Promise<void>;
}

export interface BenchSiteOptions {
  nonCoverageChars: readonly number[];
  seedRepeats: readonly number[];
}

function seedArticle(articles: readonly DemoArticle[], slug: string): DemoArticle {
  const article = articles.find((each) => each.slug === slug);
  if (!article) throw new Error(`No seed article ${slug} in assets/seeds`);
  return article;
}

function articleChars(paragraphs: readonly string[], headline: string): number {
  return paragraphs.reduce((sum, paragraph) => sum + paragraph.length, headline.length);
}

function nonCoverageArticle(chars: number): DemoArticle {
  const paragraphs = otherNewsParagraphs(chars);
  return {
    slug: `other-news-${chars}`,
    seedId: 'bench',
    part: 1,
    partCount: 1,
    headline: 'World briefing: floods, markets, strikes and the weekend’s football',
    text: paragraphs.join('\n'),
    paragraphs,
    language: 'en',
    publishedDate: '2024-03-02',
    description: null,
  };
}

function repeated(article: DemoArticle, times: number): DemoArticle {
  const paragraphs = Array.from({ length: times }, () => article.paragraphs).flat();
  return { ...article, paragraphs, text: paragraphs.join('\n') };
}

/** JSON inside a <script type="application/json">: "<" escaped so no text can close the element. */
function jsonScript(id: string, value: unknown): SafeHtml {
  const json = JSON.stringify(value).replace(/</g, '\\u003c');
  return new SafeHtml(`<script type="application/json" id="${id}">${json}</script>`);
}

/** The SPA's own script: renders an article from its JSON with textContent, swaps on request. */
const SPA_SOURCE = `(() => {
  const stories = JSON.parse(document.getElementById('spa-stories').textContent);
  let view = 0;
  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function render(story) {
    const article = element('article', 'story');
    const header = element('header', 'story-header');
    header.append(element('p', 'kicker', 'World'), element('h1', '', story.headline));
    const body = element('div', 'story-body');
    for (const paragraph of story.paragraphs) body.append(element('p', '', paragraph));
    article.append(header, body);
    document.getElementById('main').replaceChildren(article);
    document.title = story.headline;
  }
  window.spaNavigate = () => {
    view += 1;
    history.pushState({ view }, '', '?view=' + view);
    render(stories[view % stories.length]);
    return view;
  };
  render(stories[0]);
})();
`;

/** Writes the bench pages and serves them; `close()` stops the server and deletes the folder. */
export async function serveBenchSite(options: BenchSiteOptions): Promise<BenchSite> {
  const root = mkdtempSync(path.join(tmpdir(), 'crosstally-bench-'));
  const outDir = path.join(root, 'site');
  mkdirSync(outDir);
  copyFileSync(path.join(REPO_ROOT, 'assets/demo', SITE_STYLESHEET), path.join(outDir, SITE_STYLESHEET));
  copyFileSync(
    path.join(REPO_ROOT, 'node_modules/mark.js/dist/mark.min.js'),
    path.join(outDir, MARK_JS_FILE),
  );
  const textChars: Record<string, number> = {};
  const write = (file: string, article: DemoArticle, head?: SafeHtml): void => {
    const page = renderPage({
      title: article.headline,
      lang: 'en',
      main: renderArticleContent(article),
      head,
    });
    writeFileSync(path.join(outDir, file), page);
    textChars[file] = articleChars(article.paragraphs, article.headline);
  };

  for (const chars of options.nonCoverageChars) write(`other-news-${chars}.html`, nonCoverageArticle(chars));
  const articles = loadSeedArticles(path.join(REPO_ROOT, 'assets/seeds'));
  const timed = seedArticle(articles, TIMED_SEED);
  const markJs = html`<script src="${MARK_JS_FILE}"></script>`;
  for (const times of options.seedRepeats) write(`seed-x${times}.html`, repeated(timed, times), markJs);

  const stories = [timed, seedArticle(articles, SPA_SECOND_SEED)].map(({ headline, paragraphs }) => ({
    headline,
    paragraphs,
  }));
  writeFileSync(path.join(outDir, SPA_SCRIPT), SPA_SOURCE);
  const spa = renderPage({
    title: 'Live',
    lang: 'en',
    main: html`<p>Loading…</p>`,
    head: html`${jsonScript('spa-stories', stories)}<script src="${SPA_SCRIPT}" defer></script>`,
  });
  writeFileSync(path.join(outDir, 'spa.html'), spa);

  const server: StaticServer = await startStaticServer(outDir);
  return {
    nonCoverageUrl: (chars) => server.url(`other-news-${chars}.html`),
    seedUrl: (times) => server.url(`seed-x${times}.html`),
    spaUrl: server.url('spa.html'),
    textChars,
    close: async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
