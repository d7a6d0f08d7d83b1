/**
 * biome.json's restricted-import overrides written from the layer table (table.ts). Biome matches
 * the import specifier as written, so each layer gets two overrides: one for the files directly in
 * its folder ('../engine/**') and one for its subfolders ('../../engine/**'). Pure: config in,
 * config and text out; write-biome.ts writes the file.
 */
import path from 'node:path';
import { type AllowLayer, BAN_MESSAGES, BROWSER_BAN_SUFFIX, LAYERS, type Layer } from './table';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
interface Override {
  includes: string[];
  linter: { rules: Record<string, Record<string, Json>> };
}

/** The specifier pattern for `target` seen from a file in `fromDir`: folders with '/**', modules without '.ts'. */
function specifier(fromDir: string, target: string): string {
  const module = target.endsWith('.ts') ? target.slice(0, -'.ts'.length) : `${target}/**`;
  const relative = path.posix.relative(fromDir, module);
  return relative.startsWith('.') ? relative : `./${relative}`;
}

function paths(layer: AllowLayer): Record<string, string> | undefined {
  const result: Record<string, string> = {};
  if (layer.bans.includes('browser')) {
    result['wxt/browser'] = layer.message + BROWSER_BAN_SUFFIX;
    result['webextension-polyfill'] = layer.message + BROWSER_BAN_SUFFIX;
  }
  if (layer.bans.includes('dexie')) result.dexie = BAN_MESSAGES.dexie;
  if (layer.bans.includes('preact')) {
    result.preact = BAN_MESSAGES.preact;
    result['preact/hooks'] = BAN_MESSAGES.preact;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

function rule(
  patterns: { group: string[]; message: string }[],
  pathBans?: Record<string, string>,
): Override['linter'] {
  const options: Record<string, Json> = { patterns };
  if (pathBans) options.paths = pathBans;
  return { rules: { style: { noRestrictedImports: { level: 'error', options } } } };
}

/** The overrides of one layer: a file layer has one; a folder layer one for its files, one for its subfolders. */
function overridesOf(layer: Layer): Override[] {
  const isFile = layer.files.endsWith('.ts');
  const scopes = isFile
    ? [{ includes: layer.files, fromDir: path.posix.dirname(layer.files), own: ['./**', '../**'] }]
    : [
        { includes: `${layer.files}/*`, fromDir: layer.files, own: ['../**'] },
        { includes: `${layer.files}/*/**`, fromDir: `${layer.files}/sub`, own: ['../../**'] },
      ];
  return scopes.map(({ includes, fromDir, own }) => {
    if (layer.kind === 'deny') {
      const group = layer.mayNot.map((target) => specifier(fromDir, target));
      return { includes: [includes], linter: rule([{ group, message: layer.message }]) };
    }
    const group = [...own, ...layer.may.map((target) => `!${specifier(fromDir, target)}`)];
    const never = (layer.never ?? []).map(({ target, message }) => ({
      group: [specifier(fromDir, target)],
      message,
    }));
    return {
      includes: [includes],
      linter: rule([{ group, message: layer.message }, ...never], paths(layer)),
    };
  });
}

const isLayerRule = (override: unknown): boolean =>
  JSON.stringify(override).includes('"noRestrictedImports"');

/** `config` with its layer overrides replaced by the table's; its other overrides stay first. */
export function withLayerRules(
  config: Record<string, unknown>,
  layers: readonly Layer[] = LAYERS,
): Record<string, unknown> {
  const others = ((config.overrides as unknown[] | undefined) ?? []).filter((each) => !isLayerRule(each));
  return { ...config, overrides: [...others, ...layers.flatMap(overridesOf)] };
}

/**
 * JSON as Biome formats it (2 spaces, objects open, arrays of plain values on one line when they
 * fit in 110 columns), so the written file reads like the rest of the repository.
 */
export function formatJson(value: unknown, indent = 0, column = 0): string {
  const pad = '  '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object')) {
      const inline = `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
      if (column + inline.length + 1 <= 110) return inline;
    }
    const items = value.map((item) => `${pad}  ${formatJson(item, indent + 1, pad.length + 2)}`);
    return items.length > 0 ? `[\n${items.join(',\n')}\n${pad}]` : '[]';
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => {
      const head = `${pad}  ${JSON.stringify(key)}: `;
      return head + formatJson(item, indent + 1, head.length);
    });
    return entries.length > 0 ? `{\n${entries.join(',\n')}\n${pad}}` : '{}';
  }
  return JSON.stringify(value);
}

/** biome.json's text with the table's layer rules. */
export function biomeJsonWithLayerRules(text: string, layers: readonly Layer[] = LAYERS): string {
  return `${formatJson(withLayerRules(JSON.parse(text), layers))}\n`;
}
