/**
 * A text file with a header: `key: value` lines (`source:`, `language:`, `date:`), a `---` line,
 * then the article text. Files without the `---` line are all text.
 */
import { compilePack } from '../../engine/compiled-pack';
import { fullDateIn } from '../../engine/figure-period';
import { isDay } from '../../engine/period';
import { defaultPackData } from '../../engine/topic-pack';

export interface FileHeader {
  source?: string;
  language?: string;
  date?: string;
}

/** Splits a file into its header fields and the article text after the `---` line. */
export function parseCorpusFile(raw: string): { header: FileHeader; text: string } {
  const lines = raw.split('\n');
  const cut = lines.findIndex((l) => l.trim() === '---');
  if (cut === -1) return { header: {}, text: raw };
  const header: Record<string, string> = {};
  for (const line of lines.slice(0, cut)) {
    const m = /^(\w+):\s*(.*)$/.exec(line);
    if (m?.[1] && m[2] !== undefined) header[m[1]] = m[2].trim();
  }
  return { header, text: lines.slice(cut + 1).join('\n') };
}

/**
 * The publication day a `date:` header gives: an ISO day ("2020-10-08 (from URL)") or a full
 * English date ("(27 Sep 2020)"); null for a month or a year alone, which name no day.
 */
export function publishedDay(date: string | undefined): string | null {
  if (!date) return null;
  const iso = /\b\d{4}-\d{2}-\d{2}\b/.exec(date)?.[0];
  if (iso) return isDay(iso) ? iso : null;
  return fullDateIn(compilePack(defaultPackData), date);
}
