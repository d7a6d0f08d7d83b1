/**
 * Validation of what a user (or a page, through the content script) sends to write: a claim draft,
 * its source and changes to a stored claim. Pure (zod only).
 */
import { z } from 'zod';
import { claimContentShape, sourceSchema } from './claim-pack/schema';
import { StoreError } from './errors';
import type { ClaimChanges, ClaimDraft, SourceDraft } from './types';
import { zodIssues } from './zod-issues';

export const claimDraftSchema = z.strictObject(claimContentShape);

/** A page's source: the store decides its kind. */
export const sourceDraftSchema = sourceSchema.omit({ kind: true });

export const claimChangesSchema = z
  .strictObject({
    metric: claimContentShape.metric,
    value: claimContentShape.value,
    qualifier: claimContentShape.qualifier,
    side: claimContentShape.side,
    claimant: claimContentShape.claimant,
    period: claimContentShape.period,
    note: z.string().max(5000),
  })
  .partial();

const INVALID = {
  claim: 'error.invalidClaim',
  source: 'error.invalidSource',
  changes: 'error.invalidChanges',
} as const;

function parseOrThrow<T>(schema: z.ZodType<T>, data: unknown, what: keyof typeof INVALID): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new StoreError('invalid', INVALID[what], {}, zodIssues(result.error, what));
}

export function parseClaimDraft(data: unknown): ClaimDraft {
  return parseOrThrow(claimDraftSchema, data, 'claim');
}

export function parseSourceDraft(data: unknown): SourceDraft {
  return parseOrThrow(sourceDraftSchema, data, 'source');
}

export function parseClaimChanges(data: unknown): ClaimChanges {
  return parseOrThrow(claimChangesSchema, data, 'changes');
}
