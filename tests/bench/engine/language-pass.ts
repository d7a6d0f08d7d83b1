/**
 * One language's throughput rows measured in a fresh process, as a service worker that wakes for a
 * page in that language compiles only that language's patterns. Prints the measure as JSON on its
 * last line. Run by engine.bench.ts: `node --import tsx tests/bench/engine/language-pass.ts LANG`.
 */
import { measureLanguage } from './measure';

const lang = process.argv[2];
if (!lang) throw new Error('usage: language-pass.ts LANG');
console.log(JSON.stringify(measureLanguage(lang)));
