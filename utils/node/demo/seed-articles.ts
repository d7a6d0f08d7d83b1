/**
 * Turns the seed documents into demo articles: one article per segment listed in
 * assets/seeds/manifest.json (a file holding two reports becomes two pages), or one per file
 * when there is no manifest.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const segmentSchema = z.object({
  title: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

const manifestEntrySchema = z.object({
  /** A plain file name inside the seeds folder, never a path. */
  id: z.string().regex(/^[\w-][\w.-]*$/),
  label: z.string().optional(),
  outlet: z.string().nullable().optional(),
  language: z.string().optional(),
  publishedDate: z.string().nullable().optional(),
  segments: z.array(segmentSchema).min(1),
});

const manifestSchema = z.array(manifestEntrySchema);

export type SeedManifestEntry = z.infer<typeof manifestEntrySchema>;

/** One demo article page's content, taken from one segment of a seed document. */
export interface DemoArticle {
  /** File name stem of its page, e.g. `seed-001-part-2`. */
  slug: string;
  /** The seed file name, as in the manifest (`001_92067443f9381566.txt`). */
  seedId: string;
  /** 1-based segment number and the number of segments in the seed file. */
  part: number;
  partCount: number;
  headline: string;
  /** The segment's text exactly as in the seed file. */
  text: string;
  /** Body paragraphs: the text split at line breaks, without a first line repeating the headline. */
  paragraphs: string[];
  language: string;
  publishedDate: string | null;
  /** What the seed document is, from the manifest. */
  description: string | null;
}

export const MANIFEST_FILE = 'manifest.json';

/** Splits seed text into paragraphs at line breaks, dropping blank lines. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

function slugFor(seedId: string, part: number, partCount: number): string {
  const stem = seedId.replace(/\.[^.]+$/, '');
  const short = /^(\d+)_/.exec(stem)?.[1] ?? stem.replace(/[^A-Za-z0-9-]+/g, '-');
  return partCount > 1 ? `seed-${short}-part-${part}` : `seed-${short}`;
}

function firstLineHeadline(paragraphs: string[], fallback: string): string {
  const first = paragraphs[0] ?? fallback;
  return first.length <= 140 ? first : `${first.slice(0, 120).trimEnd()}…`;
}

function toArticle(entry: SeedManifestEntry, seedText: string, index: number): DemoArticle {
  const segment = entry.segments[index];
  if (!segment) throw new Error(`${entry.id}: no segment ${index + 1}`);
  if (segment.start > segment.end || segment.end > seedText.length) {
    throw new Error(
      `${entry.id}: segment ${index + 1} [${segment.start}, ${segment.end}) is outside the text (${seedText.length} chars)`,
    );
  }
  const text = seedText.slice(segment.start, segment.end);
  const paragraphs = splitParagraphs(text);
  const headline = segment.title.trim() || firstLineHeadline(paragraphs, entry.id);
  if (paragraphs[0] === headline) paragraphs.shift();
  return {
    slug: slugFor(entry.id, index + 1, entry.segments.length),
    seedId: entry.id,
    part: index + 1,
    partCount: entry.segments.length,
    headline,
    text,
    paragraphs,
    language: entry.language ?? 'en',
    publishedDate: entry.publishedDate ?? null,
    description: entry.label ?? null,
  };
}

function readManifest(seedsDir: string): SeedManifestEntry[] | null {
  const file = path.join(seedsDir, MANIFEST_FILE);
  if (!existsSync(file)) return null;
  return manifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Manifest-less fallback: every .txt file is one segment spanning the whole file. */
function entriesFromFiles(seedsDir: string): SeedManifestEntry[] {
  return readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(seedsDir, name), 'utf8');
      return { id: name, segments: [{ title: '', start: 0, end: text.length }] };
    });
}

/** Reads the seed documents of `seedsDir` as demo articles, in manifest (or file name) order. */
export function loadSeedArticles(seedsDir: string): DemoArticle[] {
  const entries = readManifest(seedsDir) ?? entriesFromFiles(seedsDir);
  return entries.flatMap((entry) => {
    const seedText = readFileSync(path.join(seedsDir, entry.id), 'utf8');
    return entry.segments.map((_, index) => toArticle(entry, seedText, index));
  });
}
