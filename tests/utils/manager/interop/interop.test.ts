import { describe, expect, it } from 'vitest';
import { claimPackToClaimReview } from '../../../../utils/manager/interop/claim-review';
import { claimPackToWebAnnotations } from '../../../../utils/manager/interop/web-annotation';
import type { Claim, Source } from '../../../../utils/store/types';
import { annotationCollectionShape, claimReviewShape } from './shapes';

const sources: Source[] = [
  {
    id: 'wire',
    label: 'Helicopters downed, says Yerevan',
    outlet: 'Example Wire',
    url: 'https://example.org/helicopters',
    language: 'en',
    publishedDate: '2020-09-28',
    kind: 'import',
    segments: [],
  },
  {
    id: 'notes',
    label: 'My notes',
    outlet: null,
    url: null,
    language: 'en',
    publishedDate: null,
    kind: 'web',
    segments: [],
  },
];

function claim(
  id: string,
  sourceId: string,
  value: number | null,
  claimant: Claim['claimant'],
  note?: string,
): Claim {
  return {
    id,
    metric: 'helicopters_downed',
    value,
    qualifier: 'exact',
    side: 'AZ',
    claimant,
    sourceId,
    quote: `Armenia said ${value} helicopters were shot down.`,
    quoteFigureStart: 13,
    quoteFigureEnd: 26,
    selector: { exact: `${value} helicopters`, prefix: 'Armenia said ', suffix: ' were shot down.' },
    start: 13,
    end: 26,
    period: '2020-09-27',
    origin: 'import',
    createdAt: Date.UTC(2020, 8, 28),
    updatedAt: Date.UTC(2020, 8, 29),
    ...(note ? { note } : {}),
  };
}

const MOD = { id: 'arm_mod', label: "Armenia's Ministry of Defence", party: 'ARM' as const };
const NK = { id: 'nk_army', label: 'Karabakh Defence Army', party: 'NK' as const };
const pack = {
  sources,
  claims: [
    claim('a', 'wire', 2, MOD),
    claim('b', 'notes', 4, NK, 'from a live blog'),
    claim('c', 'wire', 2, null),
  ],
};
const label = () => 'helicopters shot down';
const now = new Date('2026-12-03T10:00:00Z');

describe('ClaimReview export', () => {
  it('matches the published shape and keeps claimant (author) and outlet (publisher) apart', () => {
    const doc = claimPackToClaimReview(pack, label, 'Crosstally', now);
    const parsed = claimReviewShape.parse(doc);
    const first = parsed['@graph'][0]!;
    expect(first.itemReviewed.author?.name).toBe("Armenia's Ministry of Defence");
    expect(first.itemReviewed.appearance?.publisher?.name).toBe('Example Wire');
    expect(first.url).toBe('https://example.org/helicopters');
  });

  it('says what other values the store holds, by claimant, and rates nothing', () => {
    const graph = claimPackToClaimReview(pack, label, 'Crosstally', now)['@graph'] as Record<
      string,
      unknown
    >[];
    expect(graph[0]?.reviewBody).toBe('Other values reported for this figure: 4 (Karabakh Defence Army).');
    expect(graph[1]?.reviewBody).toMatch(/2 \(Armenia's Ministry of Defence, claimant not named\)/);
    expect(graph[1]?.url).toBe('urn:crosstally:claim:b');
    expect(JSON.stringify(graph)).not.toMatch(/ratingValue/);
  });
});

describe('Web Annotation export', () => {
  it('matches the W3C model: one annotation per claim, anchored by a TextQuoteSelector', () => {
    const doc = annotationCollectionShape.parse(claimPackToWebAnnotations(pack, label, now));
    expect(doc.total).toBe(3);
    const [first, second] = doc.first.items;
    expect(first?.target).toEqual({
      source: 'https://example.org/helicopters',
      selector: {
        type: 'TextQuoteSelector',
        exact: '2 helicopters',
        prefix: 'Armenia said ',
        suffix: ' were shot down.',
      },
    });
    expect(first?.body?.[0]?.value).toBe(
      "helicopters shot down: 2, according to Armenia's Ministry of Defence",
    );
    expect(second?.target.source).toBe('urn:crosstally:source:notes');
    expect(second?.body?.map((b) => b.purpose)).toEqual(['describing', 'tagging', 'commenting']);
  });
});
