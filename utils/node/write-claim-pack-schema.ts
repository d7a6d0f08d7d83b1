/** Regenerates assets/claim-pack.schema.json from the zod schema: npx tsx utils/store/write-claim-pack-schema.ts */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { claimPackJsonSchemaText } from '../store/claim-pack/json-schema';

const target = fileURLToPath(new URL('../../assets/claim-pack.schema.json', import.meta.url));
writeFileSync(target, claimPackJsonSchemaText());
console.log(`wrote ${target}`);
