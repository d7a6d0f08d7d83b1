/**
 * Stored claims (rows of one claim, and blocks of an import's claims: issue 17) are read only
 * through utils/store/claim-rows.ts (and the block reads it calls, claim-block-reads.ts) and written only through utils/store/writes.ts, so the way
 * claims are laid out changes those two modules alone. This fails on any other use of the claims table in the extension's
 * code (utils/, entrypoints/, components/). The store names its database handle `db` everywhere;
 * schema upgrades reach the table by name from their transaction and stay as written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SCANNED = ['utils', 'entrypoints', 'components'];

/** The one reader (claim-rows.ts, with the block reads it calls): any use. */
const READERS = new Set(['utils/store/claim-rows.ts', 'utils/store/claim-block-reads.ts']);
/** The one writer: its writes, and the table in its write transactions' list; its reads go through the reader. */
const WRITER = 'utils/store/writes.ts';
const WRITES = new Set(['bulkPut', 'bulkDelete']);
/** The writer reads a block it rewrites without some of its claims (a claim written again or deleted). */
const WRITER_BLOCK_READ = 'claimBlocks.bulkGet';
/** Schema upgrades (db.ts and the upgrades it calls): `tx.table('claims')`, never edited. */
const UPGRADES = new Set([
  'utils/store/db.ts',
  'utils/store/word-rows.ts',
  'utils/store/db-upgrade-periods.ts',
]);

/** The claim tables: rows of one claim and blocks of an import's claims (claim-blocks.ts). */
const TABLES = '(?:claims|claimBlocks)';
const TABLE_MEMBER = new RegExp(
  `\\bdb\\s*(?:\\.\\s*${TABLES}|\\[\\s*['"]${TABLES}['"]\\s*\\])(?!\\w)(?:\\s*\\.\\s*(\\w+))?`,
  'g',
);
const TABLE_BY_NAME = new RegExp(`\\.\\s*table\\s*(?:<[^>]*>)?\\s*\\(\\s*['"]${TABLES}['"]`, 'g');

/** The uses of the claims table in one file that bypass its reader, as "file:line: code". */
function strayClaimTableUses(file: string, text: string): string[] {
  if (READERS.has(file)) return [];
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  const stray: string[] = [];
  for (const match of text.matchAll(TABLE_MEMBER)) {
    const method = match[1];
    if (file === WRITER && (method === undefined || WRITES.has(method))) continue;
    if (file === WRITER && match[0].replace(/\s+/g, '').endsWith(WRITER_BLOCK_READ)) continue;
    stray.push(`${file}:${lineOf(match.index)}: ${match[0].replace(/\s+/g, '')}`);
  }
  if (!UPGRADES.has(file))
    for (const match of text.matchAll(TABLE_BY_NAME))
      stray.push(`${file}:${lineOf(match.index)}: ${match[0].replace(/\s+/g, '')}`);
  return stray;
}

function sourceFiles(): string[] {
  return SCANNED.flatMap((folder) =>
    readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.tsx?$/.test(name))
      .map((name) => path.posix.join(folder, name.split(path.sep).join('/'))),
  );
}

describe('claim rows have one reader', () => {
  it('no file of the app reads the claims table but claim-rows.ts (writes.ts only writes it)', () => {
    const files = sourceFiles();
    for (const reader of READERS) expect(files).toContain(reader);
    expect(files).toContain('utils/store/search.ts');
    const stray = files.flatMap((file) =>
      strayClaimTableUses(file, readFileSync(path.join(ROOT, file), 'utf8')),
    );
    expect(stray).toEqual([]);
  });

  it('notices a read anywhere else, however it is written', () => {
    const planted = [
      "const n = await db.claims.where('metric').equals(metric).count();",
      'const row = await db\n    .claims\n    .get(id);',
      "const all = await db['claims'].toArray();",
      "await db.transaction('r', [db.claims, db.sources], read);",
      "const rows = tx.table<StoredClaim, string>('claims');",
      "const block = await db.claimBlocks.where('ids').equals(id).first();",
      "await db.transaction('r', [db.claimBlocks], read);",
    ];
    for (const code of planted)
      expect(strayClaimTableUses('utils/store/manager/probe.ts', code)).toHaveLength(1);
    expect(strayClaimTableUses('components/Probe.tsx', 'db.claims.get(id)')).toEqual([
      'components/Probe.tsx:1: db.claims.get',
    ]);
    expect(strayClaimTableUses('utils/store/manager/probe.ts', planted[1] ?? '')).toEqual([
      'utils/store/manager/probe.ts:1: db.claims.get',
    ]);
  });

  it('lets writes.ts write and list the table, but not read it', () => {
    expect(
      strayClaimTableUses(WRITER, 'await db.claims.bulkPut(rows);\nawait db.claims.bulkDelete(ids);'),
    ).toEqual([]);
    expect(strayClaimTableUses(WRITER, 'await db.claimBlocks.bulkPut(blocks);')).toEqual([]);
    expect(strayClaimTableUses(WRITER, 'return [db.claims, db.sources];')).toEqual([]);
    expect(strayClaimTableUses(WRITER, 'const stored = await db.claims.bulkGet(ids);')).toHaveLength(1);
  });

  it('leaves the reader, the schema upgrades and other things called claims alone', () => {
    for (const reader of READERS)
      expect(strayClaimTableUses(reader, "db.claims.where('metric').equals(m).toArray()")).toEqual([]);
    expect(strayClaimTableUses('utils/store/db.ts', "tx.table<StoredClaim, string>('claims')")).toEqual([]);
    const others = 'cache.claims.get(id); pack.claims.map(f); db.claimsSeen.get(1); result.claims += 1;';
    expect(strayClaimTableUses('utils/store/probe.ts', others)).toEqual([]);
  });
});
