/**
 * One article analysed in a fresh process, as the background reads the first page after the
 * browser restarts its service worker: every pattern is compiled on first use. Prints the first
 * call's and the second call's milliseconds as JSON. Run by engine.bench.ts:
 * `node --import tsx tests/bench/engine/cold-article.ts LANG` (LANG `en` reads the first seed article).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyzeDocument } from '../../../utils/engine/analyze';
import { LANGUAGE_SAMPLES } from './language-samples';

const lang = process.argv[2] ?? 'en';
const seeds = new URL('../../../assets/seeds/', import.meta.url);
const sample = LANGUAGE_SAMPLES[lang];
const text = sample
  ? [sample.coverage, sample.background, sample.background, sample.background].join('\n')
  : readFileSync(
      new URL(
        readdirSync(seeds)
          .filter((f) => f.endsWith('.txt'))
          .sort()[0] as string,
        seeds,
      ),
      'utf8',
    );

let t0 = performance.now();
analyzeDocument({ text, lang: sample ? lang : undefined });
const firstMs = performance.now() - t0;
t0 = performance.now();
analyzeDocument({ text: `${text} `, lang: sample ? lang : undefined });
const warmMs = performance.now() - t0;
console.log(JSON.stringify({ firstMs, warmMs }));
