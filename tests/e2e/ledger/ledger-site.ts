/**
 * Two coverage articles from two outlets, for the reading ledger's end-to-end tests: not seed
 * documents (those are in the store already and never kept twice), served on 127.0.0.1 and
 * reached as two sites, 127.0.0.1 and localhost.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type StaticServer, startStaticServer } from '../../../utils/node/demo/static-server';

export interface LedgerArticle {
  file: string;
  outlet: string;
  /** The figure as the page writes it. */
  figure: string;
  value: number;
}

export const FIRST: LedgerArticle = {
  file: 'first.html',
  outlet: 'Outlet One',
  figure: '7 Azerbaijani helicopters',
  value: 7,
};
export const SECOND: LedgerArticle = {
  file: 'second.html',
  outlet: 'Outlet Two',
  figure: '9 Azerbaijani helicopters',
  value: 9,
};

function articleHtml(article: LedgerArticle, day: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Nagorno-Karabakh: fighting on ${day}</title>
<meta property="og:site_name" content="${article.outlet}">
<meta property="article:published_time" content="2020-09-28T08:00:00Z">
</head><body><article><h1>Nagorno-Karabakh: fighting on ${day}</h1>
<p>Armenia's defence ministry said on ${day} that its forces shot down ${article.figure} near Stepanakert.
Azerbaijan denied the losses in the Karabakh war.</p></article></body></html>`;
}

export interface LedgerSite {
  server: StaticServer;
  /** The article's address on the first site (127.0.0.1) or the second (localhost). */
  url(article: LedgerArticle, host?: '127.0.0.1' | 'localhost'): string;
  close(): Promise<void>;
}

export async function serveLedgerSite(): Promise<LedgerSite> {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosstally-ledger-'));
  writeFileSync(path.join(dir, FIRST.file), articleHtml(FIRST, 'Monday'));
  // Both report the same day, so the second page's overlay compares the first one's figure.
  writeFileSync(path.join(dir, SECOND.file), articleHtml(SECOND, 'Monday'));
  const server = await startStaticServer(dir);
  return {
    server,
    url: (article, host = '127.0.0.1') => server.url(article.file).replace('127.0.0.1', host),
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
