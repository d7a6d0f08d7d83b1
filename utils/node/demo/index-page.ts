/** The demo site's front page: a list of every demo page and what it is there to show. */
import { html } from './html';
import { renderPage } from './site-layout';

export type DemoPageKind =
  | 'seed'
  | 'not-coverage'
  | 'hostile-css'
  | 'late-article'
  | 'other-language'
  | 'running-total';

/** One page of the generated demo site. */
export interface DemoPage {
  /** File name relative to the site root, e.g. `seed-001-part-2.html`. */
  file: string;
  kind: DemoPageKind;
  title: string;
  /** What the page is and what the extension should do on it. */
  note: string;
  /** Seed document shown on the page, when there is one. */
  seedId: string | null;
}

const KIND_LABELS: Record<DemoPageKind, string> = {
  seed: 'Seed article',
  'not-coverage': 'Not coverage',
  'hostile-css': 'Hostile CSS',
  'late-article': 'Late article',
  'other-language': 'Other language',
  'running-total': 'Running total',
};

export function renderIndexPage(pages: readonly DemoPage[]): string {
  const items = pages.map(
    (page) => html`<li>
<span class="page-kind">${KIND_LABELS[page.kind]}</span>
<a href="${page.file}">${page.title}</a>
<span class="page-note">${page.note}</span>
</li>`,
  );
  const main = html`<section class="listing">
<h1>Demo pages</h1>
<p>Seed documents laid out as article pages, and pages that test what the extension must leave alone or survive.</p>
<ul>
${items}
</ul>
</section>`;
  return renderPage({ title: 'Demo pages', lang: 'en', main });
}
