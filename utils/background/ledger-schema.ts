/**
 * Run-time validation of the reading ledger's requests (zod), joined to requestSchema. What a
 * content script says of its page is untrusted: every field is bounded and typed here.
 */
import { z } from 'zod';
import { MAX_LEDGER_FIGURES } from '../limits';
import { claimContentShape, idSchema, sideSchema } from '../store/claim-pack/schema';
import { KEEP_DAYS_CHOICES } from '../store/ledger/types';

const httpUrl = z
  .string()
  .max(2048)
  .regex(/^https?:\/\/\S+$/i, 'expected an http(s) URL');

const readPageSchema = z.strictObject({
  url: httpUrl,
  canonicalUrl: httpUrl.nullable(),
  title: z.string().max(500),
  outlet: z.string().max(300),
  publishedDate: z.iso.date().nullable(),
  language: z.string().min(2).max(35),
  textDigest: z.string().regex(/^text:[0-9a-f]{16}$/),
});

// A read figure is a claim's content without its source and note, and always with a value.
const { sourceId: _sourceId, note: _note, value: _value, ...figureFields } = claimContentShape;
const readFigureSchema = z.strictObject({ ...figureFields, value: z.number().min(0) });

/** Largest count a reader may give a read figure: more people than there are. */
const MAX_CORRECTED_VALUE = 10_000_000_000;

const siteName = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9.:[\]-]+$/i, 'expected a site name such as example.com');

export const ledgerRequestSchemas = [
  z.strictObject({
    type: z.literal('recordReading'),
    page: readPageSchema,
    figures: z.array(readFigureSchema).max(MAX_LEDGER_FIGURES),
    save: z.literal(true).optional(),
    storedAs: idSchema.optional(),
  }),
  z.strictObject({ type: z.literal('setLedgerConsent'), consent: z.boolean() }),
  z.strictObject({ type: z.literal('forgetReadClaim'), claimId: idSchema }),
  z.strictObject({
    type: z.literal('correctReadClaim'),
    claimId: idSchema,
    // A count: a whole number, as the engine reads figures (a page cannot send NaN or 1e300).
    value: z.int().min(0).max(MAX_CORRECTED_VALUE),
    side: sideSchema.optional(),
  }),
  z.strictObject({ type: z.literal('ledgerSettings') }),
  z.strictObject({
    type: z.literal('updateLedgerSettings'),
    consent: z.boolean().optional(),
    keepDays: z.union([z.literal(KEEP_DAYS_CHOICES), z.null()]).optional(),
    site: z.strictObject({ name: siteName, excluded: z.boolean() }).optional(),
  }),
  z.strictObject({ type: z.literal('forgetReadSite'), site: siteName }),
  z.strictObject({ type: z.literal('forgetAllRead') }),
] as const;
