/**
 * `eval DIR`: scores the engine on a labelled corpus folder (`DIR/labels.json` plus one text file
 * per article with `source:`/`language:` header lines, then `---`). Prints a table per language,
 * then the misses, extras and wrong attributes (`--details`), or the whole report (`--json`).
 */
import { analyzeDocument } from '../../engine/analyze';
import { type FileHeader, parseCorpusFile, publishedDay } from './corpus-file';
import { labelPartyOf } from './eval-label-party';
import {
  type CorpusDocument,
  type EvalReport,
  type LabelledFile,
  type LanguageScore,
  scoreCorpus,
} from './eval-score';

export interface EvalIo {
  readFile(path: string): string;
  stdout(line: string): void;
  stderr(line: string): void;
}

export const EVAL_USAGE = 'usage: npm run --silent eval -- DIR [--details] [--json] [--lang CODE]';

function ratio(a: number, b: number): string {
  return b === 0 ? '   -' : (a / b).toFixed(2);
}

function row(s: LanguageScore): string {
  const c = s.coverage;
  return [
    s.lang.padEnd(4),
    `cov ${c.tp}/${c.tp + c.fn} fa ${c.fp}/${c.fp + c.tn}`.padEnd(20),
    `fig ${s.figures.found}/${s.figures.total} ${ratio(s.figures.found, s.figures.total)}`.padEnd(17),
    `prec ${ratio(s.precision.good, s.precision.reported)} (${s.precision.good}/${s.precision.reported})`.padEnd(
      20,
    ),
    `party ${ratio(s.party.right, s.party.scored)}${s.party.unresolved.length ? ` (${s.party.unresolved.length}?)` : ''}`.padEnd(
      17,
    ),
    `side ${ratio(s.side.right, s.side.scored)}`.padEnd(10),
    `period ${ratio(s.period.right, s.period.scored)}`,
  ].join(' ');
}

function details(s: LanguageScore, out: (line: string) => void): void {
  out(`\n## ${s.lang}`);
  for (const f of s.coverage.missed) out(`  coverage missed: ${f}`);
  for (const f of s.coverage.falseAlarms) out(`  false alarm: ${f}`);
  const metrics = Object.entries(s.metrics)
    .map(([m, t]) => `${m} ${t.found}/${t.total}`)
    .join(', ');
  if (metrics) out(`  per metric: ${metrics}`);
  for (const m of s.misses)
    out(`  MISS ${m.file}: [${m.metric}] «${m.phrase}»${m.got ? ` got ${m.got}` : ''}`);
  for (const e of s.extras) out(`  EXTRA ${e.file}: [${e.metric}] «${e.text}»`);
  for (const w of s.party.wrong) out(`  PARTY ${w.file}: «${w.phrase}» want ${w.expected}, got ${w.got}`);
  for (const w of s.party.unresolved)
    out(
      `  PARTY? ${w.file}: «${w.phrase}» label names ${w.expected}, which no lexicon places; engine said ${w.got}`,
    );
  for (const w of s.side.wrong) out(`  SIDE ${w.file}: «${w.phrase}» want ${w.expected}, got ${w.got}`);
  for (const w of s.period.wrong) out(`  PERIOD ${w.file}: «${w.phrase}» want ${w.expected}, got ${w.got}`);
}

export function printReport(report: EvalReport, io: EvalIo, withDetails: boolean): void {
  for (const s of report.languages) io.stdout(row(s));
  io.stdout(row(report.total));
  if (withDetails) for (const s of report.languages) details(s, io.stdout);
}

/** Runs the command; returns the process exit code. */
export function runEval(args: string[], io: EvalIo): number {
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const langAt = args.indexOf('--lang');
  const onlyLang = langAt !== -1 ? args[langAt + 1] : undefined;
  const positional = args.filter((a, i) => !a.startsWith('--') && !(langAt !== -1 && i === langAt + 1));
  const unknown = [...flags].filter((f) => !['--details', '--json', '--lang'].includes(f));
  const dir = positional[0];
  if (unknown.length > 0 || !dir || positional.length > 1) {
    io.stderr(unknown.length > 0 ? `eval: unknown option ${unknown.join(', ')}\n${EVAL_USAGE}` : EVAL_USAGE);
    return 2;
  }
  let labels: Record<string, LabelledFile>;
  try {
    labels = (JSON.parse(io.readFile(`${dir}/labels.json`)) as { files: Record<string, LabelledFile> }).files;
    if (!labels || typeof labels !== 'object') throw new Error('no "files" object');
  } catch (error) {
    io.stderr(
      `eval: cannot read ${dir}/labels.json: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
  const docs: (CorpusDocument & { header: FileHeader })[] = [];
  for (const [name, label] of Object.entries(labels)) {
    if (onlyLang && label.lang !== onlyLang) continue;
    try {
      const { header, text } = parseCorpusFile(io.readFile(`${dir}/${name}`));
      docs.push({ name, text, label, header });
    } catch (error) {
      io.stderr(
        `eval: cannot read ${dir}/${name}: ${error instanceof Error ? error.message : String(error)}`,
      );
      return 1;
    }
  }
  const report = scoreCorpus(
    docs,
    (doc) => {
      const { header } = doc as CorpusDocument & { header: FileHeader };
      return analyzeDocument({
        text: doc.text,
        url: header.source,
        lang: header.language,
        publishedDate: publishedDay(header.date),
      });
    },
    labelPartyOf,
  );
  if (flags.has('--json')) io.stdout(JSON.stringify(report, null, 2));
  else printReport(report, io, flags.has('--details'));
  return 0;
}
