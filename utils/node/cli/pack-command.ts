/**
 * `npm run pack -- <build|publish|keygen|sign|verify> …`: publishing a claim store on any static
 * host. Every subcommand says why it failed and exits non-zero; nothing is half-written (a file is
 * written only once everything it depends on checked out).
 */
import { parseClaimPackText } from '../../store/claim-pack/validate';
import { isPackIndex, parsePackIndex } from '../../store/published/index-file';
import { DEFAULT_SHARD_CLAIMS, shardPack } from '../../store/published/shards';
import {
  type Bytes,
  generateSigningKeys,
  parseSignature,
  SignatureError,
  sha256Hex,
  signBytes,
  verifyBytes,
} from '../../store/published/signature';
import { buildFolderPack, type FolderIo } from './pack-build';

export interface PackIo extends FolderIo {
  readBytes(path: string): Bytes;
  exists(path: string): boolean;
  /** `secret` files are written readable by their owner only. */
  writeText(path: string, text: string, opts?: { secret?: boolean }): void;
  stdout(line: string): void;
  stderr(line: string): void;
}

export const PACK_USAGE = `usage: npm run --silent pack -- COMMAND
  build DIR --out PACK.json             claim pack from a folder of .txt/.html articles
                                        (optional sidecar ARTICLE.meta.json: outlet, url, date, title, language)
  publish PACK.json --out INDEX.json --publisher NAME [--title TEXT] [--shard-claims N]
                                        index + shards for a static host (shards beside the index)
  keygen --out DIR                      Ed25519 key pair: DIR/crosstally-signing.key (secret) and .pub
  sign FILE --key KEYFILE               detached signature FILE.sig
  verify FILE [--pub PUBFILE]           checks FILE.sig (and, for an index, every shard's digest)`;

class UsageError extends Error {}

function parseArgs(args: string[], valued: string[]): { positional: string[]; options: Map<string, string> } {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    if (!valued.includes(arg)) throw new UsageError(`unknown option ${arg}`);
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
    options.set(arg, value);
    i++;
  }
  return { positional, options };
}

function dirOf(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut < 0 ? '.' : path.slice(0, cut) || '/';
}

function baseNameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/i, '');
}

function build(args: string[], io: PackIo): number {
  const { positional, options } = parseArgs(args, ['--out']);
  const out = options.get('--out');
  if (positional.length !== 1 || !out) throw new UsageError('build needs DIR and --out PACK.json');
  const result = buildFolderPack(positional[0] ?? '.', io);
  for (const line of result.errors) io.stderr(`pack build: ${line}`);
  if (!result.pack) {
    io.stderr(`pack build: nothing written (${result.errors.length} article(s) could not be read)`);
    return 1;
  }
  if (result.articles === 0) {
    io.stderr(`pack build: no .txt or .html articles in ${positional[0]}`);
    return 1;
  }
  io.writeText(out, `${JSON.stringify(result.pack)}\n`);
  io.stdout(
    `wrote ${out}: ${result.pack.claims.length} claims from ${result.coverage} coverage article(s) of ${result.articles}`,
  );
  return 0;
}

async function publish(args: string[], io: PackIo): Promise<number> {
  const { positional, options } = parseArgs(args, ['--out', '--publisher', '--title', '--shard-claims']);
  const out = options.get('--out');
  const publisher = options.get('--publisher')?.trim();
  if (positional.length !== 1 || !out || !publisher) {
    throw new UsageError('publish needs PACK.json, --out INDEX.json and --publisher NAME');
  }
  const shardClaims = Number(options.get('--shard-claims') ?? DEFAULT_SHARD_CLAIMS);
  if (!Number.isInteger(shardClaims) || shardClaims < 1)
    throw new UsageError('--shard-claims must be a whole number ≥ 1');
  const dir = dirOf(out);
  if (!io.exists(dir)) {
    io.stderr(`pack publish: the folder ${dir} does not exist; create it first`);
    return 1;
  }
  const packPath = positional[0] ?? '';
  const pack = parseClaimPackText(new TextDecoder().decode(io.readBytes(packPath)));
  const sharded = await shardPack(pack, {
    publisher,
    title: options.get('--title')?.trim() || publisher,
    baseName: baseNameOf(out),
    shardClaims,
  });
  for (const file of sharded.files) io.writeText(`${dir}/${file.path}`, file.text);
  io.writeText(out, `${JSON.stringify(sharded.index, null, 2)}\n`);
  io.stdout(`wrote ${out}: ${sharded.index.claims} claims in ${sharded.files.length} shard(s) beside it`);
  return 0;
}

async function keygen(args: string[], io: PackIo): Promise<number> {
  const { positional, options } = parseArgs(args, ['--out']);
  const dir = options.get('--out');
  if (positional.length > 0 || !dir) throw new UsageError('keygen needs --out DIR');
  const keyPath = `${dir}/crosstally-signing.key`;
  const pubPath = `${dir}/crosstally-signing.pub`;
  for (const path of [keyPath, pubPath]) {
    if (io.exists(path)) {
      io.stderr(`pack keygen: ${path} exists; refusing to overwrite a key (move it away first)`);
      return 1;
    }
  }
  const keys = await generateSigningKeys();
  io.writeText(keyPath, `${JSON.stringify(keys.privateKey)}\n`, { secret: true });
  io.writeText(pubPath, `${keys.publicKey}\n`);
  io.stdout(`wrote ${keyPath} (keep it secret) and ${pubPath} (publish it):\n${keys.publicKey}`);
  return 0;
}

async function sign(args: string[], io: PackIo): Promise<number> {
  const { positional, options } = parseArgs(args, ['--key']);
  const keyPath = options.get('--key');
  if (positional.length !== 1 || !keyPath) throw new UsageError('sign needs FILE and --key KEYFILE');
  const file = positional[0] ?? '';
  let privateKey: JsonWebKey;
  try {
    privateKey = JSON.parse(new TextDecoder().decode(io.readBytes(keyPath)));
  } catch {
    throw new SignatureError('malformed-key', 'error.sigKeyFile', { path: keyPath });
  }
  const signature = await signBytes(io.readBytes(file), privateKey);
  io.writeText(`${file}.sig`, `${JSON.stringify(signature, null, 2)}\n`);
  io.stdout(`wrote ${file}.sig (signed by ${signature.publicKey})`);
  return 0;
}

async function verify(args: string[], io: PackIo): Promise<number> {
  const { positional, options } = parseArgs(args, ['--pub']);
  if (positional.length !== 1) throw new UsageError('verify needs FILE');
  const file = positional[0] ?? '';
  if (!io.exists(`${file}.sig`)) {
    io.stderr(`pack verify: ${file}.sig is missing: the file is not signed`);
    return 1;
  }
  const pubPath = options.get('--pub');
  const expected = pubPath ? new TextDecoder().decode(io.readBytes(pubPath)) : undefined;
  const bytes = io.readBytes(file);
  const signer = await verifyBytes(
    bytes,
    parseSignature(new TextDecoder().decode(io.readBytes(`${file}.sig`))),
    expected,
  );
  const text = new TextDecoder().decode(bytes);
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON: the signature still holds; the pack check below says what is wrong.
  }
  if (isPackIndex(parsed)) {
    const index = parsePackIndex(text);
    for (const shard of index.shards) {
      const path = `${dirOf(file)}/${shard.path}`;
      if (!io.exists(path)) {
        io.stderr(`pack verify: shard ${shard.path} is missing`);
        return 1;
      }
      const shardBytes = io.readBytes(path);
      if ((await sha256Hex(shardBytes)) !== shard.sha256) {
        io.stderr(
          `pack verify: shard ${shard.path} does not match its digest in the index (changed after signing)`,
        );
        return 1;
      }
      parseClaimPackText(new TextDecoder().decode(shardBytes));
    }
    io.stdout(
      `ok: ${file} signed by ${signer}; ${index.shards.length} shard(s), ${index.claims} claims, all digests match`,
    );
    return 0;
  }
  const pack = parseClaimPackText(text);
  io.stdout(`ok: ${file} signed by ${signer}; ${pack.claims.length} claims`);
  return 0;
}

const COMMANDS: Record<string, (args: string[], io: PackIo) => number | Promise<number>> = {
  build,
  publish,
  keygen,
  sign,
  verify,
};

/** Runs the command; resolves with the process exit code. */
export async function runPack(args: string[], io: PackIo): Promise<number> {
  const [name, ...rest] = args;
  const command = name ? COMMANDS[name] : undefined;
  if (!command || !Object.hasOwn(COMMANDS, name ?? '')) {
    io.stderr(name ? `pack: unknown command ${name}\n${PACK_USAGE}` : PACK_USAGE);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`pack ${name}: ${error.message}\n${PACK_USAGE}`);
      return 2;
    }
    const code = (error as { code?: string })?.code;
    const message =
      code === 'ENOENT'
        ? `no such file: ${(error as { path?: string }).path ?? ''}`
        : error instanceof Error
          ? error.message
          : String(error);
    io.stderr(`pack ${name}: ${message}`);
    return 1;
  }
}
