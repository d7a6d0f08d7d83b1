/**
 * `extract FILE...`: one JSON line per file with coverage and figures, or with
 * `--pack`, one claim pack for all files. Files are read through `readFile` so
 * tests can pass fakes; a file that cannot be read is reported on stderr and
 * the others are still processed. A text file may start with a header (`date:`, `language:`,
 * then `---`); `--date YYYY-MM-DD` gives the publication day of files that carry none.
 */
import { analyzeDocument } from '../../engine/analyze';
import { htmlToText } from '../../engine/html-text';
import { isDay } from '../../engine/period';
import type { CoverageInput, Figure } from '../../engine/types';
import { parseCorpusFile, publishedDay } from './corpus-file';

export interface CommandIo {
  readFile(path: string): string;
  stdout(line: string): void;
  stderr(line: string): void;
  /** Builds a claim pack from analysed documents (injected so the engine does not depend on the store). */
  buildPack?(docs: { path: string; input: CoverageInput; figures: Figure[] }[]): unknown;
}

export const USAGE =
  'usage: npm run --silent extract -- [--pack] [--date YYYY-MM-DD] FILE...  (.txt or .html files)';

/** What the engine reads of a file, and the day it was published when the file says. */
export type FileInput = CoverageInput & { publishedDate?: string | null };

/** Text, title and language of a file: HTML is reduced to its article text; a text file's header is read. */
export function readDocument(path: string, raw: string): FileInput {
  if (/\.html?$/i.test(path)) {
    const { text, title, lang } = htmlToText(raw);
    return { text, title: title ?? undefined, lang: lang ?? undefined };
  }
  const { header, text } = parseCorpusFile(raw);
  return {
    text,
    ...(header.language ? { lang: header.language } : {}),
    ...(header.date !== undefined ? { publishedDate: publishedDay(header.date) } : {}),
  };
}

function publicFigure(f: Figure) {
  return {
    value: f.value,
    qualifier: f.qualifier,
    text: f.text,
    start: f.start,
    end: f.end,
    metric: f.metric,
    side: f.side,
    claimant: f.claimant,
    period: f.period,
    sentence: f.sentence,
  };
}

function describeError(error: unknown): string {
  const code = (error as { code?: string })?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** Runs the command; returns the process exit code. */
export function runExtract(args: string[], io: CommandIo): number {
  const asPack = args.includes('--pack');
  const dateAt = args.indexOf('--date');
  const date = dateAt === -1 ? undefined : args[dateAt + 1];
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--pack' && a !== '--date');
  const files = args.filter((a, i) => !a.startsWith('-') && !(dateAt !== -1 && i === dateAt + 1));
  if (unknown.length > 0 || files.length === 0) {
    io.stderr(unknown.length > 0 ? `extract: unknown option ${unknown.join(', ')}\n${USAGE}` : USAGE);
    return 2;
  }
  if (dateAt !== -1 && !isDay(date)) {
    io.stderr(`extract: --date wants a day as YYYY-MM-DD, such as 2020-10-08 (got ${date ?? 'nothing'})`);
    return 2;
  }
  let failed = 0;
  const analysed: { path: string; input: CoverageInput; figures: Figure[] }[] = [];
  for (const path of files) {
    let input: FileInput;
    try {
      input = readDocument(path, io.readFile(path));
    } catch (error) {
      io.stderr(`extract: cannot read ${path}: ${describeError(error)}`);
      failed++;
      continue;
    }
    const { lang, coverage, figures } = analyzeDocument({
      ...input,
      publishedDate: input.publishedDate ?? date,
    });
    if (asPack) analysed.push({ path, input: { ...input, lang }, figures });
    else io.stdout(JSON.stringify({ file: path, lang, coverage, figures: figures.map(publicFigure) }));
  }
  if (asPack && io.buildPack) io.stdout(JSON.stringify(io.buildPack(analysed), null, 2));
  return failed > 0 ? 1 : 0;
}
