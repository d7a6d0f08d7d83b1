/**
 * The reading ledger's bench data: generated read articles of 10 figures each, as the content
 * script would send them, and the rows recordReading would have written for them (so a bench can
 * fill a store with 10,000 read articles in seconds). Used by ledger.bench.ts (fake-indexeddb) and
 * ledger-chromium.bench.ts (the extension in real Chromium).
 */
import { type StoredClaim, toStoredClaim } from '../../utils/store/db';
import { articleKeys, figureKey, readClaimId, readSourceId, textDigest } from '../../utils/store/ledger/keys';
import type { ReadFigure, ReadingRow, ReadPage } from '../../utils/store/ledger/types';
import type { Claim, Source } from '../../utils/store/types';
import { claimPackGenerator } from './extension/claim-packs';

export const FIGURES_PER_ARTICLE = 10;

export const generator = claimPackGenerator(20200927, 'news');

/** A read article's page and figures, as the content script would send them (metrics as the seed's). */
export function article(index: number, value = 10 + (index % 90)): { page: ReadPage; figures: ReadFigure[] } {
  const sentences = Array.from(
    { length: FIGURES_PER_ARTICLE },
    (_, i) =>
      `Report ${index}: the ministry said ${i === 0 ? value : 5 + i} soldiers were killed near town ${i}.`,
  );
  const text = sentences.join(' ');
  let offset = 0;
  const figures = sentences.map((sentence, i): ReadFigure => {
    const start = offset + sentence.indexOf('said ') + 5;
    const figureText = `${i === 0 ? value : 5 + i} soldiers`;
    offset += sentence.length + 1;
    const like = generator.figure(index * FIGURES_PER_ARTICLE + i);
    return {
      metric: like.metric,
      value: i === 0 ? value : 5 + i,
      period: null,
      qualifier: 'exact',
      side: like.side,
      claimant: like.claimant,
      quote: sentence,
      quoteFigureStart: sentence.indexOf(figureText),
      quoteFigureEnd: sentence.indexOf(figureText) + figureText.length,
      selector: { exact: figureText, prefix: 'the ministry said ', suffix: ' were killed near' },
      start,
      end: start + figureText.length,
    };
  });
  const page: ReadPage = {
    url: `https://outlet${index % 200}.example/news/${index}`,
    canonicalUrl: null,
    title: `Report ${index}`,
    outlet: `Outlet ${index % 200}`,
    publishedDate: '2020-10-01',
    language: 'en',
    textDigest: textDigest(text),
  };
  return { page, figures };
}

/** The rows recordReading writes for `count` articles: sources, readings and stored claims. */
export function ledgerRows(
  count: number,
  now: number,
): { sources: Source[]; readings: ReadingRow[]; claims: Claim[]; stored: () => StoredClaim[] } {
  const sources: Source[] = [];
  const claims: Claim[] = [];
  const readings: ReadingRow[] = [];
  for (let i = 0; i < count; i++) {
    const { page, figures } = article(i);
    const keys = articleKeys(page);
    const sourceId = readSourceId(keys[0] ?? page.textDigest);
    sources.push({
      id: sourceId,
      label: page.title,
      outlet: page.outlet,
      url: page.url,
      language: 'en',
      publishedDate: page.publishedDate,
      kind: 'read',
      segments: [],
      readAt: now,
    });
    readings.push({ sourceId, keys, site: `outlet${i % 200}.example`, firstReadAt: now, readAt: now });
    figures.forEach((figure) => {
      claims.push({
        ...figure,
        // The id recordReading gives it, so a revisit below finds it (figure keys differ per sentence).
        id: readClaimId(sourceId, figureKey(figure), 0),
        sourceId,
        origin: 'read',
        createdAt: now,
        updatedAt: now,
      });
    });
  }
  // Word batch 0: no word rows (these benches write rows directly and never search).
  return { sources, readings, claims, stored: () => claims.map((claim) => toStoredClaim(claim, 1, 0)) };
}
