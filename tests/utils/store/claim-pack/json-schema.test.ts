import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimPackJsonSchema, claimPackJsonSchemaText } from '../../../../utils/store/claim-pack/json-schema';

const committedPath = new URL('../../../../assets/claim-pack.schema.json', import.meta.url);

describe('the published JSON Schema of claim packs', () => {
  it('is exactly what the zod schema generates (regenerate: npm run schema:claim-pack)', () => {
    expect(readFileSync(committedPath, 'utf8')).toBe(claimPackJsonSchemaText());
  });

  it('describes the format, its version and the required claim fields', () => {
    const schema = claimPackJsonSchema() as {
      properties: Record<
        string,
        { const?: unknown; items?: { required?: string[]; additionalProperties?: boolean } }
      >;
      required: string[];
    };
    expect(schema.properties.format?.const).toBe('crosstally-claim-pack');
    expect(schema.properties.version?.const).toBe(2);
    expect(schema.required).toEqual(
      expect.arrayContaining(['format', 'version', 'createdAt', 'sources', 'claims']),
    );
    const claim = schema.properties.claims?.items;
    expect(claim?.required).toEqual(
      expect.arrayContaining(['id', 'metric', 'value', 'quote', 'selector', 'sourceId', 'period']),
    );
    // Defaulted on import, so optional in files.
    expect(claim?.required).not.toContain('origin');
    expect(claim?.additionalProperties).toBe(false);
  });
});
