/**
 * Reading a claim pack: the text's size, then its JSON, then the schema (schema.ts), with every
 * bad field named in the reader's language; version 1 packs are read as version 2.
 */
import type { z } from 'zod';
import { type ErrorIssue, englishIssue } from '../../i18n/error-messages';
import { MAX_PACK_CHARS } from '../../limits';
import { upgradeClaimRecord } from '../claim-upgrade';
import { StoreError } from '../errors';
import { zodIssues } from '../zod-issues';
import {
  CLAIM_PACK_FORMAT,
  CLAIM_PACK_VERSION,
  type ClaimPackInput,
  claimPackSchema,
  READABLE_PACK_VERSIONS,
} from './schema';

const MAX_LISTED_ISSUES = 50;

/** One English line per issue, each naming the bad field: "claims[3].value: expected number, received string". */
export function formatIssues(error: z.ZodError, root?: string): string[] {
  return zodIssues(error, root).map(englishIssue);
}

/** Validates an already parsed value as a claim pack. Throws StoreError with every bad field named. */
export function validateClaimPack(data: unknown): ClaimPackInput {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new StoreError('wrong-format', 'error.notAnObject');
  }
  const header = data as { format?: unknown; version?: unknown };
  if (header.format !== CLAIM_PACK_FORMAT) {
    throw new StoreError('wrong-format', 'error.wrongFormat', { format: CLAIM_PACK_FORMAT }, [
      { path: 'format', key: 'error.issue.expectedValue', params: { value: `"${CLAIM_PACK_FORMAT}"` } },
    ]);
  }
  if (typeof header.version !== 'number' || !READABLE_PACK_VERSIONS.includes(header.version)) {
    const seen = JSON.stringify(header.version) ?? 'missing';
    const versions = (joined: 'and' | 'or') => ({ list: READABLE_PACK_VERSIONS, joined });
    throw new StoreError('wrong-format', 'error.wrongVersion', { seen, versions: versions('and') }, [
      { path: 'version', key: 'error.issue.version', params: { versions: versions('or'), seen } },
    ]);
  }
  const current = header.version === CLAIM_PACK_VERSION ? data : upgradePack(data);
  const result = claimPackSchema.safeParse(current);
  if (result.success) return result.data;
  const issues = zodIssues(result.error).map((issue, i) =>
    nameClaim(issue, result.error.issues[i]?.path ?? [], current),
  );
  const listed = issues.slice(0, MAX_LISTED_ISSUES);
  if (issues.length > listed.length)
    listed.push({ path: '', key: 'error.issue.andMore', params: { count: issues.length - listed.length } });
  throw new StoreError('invalid-pack', 'error.invalidPack', { count: issues.length }, listed);
}

/** A version 1 pack read as version 2 (periods, today's metric ids); the schema checks the result. */
function upgradePack(data: object): object {
  const claims = (data as { claims?: unknown }).claims;
  if (!Array.isArray(claims)) return { ...data, version: CLAIM_PACK_VERSION };
  return {
    ...data,
    version: CLAIM_PACK_VERSION,
    claims: claims.map((claim: unknown) =>
      typeof claim === 'object' && claim !== null && !Array.isArray(claim)
        ? upgradeClaimRecord(claim as Record<string, unknown>)
        : claim,
    ),
  };
}

/**
 * A bad period names its claim by id as well ("claims[3].period: expected a period … (claim
 * "a#b@1")"): a reader fixing a file by hand finds a claim by its id, not by its index.
 */
function nameClaim(issue: ErrorIssue, path: readonly PropertyKey[], data: unknown): ErrorIssue {
  if (path[0] !== 'claims' || typeof path[1] !== 'number' || path[2] !== 'period') return issue;
  const claim = (data as { claims?: unknown[] }).claims?.[path[1]] as { id?: unknown } | undefined;
  return typeof claim?.id === 'string' ? { ...issue, claim: claim.id.slice(0, 80) } : issue;
}

/** A file's size and the limit, in MB as the too-large messages say them ("12.5", "20"). */
export function megabytes(chars: number): { size: string; limit: string } {
  return { size: (chars / 1024 / 1024).toFixed(1), limit: String(MAX_PACK_CHARS / 1024 / 1024) };
}

/**
 * Where JSON.parse stopped, as line and column: the engine's own words are English (and differ
 * between browsers), the place is what helps, in any language. V8 says "at position N" or
 * "(line L column C)"; anything else gives no place.
 */
function jsonErrorPlace(text: string, error: unknown): { line: string; column: string } | null {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn?.[1] && lineColumn[2]) return { line: lineColumn[1], column: lineColumn[2] };
  const position = /position (\d+)/.exec(message);
  if (!position?.[1]) return null;
  const offset = Math.min(Number(position[1]), text.length);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line: String(line), column: String(offset - before.lastIndexOf('\n')) };
}

/** Parses the text of a pack file: size first (before any parsing), then JSON, then the schema. */
export function parseClaimPackText(text: string): ClaimPackInput {
  if (text.length > MAX_PACK_CHARS) {
    throw new StoreError('too-large', 'error.packTooLarge', megabytes(text.length));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const at = jsonErrorPlace(text, error);
    if (at) throw new StoreError('not-json', 'error.notJsonAt', at);
    throw new StoreError('not-json', 'error.notJson');
  }
  return validateClaimPack(data);
}
