/** The extract CLI: one JSON line per file, clear errors, other files still reported. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runExtract } from '../../../../utils/node/cli/extract-command';
import { buildWebClaimPack } from '../../../../utils/node/cli/web-pack';
import { validateClaimPack } from '../../../../utils/store/claim-pack/validate';

const SEED = 'assets/seeds/000_cc26506134296cb8.txt';

function run(args: string[], files: Record<string, string>, withPack = false) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runExtract(args, {
    readFile: (path) => {
      if (path in files) return files[path] as string;
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    },
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    ...(withPack ? { buildPack: (docs) => buildWebClaimPack(docs, 1_700_000_000_000) } : {}),
  });
  return { code, out, err };
}

describe('extract', () => {
  it('says which language it read each file in', () => {
    const ru = 'Минобороны Армении заявило, что сбиты два азербайджанских вертолета в Нагорном Карабахе.';
    const { out } = run(['ru.txt'], { 'ru.txt': ru });
    expect(JSON.parse(out[0] as string).lang).toBe('ru');
  });

  const seedText = readFileSync(SEED, 'utf8');

  it('prints one JSON line per file with coverage and figures in the documented shape', () => {
    const { code, out, err } = run([SEED], { [SEED]: seedText });
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(1);
    const line = JSON.parse(out[0] as string);
    expect(line.file).toBe(SEED);
    expect(line.lang).toBe('en');
    expect(Object.keys(line.coverage).sort()).toEqual(['evidence', 'isCoverage', 'score']);
    expect(line.coverage.isCoverage).toBe(true);
    const first = line.figures[0];
    expect(Object.keys(first).sort()).toEqual(
      [
        'claimant',
        'end',
        'metric',
        'period',
        'qualifier',
        'sentence',
        'side',
        'start',
        'text',
        'value',
      ].sort(),
    );
    expect(first).toMatchObject({
      value: 2,
      metric: 'helicopters_downed',
      side: 'AZ',
      claimant: { id: 'arm_gov', party: 'ARM' },
    });
    for (const f of line.figures) expect(seedText.slice(f.start, f.end)).toBe(f.text);
  });

  it('reads HTML files as their article text, offsets indexing that text', () => {
    const html =
      '<html lang="en"><head><title>Clashes</title><script>var x = "5 tanks destroyed";</script></head><body><nav>Home | 12 drones</nav><article><p>Fighting in <b>Nagorno-Karabakh</b>: Armenia said it shot down <b>4</b> Azerbaijani helicopters near Stepanakert.</p></article></body></html>';
    const { out } = run(['page.html'], { 'page.html': html });
    const line = JSON.parse(out[0] as string);
    expect(line.coverage.isCoverage).toBe(true);
    expect(line.figures.map((f: { text: string }) => f.text)).toEqual(['4 Azerbaijani helicopters']);
    expect(JSON.stringify(line)).not.toContain('5 tanks');
  });

  it('reports a missing file on stderr with a non-zero exit and still reports the others', () => {
    const { code, out, err } = run(['missing.txt', SEED], { [SEED]: seedText });
    expect(code).toBe(1);
    expect(err).toEqual(['extract: cannot read missing.txt: no such file']);
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0] as string).file).toBe(SEED);
  });

  const report = [
    'Nagorno-Karabakh: Armenia said 16 of its soldiers were killed yesterday.',
    'Since the fighting began, 41 civilians have been killed in Azerbaijan, Baku said.',
  ].join(' ');

  it("gives each figure the period it counts, from the file's date: header", () => {
    const file = `source: https://example.org/a\nlanguage: en\ndate: 2020-10-11\n---\n${report}`;
    const line = JSON.parse(run(['a.txt'], { 'a.txt': file }).out[0] as string);
    expect(line.figures.map((f: { value: number; period: string | null }) => [f.value, f.period])).toEqual([
      [16, '2020-10-10'],
      [41, '2020-09-27/2020-10-11'],
    ]);
    // Offsets index the article text after the header.
    expect(report.slice(line.figures[0].start, line.figures[0].end)).toBe(line.figures[0].text);
  });

  it('takes the publication day from --date for files without one, and leaves periods unknown without it', () => {
    const dated = JSON.parse(run(['--date', '2020-10-11', 'b.txt'], { 'b.txt': report }).out[0] as string);
    expect(dated.figures[0].period).toBe('2020-10-10');
    const undated = JSON.parse(run(['b.txt'], { 'b.txt': report }).out[0] as string);
    expect(undated.figures.map((f: { period: string | null }) => f.period)).toEqual([null, null]);
  });

  it('says what a bad --date should look like', () => {
    const { code, err } = run(['--date', '11/10/2020', 'b.txt'], { 'b.txt': report });
    expect(code).toBe(2);
    expect(err[0]).toBe('extract: --date wants a day as YYYY-MM-DD, such as 2020-10-08 (got 11/10/2020)');
  });

  it('explains its usage when no file is given or an option is unknown', () => {
    expect(run([], {}).code).toBe(2);
    expect(run([], {}).err[0]).toMatch(/^usage:/);
    expect(run(['--bogus', SEED], { [SEED]: seedText }).err[0]).toMatch(/unknown option --bogus/);
  });

  it('prints nothing but coverage for a page that is not Nagorno-Karabakh coverage', () => {
    const text = 'Syrian rebels said they shot down two government helicopters near Idlib on Tuesday.';
    const line = JSON.parse(run(['syria.txt'], { 'syria.txt': text }).out[0] as string);
    expect(line.coverage.isCoverage).toBe(false);
    expect(line.figures).toEqual([]);
  });

  it('with --pack prints one claim pack that passes import validation', () => {
    const { code, out } = run(['--pack', SEED], { [SEED]: seedText }, true);
    expect(code).toBe(0);
    const pack = validateClaimPack(JSON.parse(out.join('\n')));
    expect(pack.sources).toHaveLength(1);
    expect(pack.sources[0]).toMatchObject({ kind: 'import', id: '000_cc26506134296cb8.txt' });
    expect(pack.claims.length).toBe(5);
    expect(pack.claims.every((c) => c.origin === 'import')).toBe(true);
  });
});
