/** Writes biome.json's layer rules from the layer table: `npm run lint:layers` (see table.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { biomeJsonWithLayerRules } from './biome-rules';

const target = fileURLToPath(new URL('../../../biome.json', import.meta.url));
const before = readFileSync(target, 'utf8');
const after = biomeJsonWithLayerRules(before);
if (after === before) console.log(`${target} already follows the layer table`);
else {
  writeFileSync(target, after);
  console.log(`wrote the layer rules of ${target}`);
}
