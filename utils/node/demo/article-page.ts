/** Renders a seed article as a news article page of the demo site. */
import { html, type SafeHtml } from './html';
import type { DemoArticle } from './seed-articles';
import { renderPage } from './site-layout';

/** "27 September 2020" for an ISO date; the input unchanged when it is not one. */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(date.getTime())) return isoDate;
  return date.toLocaleDateString('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

function byline(article: DemoArticle): SafeHtml {
  const part = article.partCount > 1 ? html` · part ${article.part} of ${article.partCount}` : '';
  const date = article.publishedDate
    ? html` · <time datetime="${article.publishedDate}">${formatDate(article.publishedDate)}</time>`
    : '';
  return html`<p class="byline">Seed document ${article.seedId}${part}${date}</p>`;
}

/** The <article> element alone: headline, byline and paragraphs. */
export function renderArticleContent(article: DemoArticle): SafeHtml {
  return html`<article class="story" data-seed-id="${article.seedId}" data-seed-part="${article.part}">
<header class="story-header">
<p class="kicker">World</p>
<h1>${article.headline}</h1>
${byline(article)}
</header>
<div class="story-body">
${article.paragraphs.map((paragraph) => html`<p>${paragraph}</p>\n`)}</div>
</article>`;
}

/** A complete article page for `article`. */
export function renderArticlePage(article: DemoArticle): string {
  return renderPage({ title: article.headline, lang: article.language, main: renderArticleContent(article) });
}
