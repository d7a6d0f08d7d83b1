/**
 * biome.json's layer rules are written from one table (utils/node/layers/table.ts, `npm run
 * lint:layers`). These tests fail when the file and the table disagree (a rule edited by hand, a
 * table change not written out) and when a folder of utils/ has no layer, so it would escape the rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { biomeJsonWithLayerRules, withLayerRules } from '../../utils/node/layers/biome-rules';
import { LAYERS } from '../../utils/node/layers/table';

const ROOT = path.resolve(import.meta.dirname, '../..');
const biomeText = () => readFileSync(path.join(ROOT, 'biome.json'), 'utf8');

describe('the layer table', () => {
  it('is what biome.json says: run `npm run lint:layers` after changing it', () => {
    expect(biomeText()).toBe(biomeJsonWithLayerRules(biomeText()));
  });

  it('notices a rule edited by hand in biome.json', () => {
    const edited = biomeText().replace('"!../engine/**", ', '"!../engine/**", "!../background/**", ');
    expect(edited).not.toBe(biomeText());
    expect(biomeJsonWithLayerRules(edited)).not.toBe(edited);
    expect(biomeJsonWithLayerRules(edited)).toBe(biomeText());
  });

  it('keeps biome.json’s other overrides and replaces only the layer rules', () => {
    const config = JSON.parse(biomeText());
    const written = withLayerRules(config) as { overrides: { includes: string[] }[] };
    expect(written.overrides[0]).toEqual(config.overrides[0]);
    expect(written.overrides.map((each) => each.includes[0])).toContain('tests/**');
    expect(written.overrides.filter((each) => each.includes[0] === 'utils/engine/*')).toHaveLength(1);
  });

  it('gives every folder and module of utils/ a layer, except the Node tools', () => {
    const covered = new Set(LAYERS.map((layer) => layer.files));
    const entries = readdirSync(path.join(ROOT, 'utils'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() || entry.name.endsWith('.ts'))
      .map((entry) => `utils/${entry.name}`)
      .filter((name) => name !== 'utils/node');
    expect(entries.filter((name) => !covered.has(name))).toEqual([]);
  });
});
