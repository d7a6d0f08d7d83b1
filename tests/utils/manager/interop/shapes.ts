/**
 * The published shapes the interop exports must satisfy, written from the specifications:
 * schema.org ClaimReview with the properties fact-check readers require (claimReviewed, reviewRating
 * with a rating or alternateName, url, author, datePublished), and the W3C Web Annotation Data Model's
 * MUSTs (context, IRIs, types, targets, TextQuoteSelector with `exact`, the motivation vocabulary).
 */
import { z } from 'zod';

const iri = z.string().regex(/^(?:https?:\/\/\S+|urn:[a-z0-9][a-z0-9-]{0,31}:\S+)$/i, 'an IRI');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/);
const organizationOrPerson = z.object({
  '@type': z.enum(['Organization', 'Person']),
  name: z.string().min(1),
});

export const claimReviewShape = z.object({
  '@context': z.literal('https://schema.org'),
  '@graph': z.array(
    z.object({
      '@type': z.literal('ClaimReview'),
      url: iri,
      claimReviewed: z.string().min(1),
      author: organizationOrPerson,
      datePublished: isoDate,
      reviewRating: z
        .object({
          '@type': z.literal('Rating'),
          ratingValue: z.number().optional(),
          alternateName: z.string().optional(),
        })
        .refine(
          (r) => r.ratingValue !== undefined || !!r.alternateName,
          'a rating value or an alternateName',
        ),
      itemReviewed: z.object({
        '@type': z.literal('Claim'),
        author: organizationOrPerson.optional(),
        appearance: z
          .object({
            '@type': z.literal('CreativeWork'),
            url: iri.optional(),
            publisher: organizationOrPerson.optional(),
            datePublished: isoDate.optional(),
          })
          .optional(),
      }),
    }),
  ),
});

const MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
] as const;

const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/);

const textualBody = z.object({
  type: z.literal('TextualBody'),
  value: z.string(),
  format: z.string().optional(),
  purpose: z.enum(MOTIVATIONS).optional(),
});

export const annotationShape = z.object({
  id: iri,
  type: z.literal('Annotation'),
  motivation: z.enum(MOTIVATIONS).optional(),
  created: dateTime.optional(),
  modified: dateTime.optional(),
  body: z.array(textualBody).optional(),
  target: z.object({
    source: iri,
    selector: z.object({
      type: z.literal('TextQuoteSelector'),
      exact: z.string().min(1),
      prefix: z.string().optional(),
      suffix: z.string().optional(),
    }),
  }),
});

export const annotationCollectionShape = z.object({
  '@context': z.union([
    z.literal('http://www.w3.org/ns/anno.jsonld'),
    z.array(z.string()).refine((c) => c.includes('http://www.w3.org/ns/anno.jsonld')),
  ]),
  id: iri,
  type: z.literal('AnnotationCollection'),
  total: z.int().min(0),
  first: z.object({ id: iri, type: z.literal('AnnotationPage'), items: z.array(annotationShape) }),
});
