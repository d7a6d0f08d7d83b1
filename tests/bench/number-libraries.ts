/**
 * Compares number finders on the labelled sentences of tests/fixtures/number-sentences.json:
 * compromise (`nlp(text).numbers()`), @microsoft/recognizers-text-number (`recognizeNumber`) and
 * our findNumbers. Prints accuracy, false positives, throughput and gzipped bundle size.
 *
 * Run: npx tsx tests/bench/number-libraries.ts
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Culture, recognizeNumber } from '@microsoft/recognizers-text-number';
import nlp from 'compromise';
import { findNumbers } from '../../utils/engine/number/numbers';

interface Expected {
  text: string;
  value: number | null;
  kind: 'digits' | 'words' | 'vague' | 'implicit';
  qualifier?: string;
}

interface Sentence {
  text: string;
  expected: Expected[];
  traps: string[];
}

interface Found {
  start: number;
  end: number;
  value: number | null;
}

interface Finder {
  name: string;
  find: (text: string) => Found[];
  /** Finder for implicit counts ("a drone"), when it needs a different call. */
  findImplicit?: (text: string) => Found[];
  /** esbuild entry that pulls the finder into a bundle, for the size column. */
  entry: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const sentences: Sentence[] = JSON.parse(
  readFileSync(resolve(root, 'tests/fixtures/number-sentences.json'), 'utf8'),
).sentences;

function compromiseFind(text: string): Found[] {
  const found = nlp(text).numbers().json({ offset: true }) as {
    text: string;
    offset: { start: number; length: number };
    number?: { num?: number };
  }[];
  return found.map((n) => ({
    start: n.offset.start,
    end: n.offset.start + n.offset.length,
    value: typeof n.number?.num === 'number' ? n.number.num : null,
  }));
}

function recognizersFind(text: string): Found[] {
  return recognizeNumber(text, Culture.English).map((r) => {
    const raw = (r.resolution as { value?: string } | undefined)?.value;
    const value = raw === undefined ? Number.NaN : Number(raw);
    return { start: r.start, end: r.end + 1, value: Number.isFinite(value) ? value : null };
  });
}

function oursFind(implicit: boolean): (text: string) => Found[] {
  return (text) =>
    findNumbers(text, { implicit }).map((m) => ({ start: m.numberStart, end: m.numberEnd, value: m.value }));
}

const finders: Finder[] = [
  {
    name: 'compromise 14',
    find: compromiseFind,
    entry: "import nlp from 'compromise'; export const f = (t) => nlp(t).numbers().json();",
  },
  {
    name: 'recognizers-text-number',
    find: recognizersFind,
    entry:
      "import { recognizeNumber, Culture } from '@microsoft/recognizers-text-number';" +
      'export const f = (t) => recognizeNumber(t, Culture.English);',
  },
  {
    name: 'findNumbers (ours)',
    find: oursFind(false),
    findImplicit: oursFind(true),
    entry: `import { findNumbers } from ${JSON.stringify(resolve(root, 'utils/engine/number/numbers.ts'))}; export const f = findNumbers;`,
  },
];

function overlaps(found: Found, start: number, end: number): boolean {
  return found.start < end && start < found.end;
}

interface Score {
  hit: Record<Expected['kind'], number>;
  total: Record<Expected['kind'], number>;
  trapHits: number;
  otherFalse: number;
  misses: string[];
}

function score(finder: Finder): Score {
  const s: Score = {
    hit: { digits: 0, words: 0, vague: 0, implicit: 0 },
    total: { digits: 0, words: 0, vague: 0, implicit: 0 },
    trapHits: 0,
    otherFalse: 0,
    misses: [],
  };
  for (const sentence of sentences) {
    const found = finder.find(sentence.text);
    const implicitFound = finder.findImplicit ? finder.findImplicit(sentence.text) : found;
    const spans: [number, number][] = [];
    for (const e of sentence.expected) {
      const start = sentence.text.indexOf(e.text);
      const end = start + e.text.length;
      spans.push([start, end]);
      s.total[e.kind] += 1;
      const pool = e.kind === 'implicit' ? implicitFound : found;
      // A vague amount is found when the finder marks it at all; a number needs its exact value.
      const ok = pool.some((f) => overlaps(f, start, end) && (e.value === null || f.value === e.value));
      if (ok) s.hit[e.kind] += 1;
      else s.misses.push(`${e.text} (${e.kind})`);
    }
    for (const trap of sentence.traps) {
      const start = sentence.text.indexOf(trap);
      const end = start + trap.length;
      spans.push([start, end]);
      if (found.some((f) => overlaps(f, start, end))) s.trapHits += 1;
    }
    s.otherFalse += found.filter((f) => !spans.some(([a, b]) => overlaps(f, a, b))).length;
  }
  return s;
}

/** Sentences with no numbers, to dilute the fixtures to a news-like density. */
const FILLER = [
  'The talks in Moscow ended without a joint statement, and both delegations left early.',
  'Residents described nights spent in basements while artillery rumbled across the valley.',
  'Diplomats urged restraint and called for humanitarian access to the affected districts.',
  'The road through the mountains remained closed, cutting the town off from supplies.',
];

function corpus(size: number, fillerPerSentence: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const s = sentences[i % sentences.length] as Sentence;
    parts.push(s.text);
    length += s.text.length + 1;
    for (let j = 0; j < fillerPerSentence; j++) {
      const f = FILLER[(i + j) % FILLER.length] as string;
      parts.push(f);
      length += f.length + 1;
    }
  }
  return parts.join(' ').slice(0, size);
}

/** MB/s of `find` over `text`, best of a few runs after one warm-up. */
function throughput(find: (text: string) => unknown, text: string, runs: number): number {
  find(text.slice(0, 20_000));
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    find(text);
    best = Math.min(best, performance.now() - started);
  }
  return text.length / 1e6 / (best / 1000);
}

async function gzippedSize(entry: string): Promise<number | null> {
  try {
    const esbuild = await import('esbuild');
    const out = await esbuild.build({
      stdin: { contents: entry, resolveDir: root, loader: 'ts' },
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]?.contents;
    return code ? gzipSync(code, { level: 9 }).length : null;
  } catch {
    return null;
  }
}

function pct(hit: number, total: number): string {
  return total === 0 ? 'n/a' : `${hit}/${total} (${Math.round((hit / total) * 100)}%)`;
}

async function main(): Promise<void> {
  const traps = sentences.reduce((n, s) => n + s.traps.length, 0);
  console.log(`${sentences.length} sentences, ${traps} traps\n`);
  // Libraries parse whole sentences and are thousands of times slower: time them on less text.
  const libraryBytes = 50_000;
  const oursBytes = 1_000_000;
  for (const finder of finders) {
    const s = score(finder);
    const explicitHit = s.hit.digits + s.hit.words + s.hit.vague;
    const explicitTotal = s.total.digits + s.total.words + s.total.vague;
    const bytes = finder.findImplicit ? oursBytes : libraryBytes;
    const runs = finder.findImplicit ? 5 : 1;
    const dense = throughput(finder.find, corpus(bytes, 0), runs);
    const typical = throughput(finder.find, corpus(bytes, 4), runs);
    const size = await gzippedSize(finder.entry);
    console.log(`## ${finder.name}`);
    console.log(`  digits    ${pct(s.hit.digits, s.total.digits)}`);
    console.log(`  words     ${pct(s.hit.words, s.total.words)}`);
    console.log(`  vague     ${pct(s.hit.vague, s.total.vague)}`);
    console.log(`  implicit  ${pct(s.hit.implicit, s.total.implicit)}`);
    console.log(
      `  explicit  ${pct(explicitHit, explicitTotal)}   all ${pct(explicitHit + s.hit.implicit, explicitTotal + s.total.implicit)}`,
    );
    console.log(
      `  traps reported as numbers  ${s.trapHits}/${traps}   other false positives  ${s.otherFalse}`,
    );
    console.log(
      `  throughput  ${dense.toFixed(2)} MB/s dense, ${typical.toFixed(2)} MB/s news-like (${bytes / 1000} kB)`,
    );
    console.log(`  bundle      ${size === null ? 'n/a' : `${(size / 1024).toFixed(1)} kB gzipped`}`);
    console.log(`  missed      ${s.misses.join('; ') || '-'}\n`);
  }
}

await main();
