/**
 * Pack files larger than one message: the manager sends the file's text in parts
 * (PACK_UPLOAD_PART_CHARS each), the background joins them and previews or imports the whole.
 * One upload is kept at a time (a new one replaces it); it lives until the background stops.
 * Its pack is read (parsed and validated) once: the preview reads it, the import takes it as read.
 */

import { MAX_PACK_CHARS } from '../limits';
import type { ClaimPackInput } from '../store/claim-pack/schema';
import { megabytes } from '../store/claim-pack/validate';
import { StoreError } from '../store/errors';
import { readPack } from '../store/import-export';

interface Upload {
  id: string;
  parts: (string | undefined)[];
  chars: number;
  /** The pack, once read: the parts are let go then. */
  read?: ClaimPackInput;
}

export interface PackUploads {
  /** Stores part `index` of `count`; returns how many characters have arrived. */
  receive(id: string, index: number, count: number, text: string): number;
  /** The pack of a complete upload, read on the first call (which throws on an invalid pack). */
  pack(id: string): ClaimPackInput;
  /** Lets the upload go (its import ended: the manager sends the file again for another). */
  forget(id: string): void;
}

function tooLarge(chars: number): StoreError {
  return new StoreError('too-large', 'error.uploadTooLarge', megabytes(chars));
}

export function createPackUploads(): PackUploads {
  let current: Upload | null = null;
  return {
    receive(id, index, count, text) {
      if (!current || current.id !== id || current.parts.length !== count || current.read) {
        current = { id, parts: new Array<string | undefined>(count).fill(undefined), chars: 0 };
      }
      if (index >= count)
        throw new StoreError('invalid', 'error.uploadPart', { index: String(index), count: String(count) });
      current.chars += text.length - (current.parts[index]?.length ?? 0);
      current.parts[index] = text;
      if (current.chars > MAX_PACK_CHARS) {
        const chars = current.chars;
        current = null;
        throw tooLarge(chars);
      }
      return current.chars;
    },
    pack(id) {
      const upload = current;
      if (!upload || upload.id !== id) throw new StoreError('not-found', 'error.uploadIncomplete');
      if (upload.read) return upload.read;
      if (upload.parts.some((part) => part === undefined))
        throw new StoreError('not-found', 'error.uploadIncomplete');
      upload.read = readPack(upload.parts.join(''));
      upload.parts = [];
      return upload.read;
    },
    forget(id) {
      if (current?.id === id) current = null;
    },
  };
}
