/**
 * Writes the demo news site: one article page per seed segment, the hand-written pages of
 * assets/demo (another war, hostile CSS, an article inserted after load) and an index.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderArticleContent, renderArticlePage } from './article-page';
import { type DemoPage, renderIndexPage } from './index-page';
import { REPO_ROOT } from './paths';
import { type DemoArticle, loadSeedArticles } from './seed-articles';
import { SITE_STYLESHEET } from './site-layout';

/** Where the generator puts the seed article into assets/demo/hostile-css.html. */
export const ARTICLE_MARKER = '<!-- demo:article -->';
export const LATE_ARTICLE_JSON = 'late-article.json';

/** Seed articles the special pages carry (by slug); both have helicopter and tank figures. */
const HOSTILE_CSS_SEED = 'seed-000';
const LATE_ARTICLE_SEED = 'seed-004';

/** Static files of assets/demo copied as they are. */
const COPIED_ASSETS = [
  SITE_STYLESHEET,
  'hostile.css',
  'other-war.html',
  'late-article.html',
  'late-article.js',
  'russian-report.html',
  'turkish-report.html',
  'running-total.html',
];

export interface GenerateOptions {
  /** Output folder; emptied first. */
  outDir: string;
  seedsDir?: string;
  demoAssetsDir?: string;
}

export interface DemoSite {
  outDir: string;
  /** Every page except the index, seed articles first. */
  pages: DemoPage[];
}

/** The late page's payload; its script renders it with textContent only. */
export interface LateArticlePayload {
  seedId: string;
  headline: string;
  byline: string;
  paragraphs: string[];
}

function pickArticle(articles: readonly DemoArticle[], slug: string): DemoArticle {
  const article = articles.find((candidate) => candidate.slug === slug) ?? articles[0];
  if (!article) throw new Error('No seed documents found: the demo needs at least one.');
  return article;
}

function seedPage(article: DemoArticle): DemoPage {
  const part = article.partCount > 1 ? ` (part ${article.part} of ${article.partCount})` : '';
  return {
    file: `${article.slug}.html`,
    kind: 'seed',
    title: article.headline,
    note: `${article.seedId}${part}${article.description ? `: ${article.description}` : ''}`,
    seedId: article.seedId,
  };
}

function fillHostilePage(template: string, article: DemoArticle): string {
  const at = template.indexOf(ARTICLE_MARKER);
  if (at < 0 || template.indexOf(ARTICLE_MARKER, at + 1) >= 0) {
    throw new Error(`hostile-css.html must hold the marker ${ARTICLE_MARKER} exactly once`);
  }
  return template.replace(ARTICLE_MARKER, () => renderArticleContent(article).value);
}

/** The output folder is wiped: refuse the filesystem root and the repository or its parents. */
export function assertDisposableOutDir(outDir: string): void {
  const fromOut = path.relative(outDir, REPO_ROOT);
  if (outDir === path.parse(outDir).root || !fromOut.startsWith('..')) {
    throw new Error(`Refusing to empty ${outDir}: pick a dedicated output folder.`);
  }
}

export function latePayload(article: DemoArticle): LateArticlePayload {
  return {
    seedId: article.seedId,
    headline: article.headline,
    byline: `Seed document ${article.seedId}`,
    paragraphs: article.paragraphs,
  };
}

export function generateDemoSite(options: GenerateOptions): DemoSite {
  const seedsDir = options.seedsDir ?? path.join(REPO_ROOT, 'assets/seeds');
  const assetsDir = options.demoAssetsDir ?? path.join(REPO_ROOT, 'assets/demo');
  const outDir = path.resolve(options.outDir);
  assertDisposableOutDir(outDir);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  const articles = loadSeedArticles(seedsDir);
  const pages = articles.map(seedPage);
  for (const article of articles) {
    writeFileSync(path.join(outDir, `${article.slug}.html`), renderArticlePage(article));
  }

  for (const file of COPIED_ASSETS) copyFileSync(path.join(assetsDir, file), path.join(outDir, file));

  const hostile = pickArticle(articles, HOSTILE_CSS_SEED);
  const template = readFileSync(path.join(assetsDir, 'hostile-css.html'), 'utf8');
  writeFileSync(path.join(outDir, 'hostile-css.html'), fillHostilePage(template, hostile));

  const late = pickArticle(articles, LATE_ARTICLE_SEED);
  writeFileSync(path.join(outDir, LATE_ARTICLE_JSON), JSON.stringify(latePayload(late), null, 2));

  pages.push(
    {
      file: 'other-war.html',
      kind: 'not-coverage',
      title: 'Heavy fighting along the eastern front as both sides report losses',
      note: 'Another war, with helicopter, tank and casualty figures: the extension must mark nothing here.',
      seedId: null,
    },
    {
      file: 'hostile-css.html',
      kind: 'hostile-css',
      title: `Hostile CSS: ${hostile.headline}`,
      note: `${hostile.seedId} under !important resets, a tiny root font size, max z-index banners and transforms.`,
      seedId: hostile.seedId,
    },
    {
      file: 'late-article.html',
      kind: 'late-article',
      title: `Late article: ${late.headline}`,
      note: `${late.seedId}, inserted by the page's own script one second after load.`,
      seedId: late.seedId,
    },
    {
      file: 'russian-report.html',
      kind: 'other-language',
      title: 'Минобороны Армении: сбиты два азербайджанских вертолета',
      note: 'A report in Russian: its helicopter figure is compared with the English seed reports.',
      seedId: null,
    },
    {
      file: 'turkish-report.html',
      kind: 'other-language',
      title: "Ermenistan Savunma Bakanlığı: Dağlık Karabağ'da iki Azerbaycan helikopteri düşürüldü",
      note: 'A report in Turkish: its helicopter figure is compared with the English seed reports.',
      seedId: null,
    },
    {
      file: 'running-total.html',
      kind: 'running-total',
      title: 'Armenia counts its dead as Karabakh fighting rages',
      note: 'A running total ("killed since 27 September"): with claimants\' tallies in the store, the overlay charts them.',
      seedId: null,
    },
  );

  writeFileSync(path.join(outDir, 'index.html'), renderIndexPage(pages));
  return { outDir, pages };
}
