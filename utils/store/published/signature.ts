/**
 * Detached Ed25519 signatures of published claim packs, with the platform's Web Crypto (Node 20 and
 * every browser Crosstally runs in have Ed25519): no hand-written crypto. Pure: the CLI signs and
 * verifies with it, the manager verifies with it.
 *
 * Key files are text a publisher can paste: the public key is one line,
 * `crosstally-ed25519:<base64url of the 32 raw bytes>`; the private key is a JSON Web Key.
 */

import { type ErrorKey, type ErrorParams, englishError } from '../../i18n/error-messages';

export const PUBLIC_KEY_PREFIX = 'crosstally-ed25519:';
export const SIGNATURE_FORMAT = 'crosstally-pack-signature';
const ALGORITHM = { name: 'Ed25519' } as const;

/** Bytes Web Crypto accepts (not a view on shared memory). */
export type Bytes = Uint8Array<ArrayBuffer>;

/** The detached signature file written beside a pack (`pack.json.sig`). */
export interface PackSignature {
  format: typeof SIGNATURE_FORMAT;
  version: 1;
  algorithm: 'Ed25519';
  /** The signer's public key, so a subscriber can tell a changed key from a bad signature. */
  publicKey: string;
  /** base64url of the 64-byte signature over the file's exact bytes. */
  signature: string;
}

/**
 * Why a signature did not verify, in words a publisher or reader can act on: a key of the error
 * catalog (the manager renders it in the reader's language), its English sentence as the message
 * (what the CLI prints).
 */
export class SignatureError extends Error {
  readonly code: 'malformed-key' | 'malformed-signature' | 'key-mismatch' | 'bad-signature';
  readonly key: ErrorKey;
  readonly params: ErrorParams;
  constructor(code: SignatureError['code'], key: ErrorKey, params: ErrorParams = {}) {
    super(englishError(key, params));
    this.name = 'SignatureError';
    this.code = code;
    this.key = key;
    this.params = params;
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Bytes | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(padded);
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** A new key pair: the private key as a JWK (keep it secret), the public key as one line of text. */
export async function generateSigningKeys(): Promise<{ privateKey: JsonWebKey; publicKey: string }> {
  const pair = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
  const privateKey = await crypto.subtle.exportKey('jwk', pair.privateKey);
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { privateKey, publicKey: PUBLIC_KEY_PREFIX + toBase64Url(raw) };
}

/** The 32 raw bytes of a public key line; throws SignatureError when it is not one. */
export function parsePublicKey(text: string): Bytes {
  const line = text.trim();
  const raw = line.startsWith(PUBLIC_KEY_PREFIX) ? fromBase64Url(line.slice(PUBLIC_KEY_PREFIX.length)) : null;
  if (raw?.length !== 32) {
    throw new SignatureError('malformed-key', 'error.sigMalformedKey', { prefix: PUBLIC_KEY_PREFIX });
  }
  return raw;
}

/** Whether two public key lines name the same key (whitespace aside). */
export function samePublicKey(a: string, b: string): boolean {
  return a.trim() === b.trim();
}

/** The public key line of a private JWK (its `x` member is the public half). */
export function publicKeyOf(privateKey: JsonWebKey): string {
  if (privateKey.kty !== 'OKP' || privateKey.crv !== 'Ed25519' || !privateKey.x || !privateKey.d) {
    throw new SignatureError('malformed-key', 'error.sigNotPrivateKey');
  }
  return PUBLIC_KEY_PREFIX + privateKey.x;
}

/** Signs a file's exact bytes. */
export async function signBytes(bytes: Bytes, privateKey: JsonWebKey): Promise<PackSignature> {
  const publicKey = publicKeyOf(privateKey);
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('jwk', privateKey, ALGORITHM, false, ['sign']);
  } catch {
    throw new SignatureError('malformed-key', 'error.sigPrivateKeyUnreadable');
  }
  const signature = new Uint8Array(await crypto.subtle.sign(ALGORITHM, key, bytes));
  return {
    format: SIGNATURE_FORMAT,
    version: 1,
    algorithm: 'Ed25519',
    publicKey,
    signature: toBase64Url(signature),
  };
}

/** Reads a signature file's text; throws SignatureError naming what is wrong. */
export function parseSignature(text: string): PackSignature {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new SignatureError('malformed-signature', 'error.sigNotJson');
  }
  const sig = data as Partial<PackSignature> | null;
  if (!sig || sig.format !== SIGNATURE_FORMAT || sig.version !== 1 || sig.algorithm !== 'Ed25519') {
    throw new SignatureError('malformed-signature', 'error.sigWrongFormat', { format: SIGNATURE_FORMAT });
  }
  if (typeof sig.publicKey !== 'string' || typeof sig.signature !== 'string') {
    throw new SignatureError('malformed-signature', 'error.sigIncomplete');
  }
  parsePublicKey(sig.publicKey);
  const raw = fromBase64Url(sig.signature);
  if (raw?.length !== 64) {
    throw new SignatureError('malformed-signature', 'error.sigNotBytes');
  }
  return sig as PackSignature;
}

/**
 * Checks a signature over a file's bytes. With `expectedKey` (the publisher's key the reader
 * trusts), a signature by any other key is refused as a key mismatch, before any crypto.
 * Resolves with the signer's public key; throws SignatureError otherwise.
 */
export async function verifyBytes(
  bytes: Bytes,
  signature: PackSignature,
  expectedKey?: string,
): Promise<string> {
  if (expectedKey !== undefined && !samePublicKey(expectedKey, signature.publicKey)) {
    parsePublicKey(expectedKey);
    throw new SignatureError('key-mismatch', 'error.sigKeyMismatch');
  }
  const key = await crypto.subtle.importKey('raw', parsePublicKey(signature.publicKey), ALGORITHM, false, [
    'verify',
  ]);
  const raw = fromBase64Url(signature.signature) ?? new Uint8Array();
  if (!(await crypto.subtle.verify(ALGORITHM, key, raw, bytes))) {
    throw new SignatureError('bad-signature', 'error.sigBad');
  }
  return signature.publicKey;
}

/** Hex SHA-256 of bytes: shard digests in a pack index. */
export async function sha256Hex(bytes: Bytes): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
