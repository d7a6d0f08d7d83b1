/**
 * `npm run bench:engine`: engine throughput on 1 MB of text, against the
 * simplest possible pass over the same text (one regex scan for digits and
 * number words) measured in the same process as the floor of the ratios.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyzeDocument } from '../../utils/engine/analyze';
import { detectCoverage } from '../../utils/engine/coverage/coverage';
import { foreignLexicon } from '../../utils/engine/lexicons';
import { LANGUAGE_SAMPLES } from './engine/language-samples';

const MB = 1024 * 1024;
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

function repeatTo(text: string, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    parts.push(text);
    size += text.length + 1;
  }
  return parts.join('\n').slice(0, bytes);
}

function floorPass(text: string): number {
  let count = 0;
  FLOOR.lastIndex = 0;
  while (FLOOR.exec(text) !== null) count++;
  return count;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Runs the floor and the pass alternately, so both see the same machine load, and reports the
 * median time of each and the median of the paired ratios.
 */
function paired(floor: () => unknown, pass: () => unknown, runs = 15) {
  for (let i = 0; i < 3; i++) {
    floor();
    pass();
  }
  const floorMs: number[] = [];
  const passMs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    floor();
    const f = performance.now() - t0;
    t0 = performance.now();
    pass();
    const p = performance.now() - t0;
    floorMs.push(f);
    passMs.push(p);
    ratios.push(p / f);
  }
  return { ms: median(passMs), floorMs: median(floorMs), ratio: median(ratios) };
}

const seedArticles = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, SEEDS), 'utf8'));
const seedText = seedArticles.join('\n\n');

/** What a reader waits for on one page: median over runs of the mean time per article. */
function msPerArticle(articles: string[], lang?: string, runs = 7): number {
  const means: number[] = [];
  for (let r = 0; r < runs + 2; r++) {
    const t0 = performance.now();
    for (const text of articles) analyzeDocument({ text, lang });
    if (r >= 2) means.push((performance.now() - t0) / articles.length);
  }
  return median(means);
}
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

/** The floor in another language: digits and that language's number words. */
function languageFloor(lang: string): RegExp {
  const words = Object.keys(foreignLexicon(lang)?.numbers?.words ?? {})
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`\\d+${words.length ? `|(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])` : ''}`, 'giu');
}

function countMatches(pattern: RegExp, text: string): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) count++;
  return count;
}

const languageRows: { lang: string; figures: number; coverage: boolean; rows: typeof rows }[] = [];
// BENCH_LANGS=tr,az measures only those languages (the English rows always run).
const onlyLangs = process.env.BENCH_LANGS?.split(',').filter(Boolean) ?? null;
for (const [lang, sample] of Object.entries(LANGUAGE_SAMPLES)) {
  if (onlyLangs && !onlyLangs.includes(lang)) continue;
  const floor = languageFloor(lang);
  // News density: each block of figures comes with three paragraphs of background, about one
  // figure per 400 characters (the English seed text has one per 590).
  const langCoverage = repeatTo(
    [sample.coverage, sample.background, sample.background, sample.background].join('\n'),
    MB,
  );
  const langOther = repeatTo(sample.other, MB);
  const analysed = analyzeDocument({ text: langCoverage, lang });
  const article = [sample.coverage, sample.background, sample.background, sample.background].join('\n');
  perArticle.push(
    `${lang}: ${msPerArticle([article], lang).toFixed(2)} ms per article (${article.length} characters)`,
  );
  languageRows.push({
    lang,
    figures: analysed.figures.length,
    coverage: analysed.coverage.isCoverage,
    rows: [
      {
        name: `${lang}: full extraction, 1 MB non-coverage`,
        target: 2,
        ...paired(
          () => countMatches(floor, langOther),
          () => analyzeDocument({ text: langOther, lang }),
          9,
        ),
      },
      {
        name: `${lang}: full extraction, 1 MB coverage`,
        target: 20,
        ...paired(
          () => countMatches(floor, langCoverage),
          () => analyzeDocument({ text: langCoverage, lang }),
          5,
        ),
      },
    ],
  });
}

const figures = analyzeDocument({ text: coverage }).figures.length;
console.log(`engine throughput (Node ${process.version}, median of runs)`);
console.log(
  'floor: one regex scan for digits and number words over the same text, run alternately with each pass',
);
console.log('| pass | ms | MB/s | floor ms | ratio to floor (median of pairs) | target |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const verdict = r.ratio <= r.target ? 'met' : 'MISSED';
  console.log(
    `| ${r.name} | ${r.ms.toFixed(2)} | ${(1000 / r.ms).toFixed(1)} | ${r.floorMs.toFixed(2)} | ${r.ratio.toFixed(2)}x | <= ${r.target}x ${verdict} |`,
  );
}
console.log(`figures found in the 1 MB coverage text: ${figures}`);
console.log("\nper language (floor: digits and the language's number words, run alternately)");
console.log('| pass | ms | MB/s | floor ms | ratio to floor | target |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const { rows: langRows } of languageRows) {
  for (const r of langRows) {
    const verdict = r.ratio <= r.target ? 'met' : 'MISSED';
    console.log(
      `| ${r.name} | ${r.ms.toFixed(2)} | ${(1000 / r.ms).toFixed(1)} | ${r.floorMs.toFixed(2)} | ${r.ratio.toFixed(2)}x | <= ${r.target}x ${verdict} |`,
    );
  }
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
