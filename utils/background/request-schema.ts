/**
 * Run-time validation of incoming requests (zod). Lives apart from protocol/ so content scripts,
 * which only send, do not carry zod; the compile-time checks below keep it equal to the protocol.
 */
import { z } from 'zod';
import { isDay } from '../engine/period';
import {
  MAX_BULK_IDS,
  MAX_CHECK_TEXT_CHARS,
  MAX_PACK_CHARS,
  MAX_PAGE_TEXT_CHARS,
  PACK_UPLOAD_PART_CHARS,
} from '../limits';
import type { AnyRequest } from '../messaging/protocol';
import {
  claimantSchema,
  claimOriginSchema,
  idSchema,
  metricIdSchema,
  periodSchema,
  qualifierSchema,
  sideSchema,
} from '../store/claim-pack/schema';
import { claimChangesSchema, claimDraftSchema, sourceDraftSchema } from '../store/draft-schemas';
import type { ErrorIssue } from '../store/errors';
import {
  articleDraftSchema,
  claimQuerySchema,
  manualClaimDraftSchema,
  sourceInputSchema,
  storedClaimSchema,
} from '../store/manager/schemas';
import { REFRESH_INTERVALS_HOURS } from '../store/published/subscription';
import { zodIssues } from '../store/zod-issues';
import { ledgerRequestSchemas } from './ledger-schema';

// The extension's CSP allows no eval, so zod's compiled fast path cannot run in the background;
// its probe for it (a caught `new Function`) would still be a CSP violation in the worker's log.
z.config({ jitless: true });

const pageFigureSchema = z.strictObject({
  metric: metricIdSchema,
  value: z.number().min(0).nullable(),
  qualifier: qualifierSchema,
  side: sideSchema,
  claimant: claimantSchema.nullable(),
  sourceId: idSchema.optional(),
  text: z.string().max(1000).optional(),
  period: periodSchema.optional(),
});

const searchFiltersSchema = z.strictObject({
  metric: metricIdSchema.optional(),
  origin: claimOriginSchema.optional(),
  sourceId: idSchema.optional(),
  claimantId: idSchema.optional(),
  limit: z.int().min(1).max(500).optional(),
  offset: z.int().min(0).optional(),
});

const exportFilterSchema = z.strictObject({
  metric: metricIdSchema.optional(),
  origin: claimOriginSchema.optional(),
  sourceIds: z.array(idSchema).max(100_000).optional(),
  claimantId: idSchema.optional(),
});

/** A claim's version in the store (manager/versions.ts). */
const version = z.int().min(1);

const subscriptionId = z.string().regex(/^[a-z0-9]{1,12}$/);
const subscriptionTarget = {
  url: z.string().min(1).max(2048),
  publicKey: z.string().max(200).optional(),
};

const uploadIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
const conflictPolicy = z.enum(['keep-mine', 'take-theirs']);
/** Enough parts for the largest pack read. */
const MAX_UPLOAD_PARTS = Math.ceil(MAX_PACK_CHARS / PACK_UPLOAD_PART_CHARS);

const packRef = { text: z.string().optional(), uploadId: uploadIdSchema.optional() };
const onePackRef = (request: { text?: string; uploadId?: string }) =>
  (request.text === undefined) !== (request.uploadId === undefined);
const PACK_REF_RULE = 'expected the pack as text or as an upload id (one of the two)';

/** A page's publication day: a real calendar day, YYYY-MM-DD (the engine reads relative words against it). */
const daySchema = z.string().max(40).refine(isDay, { message: 'error.issue.day' });

const bare = <T extends string>(type: T) => z.strictObject({ type: z.literal(type) });

export const requestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('getReports'), figure: pageFigureSchema }),
  z.strictObject({
    type: z.literal('checkText'),
    text: z.string().min(1).max(MAX_CHECK_TEXT_CHARS),
    context: z
      .strictObject({
        text: z.string().min(1).max(MAX_CHECK_TEXT_CHARS),
        selectionStart: z.int().min(0),
        selectionEnd: z.int().min(0),
      })
      .refine((c) => c.selectionStart <= c.selectionEnd && c.selectionEnd <= c.text.length, {
        message: 'error.issue.selectionOutside',
        path: ['selectionEnd'],
      })
      .optional(),
    publishedDate: daySchema.optional(),
  }),
  z.strictObject({ type: z.literal('claimsForPage'), url: z.string().min(1).max(8192) }),
  z.strictObject({
    type: z.literal('analyzePage'),
    page: z.strictObject({
      text: z.string().max(MAX_PAGE_TEXT_CHARS),
      title: z.string().max(2000).optional(),
      url: z.string().max(8192).optional(),
      lang: z.string().max(64).optional(),
      publishedDate: z.iso.date().nullable().optional(),
      continued: z.literal(true).optional(),
    }),
  }),
  z.strictObject({ type: z.literal('saveClaim'), claim: claimDraftSchema, source: sourceDraftSchema }),
  z.strictObject({
    type: z.literal('updateClaim'),
    id: idSchema,
    baseVersion: version,
    changes: claimChangesSchema,
  }),
  z.strictObject({
    type: z.literal('search'),
    query: z.string().max(500),
    filters: searchFiltersSchema.optional(),
  }),
  bare('counts'),
  // Pack size is checked (with a clear message) by the importer and the uploads, before parsing.
  z.strictObject({
    type: z.literal('importUpload'),
    uploadId: uploadIdSchema,
    index: z
      .int()
      .min(0)
      .max(MAX_UPLOAD_PARTS - 1),
    count: z.int().min(1).max(MAX_UPLOAD_PARTS),
    text: z.string().max(PACK_UPLOAD_PART_CHARS),
  }),
  z.strictObject({ type: z.literal('importPreview'), ...packRef }).refine(onePackRef, PACK_REF_RULE),
  z
    .strictObject({
      type: z.literal('importApply'),
      ...packRef,
      onConflict: conflictPolicy,
      progressId: uploadIdSchema.optional(),
    })
    .refine(onePackRef, PACK_REF_RULE),
  z.strictObject({ type: z.literal('importProgress'), progressId: uploadIdSchema }),
  z.strictObject({ type: z.literal('importCancel'), progressId: uploadIdSchema }),
  z.strictObject({ type: z.literal('exportPack'), filter: exportFilterSchema.optional() }),
  z.strictObject({
    type: z.literal('resetToSeed'),
    keep: z
      .array(z.enum(['user', 'import']))
      .max(2)
      .optional(),
  }),
  bare('storageEstimate'),
  z.strictObject({ type: z.literal('getSeedDocument'), sourceId: idSchema }),
  z.strictObject({ type: z.literal('openReader'), sourceId: idSchema, claimId: idSchema }),
  // The manager page.
  z.strictObject({
    type: z.literal('listClaims'),
    query: claimQuerySchema,
    offset: z.int().min(0),
    limit: z.int().min(1).max(500),
  }),
  z.strictObject({
    type: z.literal('listClaimIds'),
    query: claimQuerySchema,
    offset: z.int().min(0).optional(),
    limit: z.int().min(1).optional(),
  }),
  bare('claimFacets'),
  z.strictObject({ type: z.literal('metricSpreads'), query: claimQuerySchema }),
  z.strictObject({ type: z.literal('metricTimeline'), metric: metricIdSchema, side: sideSchema.optional() }),
  bare('listSources'),
  z.strictObject({ type: z.literal('sourceClaimCounts'), sourceIds: z.array(idSchema).max(500) }),
  z.strictObject({ type: z.literal('addClaim'), claim: manualClaimDraftSchema }),
  z.strictObject({ type: z.literal('getClaim'), id: idSchema }),
  z.strictObject({ type: z.literal('restoreClaim'), claim: storedClaimSchema, version }),
  z
    .strictObject({
      type: z.literal('deleteClaims'),
      ids: z.array(idSchema).max(MAX_BULK_IDS),
      versions: z.array(version).max(MAX_BULK_IDS).optional(),
    })
    .refine((r) => r.versions === undefined || r.versions.length === r.ids.length, {
      message: 'error.issue.versionPerId',
      path: ['versions'],
    }),
  z.strictObject({ type: z.literal('deleteSource'), sourceId: idSchema }),
  z.strictObject({ type: z.literal('undoDelete'), token: z.string().min(1).max(100) }),
  z.strictObject({ type: z.literal('saveSource'), source: sourceInputSchema }),
  z.strictObject({ type: z.literal('saveArticle'), article: articleDraftSchema }),
  z.strictObject({
    type: z.literal('exportClaims'),
    query: claimQuerySchema.optional(),
    ids: z.array(idSchema).max(MAX_BULK_IDS).optional(),
  }),
  z.strictObject({ type: z.literal('packSubscriptions') }),
  z.strictObject({ type: z.literal('previewPackSubscription'), ...subscriptionTarget }),
  z.strictObject({ type: z.literal('subscribePack'), ...subscriptionTarget }),
  z.strictObject({ type: z.literal('refreshPackSubscription'), id: subscriptionId }),
  z.strictObject({ type: z.literal('acceptPackKey'), id: subscriptionId }),
  z.strictObject({
    type: z.literal('setPackRefreshInterval'),
    id: subscriptionId,
    hours: z.union(REFRESH_INTERVALS_HOURS.map((hours) => z.literal(hours))),
  }),
  z.strictObject({ type: z.literal('unsubscribePack'), id: subscriptionId }),
  ...ledgerRequestSchemas,
]);

// Compile-time: every protocol request is valid input, and what validation returns is a protocol request.
const _schemaMatchesProtocol: [AnyRequest] extends [z.input<typeof requestSchema>]
  ? [z.output<typeof requestSchema>] extends [AnyRequest]
    ? true
    : false
  : false = true;
void _schemaMatchesProtocol;

export type ParsedRequest = { ok: true; request: AnyRequest } | { ok: false; issues: ErrorIssue[] };

export function parseRequest(data: unknown): ParsedRequest {
  const result = requestSchema.safeParse(data);
  if (result.success) return { ok: true, request: result.data };
  return { ok: false, issues: zodIssues(result.error, 'request') };
}
