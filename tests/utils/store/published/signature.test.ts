import { describe, expect, it } from 'vitest';
import {
  generateSigningKeys,
  PUBLIC_KEY_PREFIX,
  parsePublicKey,
  parseSignature,
  SignatureError,
  sha256Hex,
  signBytes,
  verifyBytes,
} from '../../../../utils/store/published/signature';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('pack signatures (Ed25519, Web Crypto)', () => {
  it('verifies what the key signed, and names the signer', async () => {
    const keys = await generateSigningKeys();
    expect(keys.publicKey.startsWith(PUBLIC_KEY_PREFIX)).toBe(true);
    const signature = await signBytes(bytes('{"claims":[]}'), keys.privateKey);
    const roundTripped = parseSignature(JSON.stringify(signature));
    await expect(verifyBytes(bytes('{"claims":[]}'), roundTripped, keys.publicKey)).resolves.toBe(
      keys.publicKey,
    );
  });

  it('refuses a file changed by one byte after signing', async () => {
    const keys = await generateSigningKeys();
    const signature = await signBytes(bytes('{"value":2}'), keys.privateKey);
    await expect(verifyBytes(bytes('{"value":4}'), signature)).rejects.toMatchObject({
      code: 'bad-signature',
    });
  });

  it('refuses a pack signed by another key than the publisher key the reader holds', async () => {
    const publisher = await generateSigningKeys();
    const impostor = await generateSigningKeys();
    const signature = await signBytes(bytes('pack'), impostor.privateKey);
    await expect(verifyBytes(bytes('pack'), signature, publisher.publicKey)).rejects.toMatchObject({
      code: 'key-mismatch',
    });
  });

  it('refuses a signature whose public key was swapped for another one', async () => {
    const publisher = await generateSigningKeys();
    const other = await generateSigningKeys();
    const signature = await signBytes(bytes('pack'), publisher.privateKey);
    await expect(
      verifyBytes(bytes('pack'), { ...signature, publicKey: other.publicKey }),
    ).rejects.toMatchObject({
      code: 'bad-signature',
    });
  });

  it('says what is wrong with malformed keys and signature files', () => {
    expect(() => parsePublicKey('ssh-ed25519 AAAA')).toThrow(SignatureError);
    expect(() => parsePublicKey(`${PUBLIC_KEY_PREFIX}short`)).toThrow(/43 characters/);
    expect(() => parseSignature('not json')).toThrow(/not JSON/);
    expect(() => parseSignature('{"format":"crosstally-pack-signature","version":1}')).toThrow(
      /version 1, Ed25519/,
    );
  });

  it('digests bytes as hex SHA-256', async () => {
    await expect(sha256Hex(bytes('abc'))).resolves.toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
