/**
 * Pack files larger than one message: the manager sends the file's text in parts
 * (PACK_UPLOAD_PART_CHARS each), the background joins them and previews or imports the whole.
 * One upload is kept at a time (a new one replaces it); it lives until the background stops.
 */

import { MAX_PACK_CHARS } from '../limits';
import { megabytes } from '../store/claim-pack/validate';
import { StoreError } from '../store/errors';

interface Upload {
  id: string;
  parts: (string | undefined)[];
  chars: number;
}

export interface PackUploads {
  /** Stores part `index` of `count`; returns how many characters have arrived. */
  receive(id: string, index: number, count: number, text: string): number;
  /** The joined text of a complete upload. */
  text(id: string): string;
}

function tooLarge(chars: number): StoreError {
  return new StoreError('too-large', 'error.uploadTooLarge', megabytes(chars));
}

export function createPackUploads(): PackUploads {
  let current: Upload | null = null;
  return {
    receive(id, index, count, text) {
      if (!current || current.id !== id || current.parts.length !== count) {
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
    text(id) {
      if (!current || current.id !== id || current.parts.some((part) => part === undefined)) {
        throw new StoreError('not-found', 'error.uploadIncomplete');
      }
      return current.parts.join('');
    },
  };
}
