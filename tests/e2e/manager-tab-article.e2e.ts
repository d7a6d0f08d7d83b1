/**
 * "Add an article" from a tab, in real Chromium with the built extension: a demo seed article is
 * open in a tab; the toolbar popup's manager link carries that tab's id (`options.html?tab=<id>`);
 * in the manager, "Use the article in the tab you came from" asks the tab's content script for
 * its article, fills the text and the source fields, reviews the figures, and the article is saved
 * as a new source. A tab that cannot answer gets a sentence saying what to do.
 * Needs `npx wxt build` first (`npm run test:e2e` does it).
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadSeedArticles } from '../../utils/node/demo/seed-articles';
import { SITE_NAME } from '../../utils/node/demo/site-layout';
import { REPO_ROOT, saveScreenshot, useChromiumSuite, waitForMarks } from './harness';

const BUTTON = 'Use the article in the tab you came from';

const suite = useChromiumSuite({ viewport: { width: 1280, height: 1000 } });
const { pageErrors } = suite;
const newPage = () => suite.newPage();

/** The popup's "Open the store manager" link, loaded while `article` is the active tab. */
async function managerLinkFor(article: Page): Promise<string> {
  const popup = await suite.popupFor(article);
  return (await popup.getByRole('link', { name: 'Open the store manager' }).getAttribute('href')) ?? '';
}

/** Opens the manager at `url` on "Add an article". */
async function openAddArticle(url: string): Promise<Page> {
  const manager = await newPage();
  await manager.goto(url);
  await manager.getByRole('heading', { name: 'Crosstally store manager' }).waitFor();
  await manager.getByRole('tab', { name: 'Add an article' }).click();
  await manager.getByRole('heading', { name: 'Add an article' }).waitFor();
  return manager;
}

describe('add an article from the tab the manager was opened from', () => {
  it('takes the seed article from its tab, reviews its figures and saves it as a source', async () => {
    const seed = loadSeedArticles(path.join(REPO_ROOT, 'assets/seeds')).find((a) => a.slug === 'seed-000');
    if (!seed) throw new Error('the demo seed article seed-000 is missing');
    const article = await newPage();
    await article.goto(suite.demo.pageUrl('seed-000.html'));
    await waitForMarks(article, 10_000);

    const link = await managerLinkFor(article);
    expect(link).toMatch(
      new RegExp(`^chrome-extension://${suite.session.extensionId}/options\\.html\\?tab=\\d+$`),
    );
    const manager = await openAddArticle(link);
    await manager.getByRole('button', { name: BUTTON }).click();
    await manager.getByRole('heading', { name: /figures found: check each/ }).waitFor();

    const text = await manager.getByLabel('Article text').inputValue();
    // The <article>: its kicker and headline first, as marking reads it.
    expect(text.split('\n').slice(0, 2)).toEqual(['World', seed.headline]);
    expect(text).toContain('Armenia says it shot down two Azerbaijani helicopters');
    for (const chrome of ['Most read', 'Subscribe', SITE_NAME]) expect(text).not.toContain(chrome);
    const fields = manager.locator('h3:has-text("Where the article comes from") + div');
    expect(await fields.getByLabel('Title').inputValue()).toBe(`${seed.headline} – ${SITE_NAME}`);
    expect(await fields.getByLabel('Outlet').inputValue()).toBe('127.0.0.1');
    expect(await fields.getByLabel('Address (URL)').inputValue()).toBe(suite.demo.pageUrl('seed-000.html'));
    expect(await fields.getByLabel('Published').inputValue()).toBe(seed.publishedDate ?? '');
    expect(await fields.getByLabel('Language').inputValue()).toBe(seed.language);
    const legends = await manager.locator('fieldset.ct-review legend').allTextContents();
    expect(legends.some((legend) => /two Azerbaijani helicopters/.test(legend))).toBe(true);
    await saveScreenshot(manager, 'manager-tab-article', { fullPage: true });

    await fields.getByLabel('Title').fill('Seed 000, taken from its tab');
    await manager.getByRole('button', { name: /^Save the article and \d+ figures?$/ }).click();
    await expect
      .poll(() => manager.locator('p.ct-success').textContent())
      .toMatch(/^Saved “Seed 000, taken from its tab” with \d+ figures?/);
    await manager.getByRole('tab', { name: 'Sources' }).click();
    const row = manager.locator('.ct-source-row').filter({ hasText: 'Seed 000, taken from its tab' });
    await row.waitFor();
    expect(await row.locator('.ct-muted').textContent()).toMatch(/^127\.0\.0\.1 · web page/);
  });

  it('tells the reader to reload the page or paste when the tab cannot answer', async () => {
    const manager = await openAddArticle(
      `chrome-extension://${suite.session.extensionId}/options.html?tab=987654`,
    );
    await manager.getByRole('button', { name: BUTTON }).click();
    const problem = manager.locator('.ct-tab-article [role="alert"]');
    await expect
      .poll(() => problem.textContent())
      .toMatch(/^Crosstally could not reach the page in that tab\..*Reload the article’s page/);
    expect(await manager.getByLabel('Article text').inputValue()).toBe('');
  });

  it('without a tab in its address, explains how to get one instead of offering the button', async () => {
    const manager = await openAddArticle(`chrome-extension://${suite.session.extensionId}/options.html`);
    expect(await manager.getByRole('button', { name: BUTTON }).count()).toBe(0);
    expect(await manager.locator('.ct-tab-article').textContent()).toMatch(/Open the store manager/);
  });

  it('threw no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
