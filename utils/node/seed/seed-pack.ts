/**
 * The seed claim pack: the engine's output over the bundled seed documents.
 * Pure and deterministic, so a test can prove assets/seed-claims.json is
 * exactly what the engine produces today.
 */
import { analyzeDocument } from '../../engine/analyze';
import { buildClaimPack } from '../../store/claim-pack/build';
import type { ClaimPack } from '../../store/claim-pack/schema';
import type { Source, SourceSegment } from '../../store/types';

export interface SeedManifestEntry {
  id: string;
  label: string;
  outlet: string | null;
  language: string;
  publishedDate: string | null;
  segments: SourceSegment[];
}

/** Fixed so that regenerating the pack from the same engine gives the same bytes. */
export const SEED_PACK_CREATED_AT = Date.UTC(2026, 10, 21);
export const SEED_GENERATOR = 'crosstally seed corpus (npm run seed:claims)';

export function seedSource(entry: SeedManifestEntry): Source {
  return {
    id: entry.id,
    label: entry.label,
    outlet: entry.outlet,
    url: null,
    language: entry.language,
    publishedDate: entry.publishedDate,
    kind: 'seed',
    segments: entry.segments,
  };
}

export function buildSeedPack(manifest: SeedManifestEntry[], readText: (id: string) => string): ClaimPack {
  const docs = manifest.map((entry) => {
    const text = readText(entry.id);
    return {
      source: seedSource(entry),
      text,
      figures: analyzeDocument({ text, lang: entry.language, publishedDate: entry.publishedDate }).figures,
    };
  });
  return buildClaimPack(docs, {
    origin: 'seed',
    createdAt: SEED_PACK_CREATED_AT,
    generatedBy: SEED_GENERATOR,
    includeText: true,
  });
}
