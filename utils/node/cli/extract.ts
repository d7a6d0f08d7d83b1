#!/usr/bin/env node
/** CLI entry: `npm run --silent extract -- [--pack] FILE...`. */
import { readFileSync } from 'node:fs';
import { runExtract } from './extract-command';
import { buildWebClaimPack } from './web-pack';

process.exitCode = runExtract(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  buildPack: buildWebClaimPack,
});
