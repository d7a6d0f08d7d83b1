/**
 * Language lexicons reach the extension as loaders: the file's text is kept as a string and
 * parsed at the first call, once; English grammar and the detection words stay plain JSON.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LAZY_LEXICON_DIR,
  lazyLanguageLexicons,
  lazyLexiconModule,
} from '../../../../utils/node/build/vite-plugins';

/** Evaluates a generated module's source and returns its default export. */
async function importSource(source: string): Promise<() => unknown> {
  const url = `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`;
  return ((await import(/* @vite-ignore */ url)) as { default: () => unknown }).default;
}

describe('lazy language lexicons', () => {
  it('turns a lexicon into a loader that parses it once, at the first call', async () => {
    const json = readFileSync(path.join(LAZY_LEXICON_DIR, 'ru.json'), 'utf8');
    const source = lazyLexiconModule(json);
    // The whole lexicon is one string literal, not an object literal the engine would build at load.
    expect(source.split('\n')[0]).toMatch(/^const text = "\{\\"lang\\":\\"ru\\",.*";$/);
    const load = await importSource(source);
    const first = load();
    expect(first).toEqual(JSON.parse(json));
    expect(load()).toBe(first);
  });

  it('refuses a lexicon that is not JSON when the extension is built', () => {
    expect(() => lazyLexiconModule('{ "lang": "ru", ')).toThrow();
  });

  it('routes only the lexicons of other languages through the loader', async () => {
    const plugin = lazyLanguageLexicons();
    const resolve = plugin.resolveId as unknown as (
      this: unknown,
      source: string,
      importer: string,
      options: unknown,
    ) => Promise<string | null>;
    const context = { resolve: async (source: string) => ({ id: path.resolve('utils/engine', source) }) };
    const importer = path.resolve('utils/engine/lexicons.ts');
    expect(await resolve.call(context, '../../assets/lang/ru.json', importer, {})).toMatch(
      /^\0.*ru\.lexicon\.js$/,
    );
    expect(await resolve.call(context, '../../assets/lang/en.json', importer, {})).toBeNull();
    expect(await resolve.call(context, '../../assets/lang/detect.json', importer, {})).toBeNull();
    expect(await resolve.call(context, '../../assets/topic-pack.json', importer, {})).toBeNull();
  });
});
