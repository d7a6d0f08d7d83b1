/**
 * Exports as files: the whole store, a query's claims or a selection, as a claim pack (JSON) or
 * CSV. The pack comes from the background; the file is made and saved on the page (no network).
 */
import { GZIP_EXPORT_ABOVE_CHARS } from '../limits';
import type { ClaimQuery } from '../store/manager/types';
import { ask, type Download, type Send } from './client';
import { claimPackToCsv } from './csv';
import { exportFileName } from './format';
import { claimPackToClaimReview } from './interop/claim-review';
import { claimPackToWebAnnotations } from './interop/web-annotation';

export type ExportScope =
  | { kind: 'all' }
  | { kind: 'query'; query: ClaimQuery }
  | { kind: 'ids'; ids: string[] };
/** A claim pack, CSV, or for other tools: schema.org ClaimReview or W3C Web Annotations (JSON-LD). */
export type ExportFormat = 'json' | 'csv' | 'claimreview' | 'annotations';

/** Who the ClaimReview export names as reviewer: the reader's own Crosstally, not a publisher. */
const REVIEWER = 'Crosstally (compared on this computer)';

/** Saves the scope's claims as a file; returns the file name and how many claims it holds. */
export async function exportToFile(
  send: Send,
  download: Download,
  scope: ExportScope,
  format: ExportFormat,
  metricLabel: (metric: string) => string,
  now: Date,
): Promise<{ name: string; claims: number }> {
  const pack =
    scope.kind === 'all'
      ? await ask(send, { type: 'exportPack' })
      : await ask(send, {
          type: 'exportClaims',
          ...(scope.kind === 'query' ? { query: scope.query } : { ids: scope.ids }),
        });
  const what = scope.kind === 'all' ? 'store' : 'claims';
  if (format === 'json') {
    const text = `${JSON.stringify(pack, null, 2)}\n`;
    // A large pack is saved compressed (about a tenth of the size); the import reads both.
    const gzip = text.length > GZIP_EXPORT_ABOVE_CHARS;
    const name = exportFileName(what, gzip ? 'json.gz' : 'json', now);
    download({ name, type: gzip ? 'application/gzip' : 'application/json', text, gzip });
    return { name, claims: pack.claims.length };
  }
  if (format === 'claimreview' || format === 'annotations') {
    const document =
      format === 'claimreview'
        ? claimPackToClaimReview(pack, metricLabel, REVIEWER, now)
        : claimPackToWebAnnotations(pack, metricLabel, now);
    const name = exportFileName(`${what}-${format}`, 'jsonld', now);
    download({ name, type: 'application/ld+json', text: `${JSON.stringify(document, null, 2)}\n` });
    return { name, claims: pack.claims.length };
  }
  const name = exportFileName(what, format, now);
  download({ name, type: 'text/csv;charset=utf-8', text: claimPackToCsv(pack, metricLabel) });
  return { name, claims: pack.claims.length };
}
