/**
 * Crosstally in the reader's language, in Debian's Chromium started with `--lang=ru` (see
 * ChromiumSuiteOptions.lang for what that flag does there): the manifest's words come from
 * _locales/ru, the in-page overlay, the toolbar popup and the manager speak Russian and stay
 * accessible (axe), and the manager's language setting switches every page at once.
 * Needs `npx wxt build` first (`npm run test:e2e` does it).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { overlaySnapshot } from './content-probes';
import { saveScreenshot, useChromiumSuite, waitForMarks } from './harness';

const suite = useChromiumSuite({ lang: 'ru' });

/** The few chrome.* calls the worker is asked for. */
interface ChromeApi {
  management: { getSelf(): Promise<{ description: string }> };
  commands: { getAll(): Promise<{ name?: string; description?: string }[]> };
  i18n: { getMessage(name: string): string };
}
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on an extension page (evaluated over CDP, so the page's CSP allows it). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } }
    ).axe.run();
    return result.violations.map((violation) => violation.id);
  });
}

describe('Crosstally in a Russian Chromium', () => {
  it('takes the manifest’s name, description and command from _locales/ru', async () => {
    const self = await suite.session.serviceWorker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const info = await api.management.getSelf();
      const command = (await api.commands.getAll()).find((each) => each.name === 'check-selection');
      return {
        description: info.description,
        command: command?.description,
        locale: api.i18n.getMessage('manifest_locale'),
      };
    });
    expect(self).toEqual({
      description: expect.stringMatching(/^Отмечает цифры о Нагорном Карабахе/),
      command: 'Проверить выделенную цифру',
      locale: 'ru',
    });
  });

  it('opens the overlay in Russian: heading, claimant, summary and agreement words', async () => {
    const article = await suite.newPage();
    await article.goto(suite.demo.pageUrl('seed-000.html'));
    await waitForMarks(article, 10_000);
    const popup = await suite.popupFor(article);
    const four = popup
      .getByRole('list', { name: 'Цифры на этой странице' })
      .getByRole('button')
      .filter({ hasText: /four .*helicopters/ });
    await four.click();
    const cdp = await suite.session.context.newCDPSession(article);
    // The loading line ("Ищем другие сообщения…") names reports too: wait for the counted summary.
    const counted = /^\d+ цифр\S* от \d+ заявител\S* в \d+ сообщени\S*: /;
    await expect
      .poll(async () => (await overlaySnapshot(cdp))?.summary ?? '', { timeout: 10_000 })
      .toMatch(counted);
    const overlay = await overlaySnapshot(cdp);
    expect(overlay?.name).toMatch(/^Сбитые вертолёты \(азербайджанские потери\)/);
    expect(overlay?.pageLine).toMatch(/^Эта страница: 4, по данным: Минобороны Нагорного Карабаха/);
    expect(overlay?.summary).toMatch(counted);
    expect(overlay?.groups.map((group) => group.heading).join(' ')).toMatch(/совпадает|расходится/);
    await saveScreenshot(article, 'i18n-ru-overlay');
  });

  it('shows the toolbar popup in Russian, and axe finds nothing', async () => {
    const article = await suite.newPage();
    await article.goto(suite.demo.pageUrl('seed-000.html'));
    await waitForMarks(article, 10_000);
    const popup = await suite.popupFor(article);
    expect(await popup.locator('html').getAttribute('lang')).toBe('ru');
    expect(await popup.locator('.ct-status-line').textContent()).toMatch(
      /^Материал о Нагорном Карабахе: \d+ цифр/,
    );
    expect(await popup.getByRole('link', { name: 'Открыть менеджер хранилища' }).count()).toBe(1);
    expect(await popup.getByRole('heading', { name: 'Журнал чтения' }).count()).toBe(1);
    await saveScreenshot(popup, 'i18n-ru-popup');
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('shows the manager in Russian, axe finds nothing, and its language setting switches it to Armenian', async () => {
    const manager = await suite.newPage();
    await manager.goto(`chrome-extension://${suite.session.extensionId}/options.html`);
    await expect.poll(() => manager.locator('h1').textContent()).toBe('Менеджер хранилища Crosstally');
    await expect
      .poll(() => manager.locator('.ct-header > p.ct-muted').textContent())
      .toMatch(/^\d+ заявлени\S*, \d+ показател/);
    expect(await manager.getByRole('tab', { name: 'Заявления' }).count()).toBe(1);
    const menu = manager.getByRole('combobox', { name: 'Язык' });
    expect(await menu.locator('option').first().textContent()).toBe('Как в браузере (Русский)');
    await saveScreenshot(manager, 'i18n-ru-manager');
    expect(await axeViolations(manager)).toEqual([]);

    // Another open page follows the setting too (storage.onChanged), without a reload.
    const article = await suite.newPage();
    await article.goto(suite.demo.pageUrl('seed-000.html'));
    await waitForMarks(article, 10_000);
    const popup = await suite.popupFor(article);
    await menu.selectOption('hy');
    await expect.poll(() => manager.locator('h1').textContent()).toBe('Crosstally պահոցի կառավարիչ');
    expect(await manager.locator('html').getAttribute('lang')).toBe('hy');
    await popup.reload();
    await expect
      .poll(() => popup.locator('.ct-status-line').textContent())
      .toMatch(/^Լեռնային Ղարաբաղի մասին նյութ/);
    // Its label is Armenian now ("Լեզու"), and every language keeps its own name.
    await manager.getByRole('combobox', { name: 'Լեզու' }).selectOption('browser');
    await expect.poll(() => manager.locator('h1').textContent()).toBe('Менеджер хранилища Crosstally');
  });
});
