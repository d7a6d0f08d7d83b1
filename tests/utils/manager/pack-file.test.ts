import { describe, expect, it } from 'vitest';
import { RequestFailed } from '../../../utils/manager/client';
import { gzipText, readPackFile } from '../../../utils/manager/pack-file';

async function failureOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof RequestFailed)) throw new Error(`expected RequestFailed, got ${String(error)}`);
  return error.error;
}

describe('pack files', () => {
  const text = JSON.stringify({ format: 'crosstally-claim-pack', note: 'Ստեփանակերտ, Xankəndi, “quoted”' });

  it('reads plain JSON and gzip-compressed JSON (.json.gz, as large exports are saved) alike', async () => {
    expect(await readPackFile(new Blob([text]))).toBe(text);
    const packed = await gzipText(text.repeat(1000));
    expect(packed.size).toBeLessThan(text.length * 10);
    expect(await readPackFile(packed)).toBe(text.repeat(1000));
  });

  it('says so when a compressed file is cut short', async () => {
    const packed = new Uint8Array(await (await gzipText(text.repeat(1000))).arrayBuffer());
    const error = await failureOf(readPackFile(new Blob([packed.slice(0, packed.length / 2)])));
    expect(error.message).toMatch(/gzip-compressed but could not be unpacked/);
  });
});

describe('exports', () => {
  it('saves a pack over the gzip threshold compressed, as .json.gz, and a small one as plain JSON', async () => {
    const { exportToFile } = await import('../../../utils/manager/export-file');
    const { GZIP_EXPORT_ABOVE_CHARS } = await import('../../../utils/limits');
    const { claimPackGenerator } = await import('../../bench/extension/claim-packs');
    const generate = claimPackGenerator(3);
    for (const [claims, gzip] of [
      [100, false],
      [Math.ceil(GZIP_EXPORT_ABOVE_CHARS / 800), true],
    ] as const) {
      const pack = generate.pack(0, claims);
      const saved: { name: string; gzip?: boolean; text: string }[] = [];
      const send = (async () => ({ ok: true, data: pack })) as never;
      await exportToFile(send, (file) => saved.push(file), { kind: 'all' }, 'json', String, new Date(0));
      expect(saved[0]?.gzip ?? false).toBe(gzip);
      expect(saved[0]?.name).toBe(
        gzip ? 'crosstally-store-1970-01-01.json.gz' : 'crosstally-store-1970-01-01.json',
      );
      expect(JSON.parse(saved[0]?.text ?? '').claims).toHaveLength(claims);
    }
  });
});
