/**
 * `pack build DIR`: a claim pack from a folder of articles (.txt, .html), each with an optional
 * sidecar `<article>.meta.json` giving what the text cannot: outlet, URL, published date, title,
 * language. Claims take the article file's modification time as their timestamps, so re-building an
 * unchanged folder writes the same claims (and the same shards, see utils/store/published/shards.ts).
 */
import { analyzeDocument } from '../../engine/analyze';
import type { CoverageInput } from '../../engine/types';
import { buildClaimPack } from '../../store/claim-pack/build';
import type { ClaimPack } from '../../store/claim-pack/schema';
import type { Source } from '../../store/types';
import { readDocument } from './extract-command';

/** What `pack build` needs of the file system (tests pass fakes). */
export interface FolderIo {
  /** Article paths under DIR, relative to it, sorted. */
  listArticles(dir: string): string[];
  readText(path: string): string;
  /** null when there is no such file. */
  readTextIfExists(path: string): string | null;
  mtimeMs(path: string): number;
}

interface Sidecar {
  outlet?: string;
  url?: string;
  date?: string;
  title?: string;
  language?: string;
}

const SIDECAR_KEYS = ['outlet', 'url', 'date', 'title', 'language'] as const;

/** Reads and checks a sidecar; returns the problem in words instead of throwing. */
export function parseSidecar(text: string): Sidecar | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'expected a JSON object';
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(SIDECAR_KEYS as readonly string[]).includes(key))
      return `unknown field "${key}" (known: ${SIDECAR_KEYS.join(', ')})`;
    if (typeof record[key] !== 'string') return `"${key}" must be a string`;
  }
  const sidecar = record as Sidecar;
  if (sidecar.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(sidecar.date))
    return '"date" must be YYYY-MM-DD';
  if (sidecar.url !== undefined && !/^https?:\/\/\S+$/i.test(sidecar.url))
    return '"url" must be an http(s) URL';
  return sidecar;
}

export interface BuildResult {
  pack: ClaimPack | null;
  articles: number;
  coverage: number;
  /** One line per article that could not be read; a non-empty list means no pack is written. */
  errors: string[];
}

/** Source ids are the article's path in the folder: stable across builds, unique in the pack. */
function sourceIdOf(relative: string): string {
  const id = relative.replace(/\\/g, '/').replace(/[^A-Za-z0-9._:#@/+~=%&?-]/g, '-');
  return /^[A-Za-z0-9]/.test(id) ? id : `a${id}`;
}

export function buildFolderPack(dir: string, io: FolderIo): BuildResult {
  const errors: string[] = [];
  const docs: { source: Source; text: string; input: CoverageInput; mtime: number }[] = [];
  const articles = io.listArticles(dir);
  for (const relative of articles) {
    const path = `${dir}/${relative}`;
    let input: CoverageInput;
    let sidecar: Sidecar = {};
    try {
      input = readDocument(path, io.readText(path));
      const sidecarText = io.readTextIfExists(path.replace(/\.[^./]+$/, '.meta.json'));
      if (sidecarText !== null) {
        const parsed = parseSidecar(sidecarText);
        if (typeof parsed === 'string') {
          errors.push(`${relative}: its .meta.json sidecar is wrong: ${parsed}`);
          continue;
        }
        sidecar = parsed;
      }
    } catch (error) {
      errors.push(`${relative}: cannot read (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    const title = sidecar.title?.trim() || input.title?.trim() || relative;
    const lang = sidecar.language ?? input.lang;
    const source: Source = {
      id: sourceIdOf(relative),
      label: title,
      outlet: sidecar.outlet?.trim() || null,
      url: sidecar.url ?? null,
      language: lang ?? '',
      publishedDate: sidecar.date ?? null,
      kind: 'import',
      segments: [{ title, start: 0, end: input.text.length }],
    };
    docs.push({
      source,
      text: input.text,
      input: { ...input, title, lang },
      mtime: Math.trunc(io.mtimeMs(path)),
    });
  }
  if (errors.length > 0) return { pack: null, articles: articles.length, coverage: 0, errors };

  const analysed = docs.map((doc) => {
    const { lang, figures } = analyzeDocument(doc.input);
    // The declared language wins; else what the engine read the text as.
    return { ...doc, source: { ...doc.source, language: doc.source.language || lang }, figures };
  });
  const covered = analysed.filter((doc) => doc.figures.length > 0);
  const packs = covered.map((doc) =>
    buildClaimPack([{ source: doc.source, text: doc.text, figures: doc.figures }], {
      origin: 'import',
      createdAt: doc.mtime,
      generatedBy: 'crosstally pack build',
    }),
  );
  const pack: ClaimPack = {
    ...buildClaimPack([], { origin: 'import', createdAt: 0, generatedBy: 'crosstally pack build' }),
    createdAt: covered.reduce((latest, doc) => Math.max(latest, doc.mtime), 0),
    sources: packs.flatMap((p) => p.sources),
    claims: packs.flatMap((p) => p.claims),
  };
  return { pack, articles: articles.length, coverage: covered.length, errors };
}
