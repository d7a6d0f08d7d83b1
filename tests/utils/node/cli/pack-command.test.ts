import { describe, expect, it } from 'vitest';
import { type PackIo, runPack } from '../../../../utils/node/cli/pack-command';

/** An in-memory folder tree: the command sees files, never the real disk. */
function memoryIo(initial: Record<string, string>) {
  const files = new Map(Object.entries(initial));
  const out: string[] = [];
  const err: string[] = [];
  const secret = new Set<string>();
  const io: PackIo = {
    listArticles: (dir) =>
      [...files.keys()]
        .filter((p) => p.startsWith(`${dir}/`) && /\.(?:txt|html?)$/.test(p))
        .map((p) => p.slice(dir.length + 1))
        .sort(),
    readText: (path) => {
      const text = files.get(path);
      if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT', path });
      return text;
    },
    readTextIfExists: (path) => files.get(path) ?? null,
    mtimeMs: () => 1_600_000_000_000,
    readBytes: (path) => new TextEncoder().encode(io.readText(path)),
    exists: (path) => files.has(path) || [...files.keys()].some((p) => p.startsWith(`${path}/`)),
    writeText: (path, text, opts) => {
      files.set(path, text);
      if (opts?.secret) secret.add(path);
    },
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
  };
  return { io, files, out, err, secret };
}

const ARTICLE =
  'Armenian forces shot down two Azerbaijani helicopters over Nagorno-Karabakh, the Armenian defence ministry said, as fighting with Azerbaijan went on for a third day.\n';
const LOOKALIKE = 'Qarabag FK beat the visitors 2-0 in Baku on Tuesday night.\n';

describe('npm run pack', () => {
  it('builds a pack from a folder, taking outlet, URL and date from sidecars', async () => {
    const { io, files, out } = memoryIo({
      'arts/wire.txt': ARTICLE,
      'arts/wire.meta.json': JSON.stringify({
        outlet: 'Example Wire',
        url: 'https://example.org/a',
        date: '2020-09-29',
      }),
      'arts/football.txt': LOOKALIKE,
    });
    expect(await runPack(['build', 'arts', '--out', 'pack.json'], io)).toBe(0);
    const pack = JSON.parse(files.get('pack.json') ?? '');
    expect(pack.sources).toHaveLength(1);
    expect(pack.sources[0]).toMatchObject({
      id: 'wire.txt',
      outlet: 'Example Wire',
      publishedDate: '2020-09-29',
    });
    expect(pack.claims[0]).toMatchObject({ metric: 'helicopters_downed', value: 2, side: 'AZ' });
    expect(pack.claims[0].claimant?.party).toBe('ARM');
    expect(out.join('\n')).toMatch(/1 coverage article\(s\) of 2/);
  });

  it('writes nothing when a sidecar is wrong, and names the article', async () => {
    const { io, files, err } = memoryIo({
      'arts/wire.txt': ARTICLE,
      'arts/wire.meta.json': JSON.stringify({ outlet: 'Example Wire', date: '29/09/2020' }),
    });
    expect(await runPack(['build', 'arts', '--out', 'pack.json'], io)).toBe(1);
    expect(files.has('pack.json')).toBe(false);
    expect(err.join('\n')).toMatch(/wire\.txt: its \.meta\.json sidecar is wrong: "date" must be YYYY-MM-DD/);
  });

  it('publishes, signs and verifies a sharded pack; a changed shard or another key fails verify', async () => {
    const { io, files, err, secret } = memoryIo({
      'arts/wire.txt': ARTICLE,
      'site/.keep': '',
      'keys/.keep': '',
    });
    expect(await runPack(['build', 'arts', '--out', 'pack.json'], io)).toBe(0);
    expect(
      await runPack(['publish', 'pack.json', '--out', 'site/index.json', '--publisher', 'Example desk'], io),
    ).toBe(0);
    expect(JSON.parse(files.get('site/index.json') ?? '')).toMatchObject({
      publisher: 'Example desk',
      claims: 1,
    });
    expect(files.has('site/index.0.json')).toBe(true);
    expect(await runPack(['keygen', '--out', 'keys'], io)).toBe(0);
    expect(secret.has('keys/crosstally-signing.key')).toBe(true);
    expect(await runPack(['keygen', '--out', 'keys'], io)).toBe(1);
    expect(err.at(-1)).toMatch(/refusing to overwrite/);
    expect(await runPack(['sign', 'site/index.json', '--key', 'keys/crosstally-signing.key'], io)).toBe(0);
    expect(await runPack(['verify', 'site/index.json', '--pub', 'keys/crosstally-signing.pub'], io)).toBe(0);

    files.set('site/index.0.json', (files.get('site/index.0.json') ?? '').replace('"value":2', '"value":4'));
    expect(await runPack(['verify', 'site/index.json'], io)).toBe(1);
    expect(err.at(-1)).toMatch(/index\.0\.json does not match its digest/);

    const other = memoryIo({ 'k/.keep': '' });
    await runPack(['keygen', '--out', 'k'], other.io);
    files.set('other.pub', other.files.get('k/crosstally-signing.pub') ?? '');
    expect(await runPack(['verify', 'site/index.json', '--pub', 'other.pub'], io)).toBe(1);
    expect(err.at(-1)).toMatch(/different key/);
  });

  it('says a file is unsigned, and explains its usage on bad arguments', async () => {
    const { io, err } = memoryIo({ 'pack.json': '{}' });
    expect(await runPack(['verify', 'pack.json'], io)).toBe(1);
    expect(err.at(-1)).toMatch(/pack\.json\.sig is missing/);
    expect(await runPack(['sign', 'pack.json'], io)).toBe(2);
    expect(await runPack(['frobnicate'], io)).toBe(2);
    expect(err.at(-1)).toMatch(/unknown command frobnicate/);
  });
});
