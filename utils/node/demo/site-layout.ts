/**
 * The frame every generated demo page shares, so that the extension meets what it meets on a
 * real news site: a masthead and navigation, an aside of unrelated links with their own numbers,
 * and a footer, all around the article.
 */
import { html, type SafeHtml } from './html';

export const SITE_NAME = 'Demo outlet';
export const SITE_STYLESHEET = 'news-site.css';

const NAV_SECTIONS = ['World', 'Politics', 'Business', 'Science', 'Sport', 'Culture', 'Opinion'];

/** Unrelated teasers, as in a real sidebar; some carry numbers that count nothing of the war. */
const UNRELATED_LINKS = [
  'Markets close 2 points higher as energy stocks rally',
  'Weekend weather: sunny spells and 18 degrees in the capital',
  'Cup semi-final ends 3-1 after extra time',
  'Five recipes for an autumn harvest',
  'Review: a quiet film about a loud family',
];

export interface PageFrame {
  /** Document title, without the site name. */
  title: string;
  /** BCP 47 language of the page. */
  lang: string;
  /** The page's main content. */
  main: SafeHtml;
  /** Extra markup for <head> (stylesheets, inline styles). */
  head?: SafeHtml;
  /** Relative URL of the index page, for the masthead link. */
  homeHref?: string;
}

function masthead(homeHref: string): SafeHtml {
  return html`<header class="masthead">
  <a class="site-name" href="${homeHref}">${SITE_NAME}</a>
  <nav aria-label="Sections"><ul>${NAV_SECTIONS.map(
    (section) => html`<li><a href="${homeHref}#${section.toLowerCase()}">${section}</a></li>`,
  )}</ul></nav>
</header>`;
}

function sidebar(homeHref: string): SafeHtml {
  return html`<aside class="sidebar" aria-label="More from ${SITE_NAME}">
  <h2>Most read</h2>
  <ol>${UNRELATED_LINKS.map((teaser) => html`<li><a href="${homeHref}">${teaser}</a></li>`)}</ol>
  <p class="newsletter">Sign up for the morning briefing. <button type="button">Subscribe</button></p>
</aside>`;
}

function footer(): SafeHtml {
  return html`<footer class="site-footer">
  <p>${SITE_NAME} is a demo site generated for testing Crosstally. It serves local files only.</p>
  <p><a href="#">About</a> · <a href="#">Contact</a> · <a href="#">Privacy</a></p>
</footer>`;
}

/** A whole HTML document: masthead, the given main content beside the sidebar, footer. */
export function renderPage(frame: PageFrame): string {
  const home = frame.homeHref ?? 'index.html';
  return html`<!doctype html>
<html lang="${frame.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${frame.title} – ${SITE_NAME}</title>
<link rel="stylesheet" href="${SITE_STYLESHEET}">
${frame.head}
</head>
<body>
${masthead(home)}
<div class="page">
<main id="main">
${frame.main}
</main>
${sidebar(home)}
</div>
${footer()}
</body>
</html>
`.value;
}
