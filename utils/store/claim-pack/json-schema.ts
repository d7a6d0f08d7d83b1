/**
 * The published JSON Schema of the claim-pack format (assets/claim-pack.schema.json), generated
 * from the zod schema so the two cannot drift (a test compares them). Checks across fields
 * (duplicate ids, a claim's source in the pack, offsets inside the quote) are not expressible in
 * JSON Schema; the description says so.
 */
import { z } from 'zod';
import { CLAIM_PACK_VERSION, claimPackSchema } from './schema';

export const CLAIM_PACK_SCHEMA_ID = `https://crosstally.invalid/schemas/claim-pack-v${CLAIM_PACK_VERSION}.json`;

export function claimPackJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(claimPackSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    $schema: schema.$schema,
    $id: CLAIM_PACK_SCHEMA_ID,
    ...schema,
    description:
      `${schema.description ?? ''} Also checked on import: ids are unique, each claim's sourceId names a ` +
      'source in the pack, quoteFigureStart <= quoteFigureEnd <= quote length, start <= end.',
  };
}

/** The file's text: two-space indented with a final newline. */
export function claimPackJsonSchemaText(): string {
  return `${JSON.stringify(claimPackJsonSchema(), null, 2)}\n`;
}
