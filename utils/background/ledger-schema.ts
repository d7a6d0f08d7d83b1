/**
 * Run-time validation of the reading ledger's requests (zod), joined to requestSchema. What a
 * content script says of its page is untrusted: every field is bounded and typed here.
 */
import { z } from 'zod';
import { MAX_LEDGER_FIGURES } from '../limits';
import {
  claimantSchema,
  idSchema,
  metricIdSchema,
  periodSchema,
  qualifierSchema,
  selectorSchema,
  sideSchema,
} from '../store/claim-pack';
import { KEEP_DAYS_CHOICES } from '../store/ledger/types';

const httpUrl = z
  .string()
  .max(2048)
  .regex(/^https?:\/\/\S+$/i, 'expected an http(s) URL');
const offset = z.int().min(0);

const readPageSchema = z.strictObject({
  url: httpUrl,
  canonicalUrl: httpUrl.nullable(),
  title: z.string().max(500),
  outlet: z.string().max(300),
  publishedDate: z.iso.date().nullable(),
  language: z.string().min(2).max(35),
  textDigest: z.string().regex(/^text:[0-9a-f]{16}$/),
});

const readFigureSchema = z.strictObject({
  metric: metricIdSchema,
  value: z.number().min(0),
  qualifier: qualifierSchema,
  side: sideSchema,
  claimant: claimantSchema.nullable(),
  quote: z.string().min(1).max(5000),
  quoteFigureStart: offset,
  quoteFigureEnd: offset,
  selector: selectorSchema,
  start: offset,
  end: offset,
  period: periodSchema,
});

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
