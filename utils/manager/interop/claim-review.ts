/**
 * Claims as schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), so fact-checking tools
 * can read what Crosstally collected. Crosstally compares reports; it does not rate claims, so each
 * review's rating says exactly that, and its body lists the other values the store holds for the same
 * metric and side: the cross-outlet comparison is the review.
 *
 * The claimant is the Claim's author; the outlet is the publisher of its appearance. They never
 * share a field, as everywhere else.
 */
import type { ClaimPack } from '../../store/claim-pack/schema';
import type { Claim, Source } from '../../store/types';

const NOT_RATED = 'Not rated: a reported figure, compared across outlets';

type Thing = Record<string, unknown>;

function organization(name: string): Thing {
  return { '@type': 'Organization', name };
}

/** The IRI of a claim when its source has no URL: stable, and never a web address we invented. */
function claimIri(claim: Claim): string {
  return `urn:crosstally:claim:${encodeURIComponent(claim.id)}`;
}

function figureWords(claim: Claim, metricLabel: (metric: string) => string): string {
  const value = claim.value === null ? claim.selector.exact : String(claim.value);
  return `${metricLabel(claim.metric)}: ${value}`;
}

/** Values reported per metric and side, each with the claimants who gave it: built once per export. */
type ValueTable = Map<string, Map<number | null, Set<string>>>;

const MAX_LISTED_VALUES = 20;

function groupKey(claim: Claim): string {
  return `${claim.metric}\u0000${claim.side ?? ''}`;
}

function valueTable(claims: readonly Claim[]): ValueTable {
  const table: ValueTable = new Map();
  for (const claim of claims) {
    const values = table.get(groupKey(claim)) ?? new Map<number | null, Set<string>>();
    table.set(groupKey(claim), values);
    const claimants = values.get(claim.value) ?? new Set<string>();
    values.set(claim.value, claimants);
    claimants.add(claim.claimant?.label ?? 'claimant not named');
  }
  return table;
}

/** Other values for the same metric and side, by claimant, as one sentence for the review body. */
function comparison(claim: Claim, table: ValueTable): string {
  const parts: string[] = [];
  for (const [value, claimants] of table.get(groupKey(claim)) ?? []) {
    if (value === claim.value) continue;
    parts.push(`${value ?? 'vague'} (${[...claimants].join(', ')})`);
  }
  if (parts.length === 0) return 'No other value for this figure in the store.';
  const listed = parts.slice(0, MAX_LISTED_VALUES);
  const more = parts.length > listed.length ? `; and ${parts.length - listed.length} more` : '';
  return `Other values reported for this figure: ${listed.join('; ')}${more}.`;
}

/** One ClaimReview per claim, in a JSON-LD graph. */
export function claimPackToClaimReview(
  pack: Pick<ClaimPack, 'claims' | 'sources'>,
  metricLabel: (metric: string) => string,
  reviewer: string,
  now: Date,
): Thing {
  const sources = new Map<string, Source>(pack.sources.map((source) => [source.id, source]));
  const table = valueTable(pack.claims);
  const graph = pack.claims.map((claim) => {
    const source = sources.get(claim.sourceId);
    const appearance: Thing = {
      '@type': 'CreativeWork',
      ...(source?.url ? { url: source.url } : {}),
      name: source?.label ?? claim.sourceId,
      ...(source?.outlet ? { publisher: organization(source.outlet) } : {}),
      ...(source?.publishedDate ? { datePublished: source.publishedDate } : {}),
      ...(source?.language ? { inLanguage: source.language } : {}),
    };
    const itemReviewed: Thing = {
      '@type': 'Claim',
      name: figureWords(claim, metricLabel),
      text: claim.quote,
      ...(claim.claimant ? { author: organization(claim.claimant.label) } : {}),
      appearance,
      ...(claim.period ? { temporalCoverage: claim.period } : {}),
    };
    return {
      '@type': 'ClaimReview',
      '@id': claimIri(claim),
      url: source?.url ?? claimIri(claim),
      claimReviewed: claim.quote,
      itemReviewed,
      author: organization(reviewer),
      datePublished: now.toISOString().slice(0, 10),
      reviewRating: { '@type': 'Rating', alternateName: NOT_RATED },
      reviewBody: comparison(claim, table),
    };
  });
  return { '@context': 'https://schema.org', '@graph': graph };
}
