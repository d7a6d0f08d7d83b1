import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTabRequest } from '../../../utils/messaging/protocol';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * Every module `entry` loads at run time (type-only imports left out), as paths relative to the
 * repository, and the bare packages among them.
 */
function runtimeImports(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(path.join(ROOT, file), 'utf8');
    const statements = source.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms);
    for (const [, typeOnly, specifier = ''] of statements) {
      if (typeOnly) continue;
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      const base = path.join(path.dirname(file), specifier);
      const resolved = ['.ts', '.tsx', '/index.ts', '']
        .map((ext) => base + ext)
        .find((candidate) => {
          const full = path.join(ROOT, candidate);
          return existsSync(full) && !full.endsWith('/') && /\.(tsx?|json)$/.test(candidate);
        });
      if (resolved?.endsWith('.json')) files.add(resolved);
      else if (resolved) visit(resolved);
      else throw new Error(`cannot resolve ${specifier} from ${file}`);
    }
  };
  visit(entry);
  return { files: [...files], packages: [...packages] };
}

describe('the getArticle request (manager -> a tab’s content script)', () => {
  it('is recognised with no fields, and anything extra is dropped', () => {
    expect(parseTabRequest({ type: 'getArticle' })).toEqual({ type: 'getArticle' });
    expect(parseTabRequest({ type: 'getArticle', text: '<script>', maxChars: 1e9 })).toEqual({
      type: 'getArticle',
    });
    expect(parseTabRequest({ type: 'getarticle' })).toBeNull();
    expect(parseTabRequest('getArticle')).toBeNull();
    expect(parseTabRequest(null)).toBeNull();
  });

  it('pulls neither Dexie nor zod into the content script', () => {
    for (const entry of ['utils/messaging/protocol/index.ts', 'utils/content/article-snapshot.ts']) {
      const { files, packages } = runtimeImports(entry);
      expect(files).toContain(entry);
      expect(packages.filter((name) => /^(dexie|zod)(\/|$)/.test(name))).toEqual([]);
      expect(
        files.filter((file) => /utils\/store\/(db|manager\/schemas|claim-pack)\.ts$/.test(file)),
      ).toEqual([]);
    }
    // The walk does see run-time imports: article-snapshot reads the shared limit and the DOM helpers.
    expect(runtimeImports('utils/content/article-snapshot.ts').files).toEqual(
      expect.arrayContaining(['utils/limits.ts', 'utils/dom/text-map.ts']),
    );
    expect(runtimeImports('utils/store/manager/schemas.ts').packages).toContain('zod');
  });
});
