/**
 * Claim-pack files on the manager page: reading one (plain JSON or gzip-compressed, checked
 * against the size limit while it streams, so a huge file is never held whole), sending its text
 * to the background in parts, and gzip for large exports. Web platform streams only
 * (CompressionStream, DecompressionStream); no library.
 */
import { t } from '../i18n/translate';
import { MAX_PACK_CHARS, PACK_UPLOAD_PART_CHARS } from '../limits';
import { ask, RequestFailed, type Send } from './client';
import { formatBytes } from './format';

const GZIP_MAGIC = [0x1f, 0x8b];

/** The file's size when known; otherwise it was found too large while unpacking. */
function tooLarge(size: number | null): RequestFailed {
  const limit = formatBytes(MAX_PACK_CHARS);
  return new RequestFailed({
    code: 'too-large',
    message:
      size === null
        ? t('packFile.tooLargeUnpacked', { limit })
        : t('packFile.tooLarge', { size: formatBytes(size), limit }),
  });
}

async function isGzip(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  return head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

/** The text of a pack file, unpacked when it is gzip-compressed (.json.gz). */
export async function readPackFile(file: Blob): Promise<string> {
  const gzipped = await isGzip(file);
  // UTF-8 takes at most 4 bytes a character: a larger plain file is over the limit for sure.
  if (!gzipped && file.size > MAX_PACK_CHARS * 4) throw tooLarge(file.size);
  // (Typed as BufferSource streams: the DOM typings of the two transforms differ from Blob.stream's.)
  const bytes = file.stream() as ReadableStream<BufferSource>;
  const unpacked = gzipped
    ? (bytes.pipeThrough(new DecompressionStream('gzip')) as ReadableStream<BufferSource>)
    : bytes;
  const reader = unpacked.pipeThrough(new TextDecoderStream()).getReader();
  const parts: string[] = [];
  let chars = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chars += value.length;
      if (chars > MAX_PACK_CHARS) {
        await reader.cancel();
        throw tooLarge(null);
      }
      parts.push(value);
    }
  } catch (error) {
    if (error instanceof RequestFailed) throw error;
    throw new RequestFailed({
      code: 'not-json',
      message: gzipped ? t('packFile.badGzip') : t('packFile.unreadable'),
    });
  }
  return parts.join('');
}

let uploads = 0;

/** Sends a pack's text to the background in parts; the upload id then stands for it in requests. */
export async function uploadPack(send: Send, text: string): Promise<string> {
  const uploadId = `u${Date.now().toString(36)}-${++uploads}`;
  const count = Math.max(1, Math.ceil(text.length / PACK_UPLOAD_PART_CHARS));
  for (let index = 0; index < count; index++) {
    const part = text.slice(index * PACK_UPLOAD_PART_CHARS, (index + 1) * PACK_UPLOAD_PART_CHARS);
    await ask(send, { type: 'importUpload', uploadId, index, count, text: part });
  }
  return uploadId;
}

/** The text gzip-compressed, as a file's content. */
export function gzipText(text: string): Promise<Blob> {
  const packed = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Response(packed).blob();
}
