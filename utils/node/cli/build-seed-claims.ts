/** `npm run seed:claims`: regenerates assets/seed-claims.json from the seed documents. */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildSeedPack, type SeedManifestEntry } from '../seed/seed-pack';

const seeds = new URL('../../../assets/seeds/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', seeds), 'utf8')) as SeedManifestEntry[];
const pack = buildSeedPack(manifest, (id) => readFileSync(new URL(id, seeds), 'utf8'));
writeFileSync(
  new URL('../../../assets/seed-claims.json', import.meta.url),
  `${JSON.stringify(pack, null, 2)}\n`,
);
console.log(`assets/seed-claims.json: ${pack.sources.length} sources, ${pack.claims.length} claims`);
