import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTICLE_MARKER,
  assertDisposableOutDir,
  type DemoSite,
  generateDemoSite,
  LATE_ARTICLE_JSON,
} from '../../../../utils/node/demo/generate-site';
import { REPO_ROOT } from '../../../../utils/node/demo/paths';
import { loadSeedArticles } from '../../../../utils/node/demo/seed-articles';
import { parseHtml } from './parse-html';

const SEEDS_DIR = path.join(REPO_ROOT, 'assets/seeds');
let workDir: string;
let site: DemoSite;

function readPage(file: string): Document {
  return parseHtml(readFileSync(path.join(site.outDir, file), 'utf8'));
}

function paragraphsOf(doc: Document): string[] {
  return [...doc.querySelectorAll('article .story-body p')].map((p) => p.textContent ?? '');
}

beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'crosstally-site-'));
  site = generateDemoSite({ outDir: path.join(workDir, 'site') });
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('generateDemoSite', () => {
  it('writes an article page per seed segment showing its headline, byline and paragraphs', () => {
    const articles = loadSeedArticles(SEEDS_DIR);
    const seedPages = site.pages.filter((page) => page.kind === 'seed');
    expect(seedPages.length).toBe(articles.length);
    for (const article of articles) {
      const doc = readPage(`${article.slug}.html`);
      expect(doc.querySelector('h1')?.textContent).toBe(article.headline);
      expect(doc.querySelector('.byline')?.textContent).toContain(`Seed document ${article.seedId}`);
      expect(paragraphsOf(doc)).toEqual(article.paragraphs);
      expect(doc.querySelector('.site-name')?.textContent).toBe('Demo outlet');
      expect(doc.querySelectorAll('nav a, aside a, footer').length).toBeGreaterThan(5);
    }
  });

  it('links every page from the index, and every link leads to a generated file', () => {
    const doc = readPage('index.html');
    const hrefs = [...doc.querySelectorAll('.listing a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(site.pages.map((page) => page.file));
    for (const href of hrefs) expect(existsSync(path.join(site.outDir, href ?? ''))).toBe(true);
  });

  it("puts a seed article into the hostile-CSS page in place of the generator's marker", () => {
    const hostile = site.pages.find((page) => page.kind === 'hostile-css');
    const article = loadSeedArticles(SEEDS_DIR).find((candidate) => candidate.seedId === hostile?.seedId);
    const markup = readFileSync(path.join(site.outDir, 'hostile-css.html'), 'utf8');
    expect(markup).not.toContain(ARTICLE_MARKER);
    const doc = parseHtml(markup);
    expect(paragraphsOf(doc)).toEqual(article?.paragraphs);
    expect(doc.querySelector('link[href="hostile.css"]')).not.toBeNull();
    expect(existsSync(path.join(site.outDir, 'hostile.css'))).toBe(true);
  });

  it("writes the late page's article as JSON and ships the script that inserts it", () => {
    const late = site.pages.find((page) => page.kind === 'late-article');
    const payload = JSON.parse(readFileSync(path.join(site.outDir, LATE_ARTICLE_JSON), 'utf8'));
    const article = loadSeedArticles(SEEDS_DIR).find((candidate) => candidate.seedId === late?.seedId);
    expect(payload).toMatchObject({ seedId: article?.seedId, paragraphs: article?.paragraphs });
    expect(paragraphsOf(readPage('late-article.html'))).toEqual([]);
    expect(readPage('late-article.html').querySelector('script[src="late-article.js"]')).not.toBeNull();
  });

  it('includes the page about another war, which names none of the conflict terms', () => {
    const text = readPage('other-war.html').body.textContent ?? '';
    expect(text).toMatch(/helicopters/);
    expect(text).toMatch(/tanks/);
    expect(text).not.toMatch(/karabakh|armenia|azerbaijan|artsakh|stepanakert|baku/i);
  });

  // Checked on the guard itself: a broken guard must not wipe the repository during the test.
  it('refuses to empty the repository, a folder above it, or the filesystem root', () => {
    expect(() => assertDisposableOutDir(REPO_ROOT)).toThrow(/Refusing/);
    expect(() => assertDisposableOutDir(path.dirname(REPO_ROOT))).toThrow(/Refusing/);
    expect(() => assertDisposableOutDir(path.parse(REPO_ROOT).root)).toThrow(/Refusing/);
    expect(() => assertDisposableOutDir(path.join(REPO_ROOT, '.output/demo'))).not.toThrow();
  });
});

describe('generateDemoSite on hostile seed text', () => {
  it('shows markup in a seed as text and lets no element through', () => {
    const seeds = mkdtempSync(path.join(tmpdir(), 'crosstally-hostile-seeds-'));
    const hostileLine = '<script>document.title="owned"</script><img src=x onerror=alert(1)> & "quotes"';
    writeFileSync(path.join(seeds, '000_x.txt'), `Headline </h1><h1>injected\n${hostileLine}\nSecond.`);
    cpSync(path.join(REPO_ROOT, 'assets/demo'), path.join(seeds, 'demo'), { recursive: true });
    try {
      const hostileSite = generateDemoSite({
        outDir: path.join(seeds, 'out'),
        seedsDir: seeds,
        demoAssetsDir: path.join(seeds, 'demo'),
      });
      for (const file of ['seed-000.html', 'hostile-css.html', 'index.html']) {
        const doc = parseHtml(readFileSync(path.join(hostileSite.outDir, file), 'utf8'));
        expect(doc.querySelectorAll('script, img').length).toBe(0);
        expect(doc.querySelectorAll('h1').length).toBe(1);
      }
      const doc = parseHtml(readFileSync(path.join(hostileSite.outDir, 'seed-000.html'), 'utf8'));
      expect(doc.querySelector('h1')?.textContent).toBe('Headline </h1><h1>injected');
      expect(paragraphsOf(doc)).toEqual([hostileLine, 'Second.']);
      expect(readdirSync(hostileSite.outDir)).toContain(LATE_ARTICLE_JSON);
    } finally {
      rmSync(seeds, { recursive: true, force: true });
    }
  });
});
