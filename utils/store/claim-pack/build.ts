/** Engine figures of documents as a claim pack (the seed, the CLI's --pack and `pack build`). */
import { figureQuote } from '../../anchoring/text-quote';
import type { Figure } from '../../engine/types';
import { claimIdFor } from '../claim-ids';
import type { Claim, ClaimOrigin, Source, SourceDocument } from '../types';
import { CLAIM_PACK_FORMAT, CLAIM_PACK_VERSION, type ClaimPack } from './schema';

export interface BuildClaimPackOptions {
  origin: ClaimOrigin;
  createdAt: number;
  generatedBy: string;
  /** Carry each document's text in the pack (the seed does, so the reader page can show it). */
  includeText?: boolean;
}

/** Turns engine figures of documents into a claim pack. */
export function buildClaimPack(
  docs: { source: Source; text: string; figures: Figure[] }[],
  opts: BuildClaimPackOptions,
): ClaimPack {
  const sources = new Map<string, Source>();
  const claims = new Map<string, Claim>();
  const documents: SourceDocument[] = [];
  for (const { source, text, figures } of docs) {
    if (!sources.has(source.id) && opts.includeText) documents.push({ sourceId: source.id, text });
    sources.set(source.id, source);
    for (const figure of figures) {
      const claimId = claimIdFor(source.id, figure.metric, figure.start);
      if (claims.has(claimId)) continue;
      claims.set(claimId, {
        id: claimId,
        metric: figure.metric,
        value: figure.value,
        qualifier: figure.qualifier,
        side: figure.side,
        claimant: figure.claimant,
        sourceId: source.id,
        ...figureQuote(text, figure),
        period: figure.period,
        origin: opts.origin,
        createdAt: opts.createdAt,
        updatedAt: opts.createdAt,
      });
    }
  }
  return {
    format: CLAIM_PACK_FORMAT,
    version: CLAIM_PACK_VERSION,
    generatedBy: opts.generatedBy,
    createdAt: opts.createdAt,
    sources: [...sources.values()],
    claims: [...claims.values()],
    ...(opts.includeText ? { documents } : {}),
  };
}
