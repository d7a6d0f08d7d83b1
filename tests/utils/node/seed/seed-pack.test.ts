/** assets/seed-claims.json is exactly what the engine produces from the seed corpus today. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import committed from '../../../../assets/seed-claims.json';
import manifest from '../../../../assets/seeds/manifest.json';
import { buildSeedPack, type SeedManifestEntry } from '../../../../utils/node/seed/seed-pack';
import { validateClaimPack } from '../../../../utils/store/claim-pack/validate';

const seeds = new URL('../../../../assets/seeds/', import.meta.url);

describe('seed claims asset', () => {
  const fresh = buildSeedPack(manifest as SeedManifestEntry[], (id) =>
    readFileSync(new URL(id, seeds), 'utf8'),
  );

  it('has not drifted from the engine (run `npm run seed:claims` after changing the engine)', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(fresh)));
  });

  it('is a valid claim pack with every seed document and its text', () => {
    const pack = validateClaimPack(committed);
    expect(pack.sources.map((s) => s.id).sort()).toEqual(
      (manifest as SeedManifestEntry[]).map((m) => m.id).sort(),
    );
    expect(pack.documents?.length).toBe(5);
    expect(pack.claims.every((c) => c.origin === 'seed')).toBe(true);
  });

  it('keeps claimant and outlet apart: seed outlets are unnamed, claimants come from the text', () => {
    const pack = validateClaimPack(committed);
    expect(pack.sources.every((s) => s.outlet === null)).toBe(true);
    const claimants = new Set(pack.claims.map((c) => c.claimant?.id));
    expect(claimants).toEqual(
      new Set([
        'arm_gov',
        'nk_mod',
        'arm_pm',
        'nk_beglaryan',
        undefined,
        'az_prosecutor',
        'az_mod',
        'arm_mod',
        'nk_authorities',
      ]),
    );
  });
});
