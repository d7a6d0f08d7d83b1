/**
 * The claim-pack format: a versioned JSON file of sources and claims, the only way claims enter or
 * leave the store in bulk (seed, import, export, the CLI's --pack). Pure: no Dexie, no browser APIs.
 *
 * Strings are kept verbatim, markup included: news quotes may hold "<" or "&", and the UI only ever
 * renders them as text nodes. URLs are the exception: only http(s) is accepted, because a URL is
 * rendered as a link target, where a `javascript:` URL would be live.
 */
import { z } from 'zod';
import { isPeriod } from '../engine/period';
import type { Figure } from '../engine/types';
import { type ErrorIssue, englishIssue } from '../i18n/error-messages';
import { MAX_ARTICLE_CHARS, MAX_PACK_CHARS } from '../limits';
import { claimIdFor } from './claim-ids';
import { upgradeClaimRecord } from './claim-upgrade';
import { StoreError } from './errors';
import type { Claim, ClaimOrigin, Source, SourceDocument } from './types';
import { formatPath, zodIssues } from './zod-issues';

export const CLAIM_PACK_FORMAT = 'crosstally-claim-pack';
/**
 * 2: claims carry `period` (ISO 8601, utils/engine/period.ts) in place of `eventDate`, and no
 * retired metric ids. Version 1 packs still import: claim-upgrade.ts reads them as version 2.
 */
export const CLAIM_PACK_VERSION = 2;
/** Older versions this Crosstally still reads. */
const READABLE_PACK_VERSIONS: readonly number[] = [1, CLAIM_PACK_VERSION];

/** Larger packs are refused before parsing (the limit is owned by limits.ts). */
export { MAX_PACK_CHARS };

const MAX_LISTED_ISSUES = 50;

/**
 * The id pattern of sources, claims, claimants and metrics: an ASCII letter or digit, then letters,
 * digits and `. _ : # @ / + ~ = % & ? -`; never the name of a built-in object property
 * (`constructor`, `toString`, …), so an id can key a plain object or a Map alike and never shows
 * as a metric by accident. `__proto__` and the like fail the first character already.
 */
export const ID_PATTERN =
  /^(?!(?:constructor|prototype|toString|toLocaleString|valueOf|hasOwnProperty|isPrototypeOf|propertyIsEnumerable)$)[A-Za-z0-9][A-Za-z0-9._:#@/+~=%&?-]*$/;
const ID_RULE = 'error.issue.id';

/** Ids of sources, claims and claimants. */
export const idSchema = z.string().min(1).max(300).regex(ID_PATTERN, ID_RULE);
/** Ids of metrics (the topic pack's, or a pack's own). */
export const metricIdSchema = z.string().min(1).max(100).regex(ID_PATTERN, ID_RULE);
const id = idSchema;
const label = z.string().min(1).max(500);
const isoDate = z.iso.date({ error: 'error.issue.isoDate' });
const httpUrl = z
  .string()
  .max(2048)
  .regex(/^https?:\/\/\S+$/i, 'error.issue.httpUrl');
const offset = z.int().min(0);
const PERIOD_RULE = 'error.issue.period';
/** The shape for JSON Schema readers; isPeriod also checks the dates are real and in order. */
const PERIOD_SHAPE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/;
/** A period as stored; null when unknown. */
export const periodSchema = z
  .string()
  .max(40)
  .regex(PERIOD_SHAPE, { message: PERIOD_RULE, abort: true })
  .refine(isPeriod, PERIOD_RULE)
  .nullable();

export const qualifierSchema = z.enum(['exact', 'at_least', 'more_than', 'about', 'up_to', 'vague']);
export const sideSchema = z.enum(['AZ', 'ARM']).nullable();
export const claimOriginSchema = z.enum(['seed', 'user', 'import', 'read']);

export const claimantSchema = z.strictObject({
  id,
  label,
  party: z.enum(['ARM', 'NK', 'AZ', 'other']),
});

export const selectorSchema = z.strictObject({
  exact: z.string().min(1).max(1000),
  prefix: z.string().max(1000),
  suffix: z.string().max(1000),
});

export const sourceSchema = z.strictObject({
  id,
  label,
  outlet: z.string().min(1).max(300).nullable(),
  url: httpUrl.nullable(),
  language: z.string().min(2).max(35),
  publishedDate: isoDate.nullable(),
  kind: z.enum(['seed', 'web', 'import', 'read']).default('import'),
  segments: z
    .array(z.strictObject({ title: z.string().max(500), start: offset, end: offset }))
    .max(1000)
    .default([]),
  readAt: z.int().min(0).optional(),
});

/** Fields every claim carries, whether drafted by a user or read from a pack. */
export const claimContentShape = {
  metric: metricIdSchema,
  value: z.number().min(0).nullable(),
  qualifier: qualifierSchema,
  side: sideSchema,
  claimant: claimantSchema.nullable(),
  sourceId: id,
  quote: z.string().min(1).max(5000),
  quoteFigureStart: offset,
  quoteFigureEnd: offset,
  selector: selectorSchema,
  start: offset,
  end: offset,
  period: periodSchema,
  note: z.string().max(5000).optional(),
};

export const claimSchema = z.strictObject({
  id,
  ...claimContentShape,
  origin: claimOriginSchema.optional(),
  createdAt: z.int().min(0).optional(),
  updatedAt: z.int().min(0).optional(),
  editedAt: z.int().min(0).optional(),
  history: z
    .array(
      z.strictObject({
        value: z.number().min(0).nullable(),
        qualifier: qualifierSchema,
        seenAt: z.int().min(0),
      }),
    )
    .max(100)
    .optional(),
});

export const documentSchema = z.strictObject({ sourceId: id, text: z.string().max(MAX_ARTICLE_CHARS) });

export const claimPackSchema = z
  .strictObject({
    format: z.literal(CLAIM_PACK_FORMAT),
    version: z.literal(CLAIM_PACK_VERSION),
    generatedBy: z.string().max(300).optional(),
    createdAt: z.int().min(0),
    sources: z.array(sourceSchema),
    claims: z.array(claimSchema),
    documents: z.array(documentSchema).optional(),
  })
  .superRefine((pack, ctx) => {
    const sourceIds = firstIndexById(pack.sources, 'sources', ctx);
    firstIndexById(pack.claims, 'claims', ctx);
    pack.claims.forEach((claim, i) => {
      if (!sourceIds.has(claim.sourceId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['claims', i, 'sourceId'],
          message: 'error.issue.noSourceInPack',
          params: { id: claim.sourceId },
        });
      }
      if (claim.quoteFigureStart > claim.quoteFigureEnd || claim.quoteFigureEnd > claim.quote.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['claims', i, 'quoteFigureEnd'],
          message: 'error.issue.offsetsOutsideQuote',
        });
      }
      if (claim.start > claim.end) {
        ctx.addIssue({ code: 'custom', path: ['claims', i, 'end'], message: 'error.issue.endBeforeStart' });
      }
    });
    pack.documents?.forEach((doc, i) => {
      if (!sourceIds.has(doc.sourceId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['documents', i, 'sourceId'],
          message: 'error.issue.noSourceInPack',
          params: { id: doc.sourceId },
        });
      }
    });
  })
  .meta({
    title: 'Crosstally claim pack',
    description: 'Sources and the figures (claims) they report, for import into Crosstally.',
  });

/** A pack as read from a file: some claim fields may be missing and are defaulted on import. */
export type ClaimPackInput = z.output<typeof claimPackSchema>;
export type ClaimInput = ClaimPackInput['claims'][number];

/** A pack as written by Crosstally (export, seed, CLI): every claim complete. */
export interface ClaimPack {
  format: typeof CLAIM_PACK_FORMAT;
  version: typeof CLAIM_PACK_VERSION;
  generatedBy?: string;
  createdAt: number;
  sources: Source[];
  claims: Claim[];
  documents?: SourceDocument[];
}

function firstIndexById(items: { id: string }[], listName: string, ctx: z.RefinementCtx): Set<string> {
  const firstAt = new Map<string, number>();
  items.forEach((item, i) => {
    const first = firstAt.get(item.id);
    if (first === undefined) firstAt.set(item.id, i);
    else
      ctx.addIssue({
        code: 'custom',
        path: [listName, i, 'id'],
        message: 'error.issue.duplicateId',
        params: { id: item.id, list: listName, first: String(first) },
      });
  });
  return new Set(firstAt.keys());
}

export { formatPath };

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

export { claimIdFor };

const SELECTOR_CONTEXT = 32;

export interface BuildClaimPackOptions {
  origin: ClaimOrigin;
  createdAt: number;
  generatedBy: string;
  /** Carry each document's text in the pack (the seed does, so the reader page can show it). */
  includeText?: boolean;
}

/** Turns engine figures of documents into a claim pack. */
export function buildClaimPack(
  docs: { source: Source; text: string; figures: Figure[] }[],
  opts: BuildClaimPackOptions,
): ClaimPack {
  const sources = new Map<string, Source>();
  const claims = new Map<string, Claim>();
  const documents: SourceDocument[] = [];
  for (const { source, text, figures } of docs) {
    if (!sources.has(source.id) && opts.includeText) documents.push({ sourceId: source.id, text });
    sources.set(source.id, source);
    for (const figure of figures) {
      const claimId = claimIdFor(source.id, figure.metric, figure.start);
      if (claims.has(claimId)) continue;
      claims.set(claimId, {
        id: claimId,
        metric: figure.metric,
        value: figure.value,
        qualifier: figure.qualifier,
        side: figure.side,
        claimant: figure.claimant,
        sourceId: source.id,
        quote: figure.sentence,
        quoteFigureStart: figure.start - figure.sentenceStart,
        quoteFigureEnd: figure.end - figure.sentenceStart,
        selector: {
          exact: figure.text,
          prefix: text.slice(Math.max(0, figure.start - SELECTOR_CONTEXT), figure.start),
          suffix: text.slice(figure.end, figure.end + SELECTOR_CONTEXT),
        },
        start: figure.start,
        end: figure.end,
        period: figure.period,
        origin: opts.origin,
        createdAt: opts.createdAt,
        updatedAt: opts.createdAt,
      });
    }
  }
  return {
    format: CLAIM_PACK_FORMAT,
    version: CLAIM_PACK_VERSION,
    generatedBy: opts.generatedBy,
    createdAt: opts.createdAt,
    sources: [...sources.values()],
    claims: [...claims.values()],
    ...(opts.includeText ? { documents } : {}),
  };
}
