import { describe, expect, it } from 'vitest';
import { createPackUploads } from '../../../utils/background/pack-uploads';
import { createPageFirst } from '../../../utils/background/page-first';
import { MAX_PACK_CHARS } from '../../../utils/limits';
import { StoreError } from '../../../utils/store/errors';

describe('pages first', () => {
  it("holds an import's next chunk until every waiting page is answered", async () => {
    const gate = createPageFirst();
    const order: string[] = [];
    let answer: () => void = () => undefined;
    const page = gate.page(
      () =>
        new Promise<void>((resolve) => {
          answer = () => {
            order.push('page answered');
            resolve();
          };
        }),
    );
    const chunk = gate.turn().then(() => order.push('next chunk'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual([]);
    answer();
    await Promise.all([page, chunk]);
    expect(order).toEqual(['page answered', 'next chunk']);
  });

  it('lets the import go on after the longest pause, so a page asking without end cannot stall it', async () => {
    const gate = createPageFirst(30);
    void gate.page(() => new Promise(() => undefined));
    await expect(gate.turn()).resolves.toBeUndefined();
  });
});

describe('pack uploads', () => {
  it('joins the parts of a file, in whatever order they arrive', () => {
    const uploads = createPackUploads();
    uploads.receive('u1', 1, 3, 'b');
    uploads.receive('u1', 0, 3, 'a');
    expect(() => uploads.text('u1')).toThrow(/did not reach/);
    expect(uploads.receive('u1', 2, 3, 'c')).toBe(3);
    expect(uploads.text('u1')).toBe('abc');
  });

  it('refuses an upload past the size limit, and forgets it', () => {
    const uploads = createPackUploads();
    const part = 'x'.repeat(MAX_PACK_CHARS / 2);
    uploads.receive('big', 0, 3, part);
    uploads.receive('big', 1, 3, part);
    const error = (() => {
      try {
        uploads.receive('big', 2, 3, 'x');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('too-large');
    expect(() => uploads.text('big')).toThrow(/Choose the file again/);
  });
});
