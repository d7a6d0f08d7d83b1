/**
 * Every error the store and the background raise names a key of the English error catalog, with
 * the parameters its sentence has; and zod's reasons read in English exactly as zod writes them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { englishError, englishIssue, isErrorKey } from '../../../utils/i18n/error-messages';
import { enErrors } from '../../../utils/i18n/messages/errors/en';
import { zodIssues } from '../../../utils/store/zod-issues';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => {
      const file = path.relative(ROOT, path.join(entry.parentPath, entry.name));
      return { file, text: readFileSync(path.join(ROOT, file), 'utf8') };
    });
}

const placeholders = (key: keyof typeof enErrors) =>
  [...enErrors[key].matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();

/**
 * What is wrong with the error keys a source names: a key not in the catalog, or a
 * `new StoreError(code, key, { … })` / `failure(code, key, { … })` (likewise PackFetchError,
 * SignatureError, and a subscription's `said(key, { … })`) whose parameters are not its
 * sentence's placeholders ({issue} comes from the error's issues).
 */
function keyProblems(file: string, text: string): string[] {
  const problems: string[] = [];
  for (const [, key] of text.matchAll(/'(error\.[\w.]+)'/g))
    if (!isErrorKey(key)) problems.push(`${file}: no key ${key} in the English error catalog`);
  // Parameters given as an object literal, or none; others (a helper's result) are typed by the helper.
  const raised =
    /(?:(?:new (?:StoreError|PackFetchError|SignatureError)|failure)\(\s*[\w.'-]+,|said\()\s*'(error\.[\w.]+)'(?:\s*\)|,\s*\{([^}]*)\})/g;
  for (const [, key, params] of text.matchAll(raised)) {
    if (!isErrorKey(key)) continue;
    const given = (params ?? '')
      .split(',')
      .map((part) => part.split(':')[0]?.trim() ?? '')
      .filter(Boolean)
      .sort();
    const wanted = placeholders(key).filter((name) => name !== 'issue');
    if (given.join() !== wanted.join())
      problems.push(`${file}: ${key} given {${given}}, its sentence has {${wanted}}`);
  }
  return problems;
}

describe('the error keys', () => {
  const all = [...sources('utils'), ...sources('components'), ...sources('entrypoints')];

  it('every key the code names is in the English catalog, with the parameters its sentence has', () => {
    const problems = all.flatMap(({ file, text }) => keyProblems(file, text));
    expect(problems).toEqual([]);
    // The scan found the throws it is about.
    const raised = all.map(({ text }) => text.match(/new StoreError\(\s*'[\w-]+',\s*'error\./g)?.length ?? 0);
    expect(raised.reduce((a, b) => a + b, 0)).toBeGreaterThan(30);
    // …and the pack downloads' and signatures' too.
    const packErrors = all.map(
      ({ text }) =>
        text.match(/new (?:PackFetchError|SignatureError)\(\s*'[\w-]+',\s*'error\./g)?.length ?? 0,
    );
    expect(packErrors.reduce((a, b) => a + b, 0)).toBeGreaterThan(20);
  });

  it('fails on a mistyped key and on a parameter the sentence does not have', () => {
    expect(keyProblems('x.ts', "throw new StoreError('not-found', 'error.claimNotFund', { id });")).toEqual([
      'x.ts: no key error.claimNotFund in the English error catalog',
    ]);
    expect(
      keyProblems('x.ts', "throw new StoreError('not-found', 'error.claimNotFound', { claim: id });"),
    ).toEqual(['x.ts: error.claimNotFound given {claim}, its sentence has {id}']);
    expect(keyProblems('x.ts', "throw new PackFetchError('http', 'error.fetchHttp', { url });")).toEqual([
      'x.ts: error.fetchHttp given {url}, its sentence has {status,url}',
    ]);
    expect(keyProblems('x.ts', "const upToDate = said('error.subUpdated');")).toEqual([
      'x.ts: error.subUpdated given {}, its sentence has {count}',
    ]);
  });

  it('English sentences are whole: no placeholder left unfilled', () => {
    expect(englishError('error.claimNotFound', { id: 'a#b@1' })).toBe('No claim "a#b@1" in the store.');
    expect(englishError('error.wrongVersion', { seen: '9', versions: { list: [1, 2], joined: 'and' } })).toBe(
      'This claim pack has version 9; this Crosstally reads versions 1 and 2.',
    );
    expect(
      englishError('error.invalidClaim', {}, [{ path: 'claim.value', key: 'error.issue.invalid' }]),
    ).toBe('Invalid claim: claim.value: invalid input');
  });
});

describe('zod’s reasons', () => {
  /** zod's own English for each issue, as the store wrote it before the catalog. */
  const zodsOwn = (error: z.ZodError) =>
    error.issues.map((issue) => {
      const message = issue.message.replace(/^Invalid (?:input|option): /, '');
      const where = issue.path
        .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
        .join('');
      return `x${where}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
    });

  it('read in English word for word as zod writes them', () => {
    const schema = z.strictObject({
      name: z.string().min(1).max(5),
      count: z.int().min(0).max(10),
      kind: z.enum(['a', 'b']),
      format: z.literal('pack'),
      tags: z.array(z.string()).min(1).max(2),
      code: z.string().regex(/^[a-z]+$/),
      when: z.number().gt(3),
    });
    const bad = {
      name: '',
      count: 11,
      kind: 'c',
      format: 'other',
      tags: ['a', 'b', 'c'],
      code: 'X',
      when: 3,
      more: 1,
      and: 2,
    };
    const result = schema.safeParse(bad);
    expect(result.success).toBe(false);
    if (result.success) return;
    const ours = zodIssues(result.error, 'x');
    expect(ours.map(englishIssue)).toEqual(zodsOwn(result.error));
    // Each has a key of ours: none fell back to zod's words.
    expect(ours.filter((issue) => issue.key === 'error.issue.text')).toEqual([]);
    const wrongTypes = z.strictObject({ a: z.number(), b: z.string(), c: z.array(z.number()) });
    const typed = wrongTypes.safeParse({ a: 'x', b: null, c: {} });
    if (typed.success) throw new Error('expected failure');
    expect(zodIssues(typed.error, 'x').map(englishIssue)).toEqual(zodsOwn(typed.error));
  });
});
