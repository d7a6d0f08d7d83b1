#!/usr/bin/env node
/** CLI entry: `npm run --silent eval -- DIR [--details] [--json] [--lang CODE]`. */
import { readFileSync } from 'node:fs';
import { runEval } from './eval-command';

process.exitCode = runEval(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
});
