#!/usr/bin/env node
/** CLI entry: `npm run --silent pack -- COMMAND …` (see PACK_USAGE in pack-command.ts). */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runPack } from './pack-command';

const ARTICLE = /\.(?:txt|html?)$/i;

function listArticles(dir: string): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && ARTICLE.test(entry.name)) found.push(relative(dir, path));
    }
  };
  walk(dir);
  return found.sort();
}

runPack(process.argv.slice(2), {
  listArticles,
  readText: (path) => readFileSync(path, 'utf8'),
  readTextIfExists: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : null),
  mtimeMs: (path) => statSync(path).mtimeMs,
  readBytes: (path) => new Uint8Array(readFileSync(path)),
  exists: existsSync,
  writeText: (path, text, opts) => writeFileSync(path, text, { mode: opts?.secret ? 0o600 : 0o644 }),
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
}).then((code) => {
  process.exitCode = code;
});
