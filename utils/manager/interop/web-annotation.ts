/**
 * Claims as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): each figure anchors in its
 * article with a TextQuoteSelector, so any annotation tool can show it on the page it came from.
 * One AnnotationCollection with one page of items.
 */
import type { ClaimPack } from '../../store/claim-pack/schema';
import type { Claim, Source } from '../../store/types';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

type Thing = Record<string, unknown>;

function describe(claim: Claim, metricLabel: (metric: string) => string): string {
  const value = claim.value === null ? `“${claim.selector.exact}”` : String(claim.value);
  const who = claim.claimant ? `, according to ${claim.claimant.label}` : '';
  return `${metricLabel(claim.metric)}: ${value}${who}`;
}

function annotation(
  claim: Claim,
  source: Source | undefined,
  metricLabel: (metric: string) => string,
): Thing {
  const body: Thing[] = [
    { type: 'TextualBody', value: describe(claim, metricLabel), format: 'text/plain', purpose: 'describing' },
    { type: 'TextualBody', value: claim.metric, purpose: 'tagging' },
  ];
  if (claim.note)
    body.push({ type: 'TextualBody', value: claim.note, format: 'text/plain', purpose: 'commenting' });
  return {
    id: `urn:crosstally:claim:${encodeURIComponent(claim.id)}`,
    type: 'Annotation',
    motivation: 'describing',
    created: new Date(claim.createdAt).toISOString(),
    modified: new Date(claim.updatedAt).toISOString(),
    body,
    target: {
      // A source without a URL still gets a stable IRI, so the selector has something to select in.
      source: source?.url ?? `urn:crosstally:source:${encodeURIComponent(claim.sourceId)}`,
      selector: {
        type: 'TextQuoteSelector',
        exact: claim.selector.exact,
        prefix: claim.selector.prefix,
        suffix: claim.selector.suffix,
      },
    },
  };
}

/** An AnnotationCollection holding every claim of the pack. */
export function claimPackToWebAnnotations(
  pack: Pick<ClaimPack, 'claims' | 'sources'>,
  metricLabel: (metric: string) => string,
  now: Date,
): Thing {
  const sources = new Map<string, Source>(pack.sources.map((source) => [source.id, source]));
  const items = pack.claims.map((claim) => annotation(claim, sources.get(claim.sourceId), metricLabel));
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `urn:crosstally:export:${now.toISOString()}`,
    type: 'AnnotationCollection',
    label: 'Crosstally claims',
    total: items.length,
    first: {
      id: `urn:crosstally:export:${now.toISOString()}:page1`,
      type: 'AnnotationPage',
      startIndex: 0,
      items,
    },
  };
}
