/** `npm run eval`: scores the engine on a labelled folder; here a tiny corpus written for the test. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpusFile } from '../../../../utils/node/cli/corpus-file';
import { runEval } from '../../../../utils/node/cli/eval-command';
import type { EvalReport } from '../../../../utils/node/cli/eval-score';
import { phraseSpans } from '../../../../utils/node/cli/eval-score';

const DIR = 'tests/fixtures/eval-corpus';

function run(args: string[], readFile = (path: string) => readFileSync(path, 'utf8')) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runEval(args, { readFile, stdout: (l) => out.push(l), stderr: (l) => err.push(l) });
  return { code, out, err };
}

describe('eval', () => {
  it('scores coverage, figures, precision, party and side per language', () => {
    const { code, out, err } = run([DIR, '--json']);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    const report = JSON.parse(out.join('\n')) as EvalReport;
    const en = report.languages.find((l) => l.lang === 'en');
    const ru = report.languages.find((l) => l.lang === 'ru');
    expect(en?.coverage).toMatchObject({ tp: 1, fn: 0, fp: 0, tn: 1 });
    expect(en?.figures).toEqual({ found: 2, total: 2 });
    expect(en?.party).toMatchObject({ right: 2, scored: 2 });
    expect(en?.side).toMatchObject({ right: 2, scored: 2 });
    // The Russian label for five drones quotes a phrase the text lacks: a miss, named.
    expect(ru?.figures).toEqual({ found: 3, total: 4 });
    expect(ru?.misses.map((m) => m.phrase)).toEqual(['пять беспилотников']);
    expect(ru?.party).toMatchObject({ right: 3, scored: 3 });
    // The day of the article; a ministry's uncued count and a tally "since the fighting began"
    // in an article of the fighting are both its tally from the first day to the article's.
    expect(en?.period).toMatchObject({ right: 2, scored: 2 });
    expect(ru?.period).toMatchObject({ right: 3, scored: 3 });
    expect(report.total.figures).toEqual({ found: 5, total: 6 });
    expect(report.total.precision.good).toBe(report.total.precision.reported);
  });

  it('prints one row per language and a total, and the misses with --details', () => {
    const { out } = run([DIR, '--details']);
    expect(out[0]).toMatch(/^en\s+cov 1\/1 fa 0\/1\s+fig 2\/2 1\.00/);
    expect(out[1]).toMatch(/^ru\s+cov 1\/1 fa 0\/0\s+fig 3\/4 0\.75/);
    expect(out[2]).toMatch(/^all\s+cov 2\/2 fa 0\/1\s+fig 5\/6 0\.83/);
    expect(out[0]).toMatch(/period 1\.00$/);
    expect(
      out.some((l) => l.includes('MISS ru-pos-02-made-up-tanks.txt: [drones_downed] «пять беспилотников»')),
    ).toBe(true);
  });

  it('reads the era ids of older labels as a metric over the era, and lists period misses', () => {
    const labels = JSON.parse(readFileSync(`${DIR}/labels.json`, 'utf8'));
    const ru = labels.files['ru-pos-02-made-up-tanks.txt'];
    ru.claims[1].period = '2020-09-27'; // the engine reads the tally to the article's day
    const texts: Record<string, string> = {
      'en-pos-01-made-up-helicopters.txt': readFileSync(`${DIR}/en-pos-01-made-up-helicopters.txt`, 'utf8'),
      'ru-pos-02-made-up-tanks.txt': readFileSync(`${DIR}/ru-pos-02-made-up-tanks.txt`, 'utf8'),
      'en-neg-03-made-up-football.txt': readFileSync(`${DIR}/en-neg-03-made-up-football.txt`, 'utf8'),
      'en-pos-09-made-up-history.txt':
        'language: en\ndate: 2020-10-08\n---\nFighting in Nagorno-Karabakh\n\nArmenia and Azerbaijan fought over Nagorno-Karabakh before: the war of the early 1990s killed about 30,000 people, and the enclave stayed under Armenian control.',
    };
    labels.files['en-pos-09-made-up-history.txt'] = {
      coverage: true,
      lang: 'en',
      claims: [
        {
          figure: '30,000',
          value: 30000,
          qualifier: 'about',
          metric: 'war_deaths',
          side: null,
          claimant: null,
          phrase: 'killed about 30,000 people',
          core: true,
        },
      ],
    };
    const files = (path: string) =>
      path.endsWith('labels.json') ? JSON.stringify(labels) : (texts[path.slice(DIR.length + 1)] ?? '');
    const { out } = run([`${DIR}`, '--details'], files);
    expect(out[0]).toMatch(/^en\s+.*fig 3\/3 .*period 1\.00$/);
    expect(out[1]).toMatch(/^ru\s+.*period 0\.67$/);
    expect(out).toContain(
      '  PERIOD ru-pos-02-made-up-tanks.txt: «гибели 30 военнослужащих» want 2020-09-27, got 2020-09-27/2020-09-28',
    );
    expect(
      out.some((l) => l.includes('per metric: helicopters_downed 1/1, soldiers_killed 1/1, deaths 1/1')),
    ).toBe(true);
  });

  it('scores one language with --lang', () => {
    const { out } = run([DIR, '--lang', 'ru']);
    expect(out.map((l) => l.split(/\s+/)[0])).toEqual(['ru', 'all']);
  });

  it('says what is wrong with its arguments or folder', () => {
    expect(run([]).code).toBe(2);
    expect(run([DIR, '--bogus']).err[0]).toContain('unknown option --bogus');
    const missing = run(['no/such/dir']);
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toContain('cannot read no/such/dir/labels.json');
  });

  it('reads the header and the text after ---, and finds phrases across line breaks', () => {
    const { header, text } = parseCorpusFile(
      'source: https://x.test/a\nlanguage: de\n---\nZwei Hubschrauber\n',
    );
    expect(header).toEqual({ source: 'https://x.test/a', language: 'de' });
    expect(text).toBe('Zwei Hubschrauber\n');
    expect(phraseSpans('shot down\ntwo helicopters', 'shot down two helicopters')).toEqual([
      { start: 0, end: 25 },
    ]);
  });
});
