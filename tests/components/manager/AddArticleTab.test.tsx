// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TAB_PROBLEMS } from '../../../utils/manager/tab-article';
import type { ArticleAnswer, ArticleSnapshot } from '../../../utils/messaging/protocol';
import { claimsOfOrigin } from '../../../utils/store/claim-rows';
import { axeViolations, renderManager } from './manager-fixtures';

afterEach(cleanup);

const BUTTON = 'Use the article in the tab you came from';

const article: ArticleSnapshot = {
  text: `Shelling near Hadrut
Armenia's defence ministry said on Tuesday that its forces had shot down three Azerbaijani helicopters near Hadrut.
Azerbaijan denied it. Nagorno-Karabakh officials said 12 civilians had been killed in Stepanakert.`,
  truncated: false,
  title: 'Shelling near Hadrut',
  url: 'https://www.cwire.example/world/hadrut?ref=home',
  lang: 'en-GB',
  outlet: 'Caucasus Wire',
  canonicalUrl: 'https://www.cwire.example/world/hadrut',
  publishedDate: '2020-10-06',
};

/** The "take from the tab" area: its button, its status line and its problem. */
function tabArea() {
  return within(document.querySelector('.ct-tab-article') as HTMLElement);
}

/** The source fields under "Where the article comes from". */
function sourceFields() {
  return within(
    screen.getByRole('heading', { name: 'Where the article comes from' }).nextElementSibling as HTMLElement,
  );
}

describe('add an article from the tab the manager was opened from', () => {
  it('fills the text and the source fields from the tab, reviews its figures, and saves it', async () => {
    const takeTabArticle = vi.fn(async (): Promise<ArticleAnswer | null> => ({ article }));
    const { db } = renderManager({ initialHash: '#add', takeTabArticle });
    const button = await screen.findByRole('button', { name: BUTTON });
    fireEvent.click(button);
    fireEvent.click(button); // a second click while the tab is being read asks nothing more
    await screen.findByRole('heading', { name: /figures found: check each/ });
    expect(takeTabArticle).toHaveBeenCalledTimes(1);
    expect((screen.getByLabelText('Article text') as HTMLTextAreaElement).value).toBe(article.text);
    expect(tabArea().getByRole('status').textContent).toBe('Took “Shelling near Hadrut” from the tab.');
    const fields = sourceFields();
    const value = (label: string) => (fields.getByLabelText(label) as HTMLInputElement).value;
    expect(value('Title')).toBe('Shelling near Hadrut');
    expect(value('Outlet')).toBe('Caucasus Wire');
    expect(value('Address (URL)')).toBe('https://www.cwire.example/world/hadrut');
    expect(value('Published')).toBe('2020-10-06');
    expect(value('Language')).toBe('en-GB');
    const legends = [...document.querySelectorAll('fieldset.ct-review legend')].map((l) => l.textContent);
    expect(legends.some((legend) => /three Azerbaijani helicopters/.test(legend ?? ''))).toBe(true);
    expect(legends.some((legend) => /12 civilians/.test(legend ?? ''))).toBe(true);
    expect(await axeViolations()).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: /^Save the article and 2 figures$/ }));
    await screen.findByText(/^Saved “Shelling near Hadrut” with 2 figures/, { selector: 'p' });
    const user = await claimsOfOrigin(db, 'user');
    expect(user.map((claim) => claim.metric).sort()).toEqual(['civilians_killed', 'helicopters_downed']);
    expect(await db.sources.get(user[0]!.sourceId)).toMatchObject({
      label: 'Shelling near Hadrut',
      outlet: 'Caucasus Wire',
      url: 'https://www.cwire.example/world/hadrut',
      publishedDate: '2020-10-06',
      language: 'en-GB',
      kind: 'web',
    });
  });

  it('tells the reader to reload the page or paste when the tab does not answer, and leaves the form alone', async () => {
    renderManager({ initialHash: '#add', takeTabArticle: async () => null });
    fireEvent.click(await screen.findByRole('button', { name: BUTTON }));
    const alert = await tabArea().findByRole('alert');
    expect(alert.textContent).toBe(TAB_PROBLEMS.unreachable);
    expect(alert.textContent).toMatch(/Reload the article’s page and try again, or paste its text below/);
    expect(screen.getByRole('button', { name: BUTTON }).getAttribute('aria-describedby')).toBe(alert.id);
    expect((screen.getByLabelText('Article text') as HTMLTextAreaElement).value).toBe('');
    expect(screen.queryByRole('heading', { name: /figures found|No figures found/ })).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('says so when the tab’s page has no article text, and when reading it failed outright', async () => {
    let answer: () => Promise<ArticleAnswer | null> = async () => ({
      article: { ...article, text: '\n \n' },
    });
    renderManager({ initialHash: '#add', takeTabArticle: () => answer() });
    fireEvent.click(await screen.findByRole('button', { name: BUTTON }));
    expect((await tabArea().findByRole('alert')).textContent).toBe(TAB_PROBLEMS.empty);
    expect(screen.queryByRole('heading', { name: /figures found|No figures found/ })).toBeNull();
    answer = async () => {
      throw new Error('the port closed');
    };
    fireEvent.click(screen.getByRole('button', { name: BUTTON }));
    await waitFor(() => expect(tabArea().getByRole('alert').textContent).toBe(TAB_PROBLEMS.unreachable));
    answer = async () => ({ article });
    fireEvent.click(screen.getByRole('button', { name: BUTTON }));
    await screen.findByRole('heading', { name: /figures found: check each/ });
    expect(tabArea().queryByRole('alert')).toBeNull();
  });

  it('without a tab, offers no button but says how to open the manager from the article’s tab', async () => {
    renderManager({ initialHash: '#add' });
    await screen.findByLabelText('Article text');
    expect(screen.queryByRole('button', { name: BUTTON })).toBeNull();
    expect(document.querySelector('.ct-tab-article')?.textContent).toMatch(
      /click Crosstally’s button in the browser’s toolbar and choose “Open the store manager”/,
    );
  });
});
