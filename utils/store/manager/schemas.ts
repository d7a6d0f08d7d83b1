/**
 * Validation of what the manager page sends: queries, sources, hand-typed claims, reviewed
 * articles and claims handed back for undo. Pure (zod only); every issue names its field.
 */
import { z } from 'zod';
import { isDay } from '../../engine/period';
import { MAX_ARTICLE_CHARS } from '../../limits';
import {
  claimantSchema,
  claimContentShape,
  claimOriginSchema,
  idSchema,
  metricIdSchema,
  qualifierSchema,
  sideSchema,
  sourceSchema,
} from '../claim-pack/schema';
import { StoreError } from '../errors';
import { zodIssues } from '../zod-issues';

/** Longest article text saved (defined in limits.ts, which content scripts may import). */
export { MAX_ARTICLE_CHARS };

const party = z.enum(['ARM', 'NK', 'AZ', 'other']);
const value = z.number().min(0).max(1e12);

const day = z.string().max(40).refine(isDay, { message: 'error.issue.day' });
/** store/period-filter.ts's PeriodFilter; a range's start must not come after its end. */
const periodFilterSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({ kind: z.literal('range'), from: day.optional(), to: day.optional() })
    .refine((range) => !range.from || !range.to || range.from <= range.to, {
      message: 'error.issue.rangeBackwards',
      path: ['to'],
    }),
  z.strictObject({ kind: z.literal('era'), era: idSchema }),
  z.strictObject({ kind: z.literal('unknown') }),
]);

export const claimQuerySchema = z.strictObject({
  text: z.string().max(500).optional(),
  metric: metricIdSchema.optional(),
  party: party.optional(),
  claimantId: idSchema.nullable().optional(),
  outlet: z.string().min(1).max(300).nullable().optional(),
  sourceId: idSchema.optional(),
  origin: claimOriginSchema.optional(),
  valueMin: value.optional(),
  valueMax: value.optional(),
  period: periodFilterSchema.optional(),
  sort: z.enum(['value-asc', 'value-desc', 'claimant', 'source']).optional(),
});

export const sourceInputSchema = z.strictObject({
  id: idSchema.optional(),
  label: sourceSchema.shape.label,
  outlet: sourceSchema.shape.outlet,
  url: sourceSchema.shape.url,
  language: sourceSchema.shape.language,
  publishedDate: sourceSchema.shape.publishedDate,
  kind: z.enum(['web', 'import']),
});

export const manualClaimDraftSchema = z.strictObject({
  metric: claimContentShape.metric,
  value: claimContentShape.value,
  qualifier: qualifierSchema,
  side: sideSchema,
  claimant: claimantSchema.nullable(),
  sourceId: idSchema,
  quote: claimContentShape.quote,
  figureText: z.string().min(1).max(1000),
  period: claimContentShape.period,
  note: z.string().max(5000).optional(),
});

const offset = z.int().min(0);

export const articleDraftSchema = z.strictObject({
  source: sourceInputSchema.omit({ id: true }),
  text: z.string().min(1).max(MAX_ARTICLE_CHARS),
  claims: z
    .array(
      z.strictObject({
        metric: claimContentShape.metric,
        value: claimContentShape.value,
        qualifier: qualifierSchema,
        side: sideSchema,
        claimant: claimantSchema.nullable(),
        start: offset,
        end: offset,
        sentenceStart: offset,
        sentenceEnd: offset,
        period: claimContentShape.period,
      }),
    )
    .max(5000),
});

/** A whole stored claim, as handed back to undo an edit. */
export const storedClaimSchema = z.strictObject({
  id: idSchema,
  ...claimContentShape,
  origin: claimOriginSchema,
  createdAt: z.int().min(0),
  updatedAt: z.int().min(0),
  editedAt: z.int().min(0).optional(),
});

const INVALID = {
  claim: 'error.invalidClaim',
  source: 'error.invalidSource',
  article: 'error.invalidArticle',
} as const;

export function parseWith<T>(schema: z.ZodType<T>, data: unknown, what: keyof typeof INVALID): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new StoreError('invalid', INVALID[what], {}, zodIssues(result.error, what));
}
