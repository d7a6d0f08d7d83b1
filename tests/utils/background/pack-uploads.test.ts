import { describe, expect, it } from 'vitest';
import { createPackUploads } from '../../../utils/background/pack-uploads';
import { MAX_PACK_CHARS } from '../../../utils/limits';
import { StoreError } from '../../../utils/store/errors';
import { fixturePack } from '../store/helpers';

const packText = JSON.stringify(fixturePack());

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('pack uploads', () => {
  it('joins the parts of a file, in whatever order they arrive', () => {
    const uploads = createPackUploads();
    const third = Math.ceil(packText.length / 3);
    const parts = [0, 1, 2].map((i) => packText.slice(i * third, (i + 1) * third));
    uploads.receive('u1', 1, 3, parts[1] as string);
    uploads.receive('u1', 0, 3, parts[0] as string);
    expect(() => uploads.pack('u1')).toThrow(/did not reach/);
    expect(uploads.receive('u1', 2, 3, parts[2] as string)).toBe(packText.length);
    expect(uploads.pack('u1').claims.map((claim) => claim.id)).toEqual(
      fixturePack().claims.map((claim) => claim.id),
    );
  });

  it('reads a pack once: the preview and the import that follows get the same pack', () => {
    const uploads = createPackUploads();
    uploads.receive('u1', 0, 1, packText);
    const read = uploads.pack('u1');
    expect(uploads.pack('u1')).toBe(read);
    expect(() => uploads.pack('u2')).toThrow(/did not reach/);
    // The same id sent again is a new file, read afresh.
    uploads.receive('u1', 0, 1, packText);
    expect(uploads.pack('u1')).not.toBe(read);
    uploads.forget('u2');
    expect(uploads.pack('u1').claims).toHaveLength(fixturePack().claims.length);
    uploads.forget('u1');
    expect(() => uploads.pack('u1')).toThrow(/did not reach/);
  });

  it('says what is wrong with an invalid pack each time it is asked, and reads nothing', () => {
    const uploads = createPackUploads();
    uploads.receive('bad', 0, 1, '{"version": 1, "claims": [');
    const first = thrown(() => uploads.pack('bad'));
    expect(first).toBeInstanceOf(StoreError);
    expect(thrown(() => uploads.pack('bad'))).toMatchObject({ message: (first as Error).message });
  });

  it('refuses an upload past the size limit, and forgets it', () => {
    const uploads = createPackUploads();
    const part = 'x'.repeat(MAX_PACK_CHARS / 2);
    uploads.receive('big', 0, 3, part);
    uploads.receive('big', 1, 3, part);
    const error = thrown(() => uploads.receive('big', 2, 3, 'x'));
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('too-large');
    expect(() => uploads.pack('big')).toThrow(/Choose the file again/);
  });
});
