/**
 * The claim-pack format: a versioned JSON file of sources and claims, the only way claims enter or
 * leave the store in bulk (seed, import, export, the CLI's --pack). Pure: no Dexie, no browser APIs.
 *
 * Strings are kept verbatim, markup included: news quotes may hold "<" or "&", and the UI only ever
 * renders them as text nodes. URLs are the exception: only http(s) is accepted, because a URL is
 * rendered as a link target, where a `javascript:` URL would be live.
 */
import { z } from 'zod';
import { isPeriod } from '../../engine/period';
import { MAX_ARTICLE_CHARS } from '../../limits';
import type { Claim, Source, SourceDocument } from '../types';

export const CLAIM_PACK_FORMAT = 'crosstally-claim-pack';
/**
 * 2: claims carry `period` (ISO 8601, utils/engine/period.ts) in place of `eventDate`, and no
 * retired metric ids. Version 1 packs still import: claim-upgrade.ts reads them as version 2.
 */
export const CLAIM_PACK_VERSION = 2;
/** Older versions this Crosstally still reads. */
export const READABLE_PACK_VERSIONS: readonly number[] = [1, CLAIM_PACK_VERSION];

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
