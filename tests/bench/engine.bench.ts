/**
 * `npm run bench:engine`: engine throughput on 1 MB of text, against the
 * simplest possible pass over the same text (one regex scan for digits and
 * number words) measured in the same process as the floor of the ratios.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { analyzeDocument } from '../../utils/engine/analyze';
import { detectCoverage } from '../../utils/engine/coverage/coverage';
import { LANGUAGE_SAMPLES } from './engine/language-samples';
import {
  type BenchRow,
  type LanguageMeasure,
  MB,
  measureLanguage,
  median,
  msPerArticle,
  paired,
  repeatTo,
} from './engine/measure';

const SEEDS = new URL('../../assets/seeds/', import.meta.url);
const FLOOR =
  /\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|dozens?)\b/gi;

// Non-coverage news: another war, sport, economy; same vocabulary of losses and numbers.
const OTHER_NEWS = [
  'Ukrainian air defences shot down 23 of 30 drones launched overnight, the air force said on Monday.',
  'In Idlib, at least 14 civilians were killed when two helicopters dropped barrel bombs on a market.',
  'The central bank raised its key rate by 50 basis points to 4.5 percent, the third rise this year.',
  'The home side won 3-1 after two late goals; more than 40,000 fans watched the match in the stadium.',
  'Libyan forces said they destroyed three tanks and seized two armoured vehicles south of Tripoli.',
  'Exports of grain rose to 1.2 million tonnes in October, up from about 900,000 tonnes a year earlier.',
].join('\n');

function floorPass(text: string): number {
  let count = 0;
  FLOOR.lastIndex = 0;
  while (FLOOR.exec(text) !== null) count++;
  return count;
}

const seedArticles = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, SEEDS), 'utf8'));
const seedText = seedArticles.join('\n\n');

const perArticle: string[] = [
  `en: ${msPerArticle(seedArticles).toFixed(2)} ms per seed article (${seedArticles.length} articles, mean ${Math.round(seedText.length / seedArticles.length)} characters)`,
];
const nonCoverage = repeatTo(OTHER_NEWS, MB);
const coverage = repeatTo(seedText, MB);

const rows = [
  {
    name: 'coverage test, 1 MB non-coverage',
    target: 2,
    ...paired(
      () => floorPass(nonCoverage),
      () => detectCoverage({ text: nonCoverage }),
    ),
  },
  {
    name: 'full extraction, 1 MB non-coverage',
    target: 2,
    ...paired(
      () => floorPass(nonCoverage),
      () => analyzeDocument({ text: nonCoverage }),
    ),
  },
  {
    name: 'full extraction, 1 MB coverage',
    target: 20,
    ...paired(
      () => floorPass(coverage),
      () => analyzeDocument({ text: coverage }),
      9,
    ),
  },
];

/** One language measured in a fresh process (tests/bench/engine/language-pass.ts). */
function measureInFreshProcess(lang: string): LanguageMeasure {
  const script = new URL('./engine/language-pass.ts', import.meta.url).pathname;
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, lang], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`language-pass ${lang} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() as string) as LanguageMeasure;
}

// BENCH_LANGS=tr,az measures only those languages (the English rows always run).
const onlyLangs = process.env.BENCH_LANGS?.split(',').filter(Boolean) ?? null;
const langs = Object.keys(LANGUAGE_SAMPLES).filter((lang) => !onlyLangs || onlyLangs.includes(lang));
const languageRows = langs.map(measureInFreshProcess);
for (const m of languageRows)
  perArticle.push(`${m.lang}: ${m.articleMs.toFixed(2)} ms per article (${m.articleChars} characters)`);
// The same languages one after another in this process, after English: once V8 holds about 16 MB
// of compiled code it compiles every further regex without its optimisations, floor included.
const sharedRows = process.env.BENCH_SHARED === '0' ? [] : langs.map(measureLanguage);

const figures = analyzeDocument({ text: coverage }).figures.length;
console.log(`engine throughput (Node ${process.version}, median of runs)`);
console.log(
  'floor: one regex scan for digits and number words over the same text, run alternately with each pass',
);
console.log('| pass | ms | MB/s | floor ms | ratio to floor (median of pairs) | target |');
console.log('|---|---:|---:|---:|---:|---:|');
function printRow(r: BenchRow, withVerdict = true): void {
  const verdict = r.ratio <= r.target ? 'met' : 'MISSED';
  console.log(
    `| ${r.name} | ${r.ms.toFixed(2)} | ${(1000 / r.ms).toFixed(1)} | ${r.floorMs.toFixed(2)} | ${r.ratio.toFixed(2)}x | ${withVerdict ? `<= ${r.target}x ${verdict}` : 'not a target'} |`,
  );
}
for (const r of rows) printRow(r);
console.log(`figures found in the 1 MB coverage text: ${figures}`);
console.log(
  "\nper language, each in a fresh process (floor: digits and the language's number words, run alternately)",
);
console.log('| pass | ms | MB/s | floor ms | ratio to floor | target |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const m of languageRows) for (const r of m.rows) printRow(r);
if (sharedRows.length > 0) {
  console.log(
    '\nthe same languages one after another in one process, after English (V8 holds ~16 MB of code by then and compiles later regexes, the floor too, without optimising them)',
  );
  console.log('| pass | ms | MB/s | floor ms | ratio to floor | target |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const m of sharedRows) for (const r of m.rows) printRow(r, false);
}
for (const { lang, figures: n, coverage: isCoverage } of languageRows)
  console.log(`${lang}: 1 MB sample is coverage: ${isCoverage}; figures found: ${n}`);
console.log('\nper article (one page as the extension reads it)');
for (const line of perArticle) console.log(line);

/** The first article in a fresh process (patterns compiled on first use), median of runs, and its second read. */
function coldArticle(lang: string, runs = 3): { firstMs: number; warmMs: number } {
  const script = new URL('./engine/cold-article.ts', import.meta.url).pathname;
  const results = Array.from({ length: runs }, () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', script, lang], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`cold-article ${lang} failed: ${child.stderr}`);
    return JSON.parse(child.stdout.trim().split('\n').pop() as string) as { firstMs: number; warmMs: number };
  });
  return {
    firstMs: median(results.map((r) => r.firstMs)),
    warmMs: median(results.map((r) => r.warmMs)),
  };
}
console.log('\ncold start (the first page after the background starts: each pattern compiled on first use)');
for (const lang of ['en', ...languageRows.map((row) => row.lang)]) {
  const { firstMs, warmMs } = coldArticle(lang);
  console.log(
    `${lang}: first article ${firstMs.toFixed(1)} ms, the same article again ${warmMs.toFixed(1)} ms (${(firstMs / warmMs).toFixed(0)}x)`,
  );
}
