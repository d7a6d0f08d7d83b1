import { describe, expect, it, vi } from 'vitest';
import type { StartPageWork } from '../../../utils/content/page-work';
import { loadPageWork, PAGE_WORK_FILE, providePageWork } from '../../../utils/content/page-work-loader';

const start = (() => {
  throw new Error('not called here');
}) as unknown as StartPageWork;

describe('loading the on-demand part', () => {
  it('imports its file from the extension once, and takes the start function it hands over', async () => {
    const world = {};
    const importModule = vi.fn(async (url: string) => {
      expect(url).toBe(`chrome-extension://test-extension-id${PAGE_WORK_FILE}`);
      providePageWork(start, world);
    });
    expect(await loadPageWork({ importModule, global: world })).toBe(start);
    expect(await loadPageWork({ importModule, global: world })).toBe(start);
    expect(importModule).toHaveBeenCalledTimes(1);
  });

  it('says so when the file loaded but handed nothing over', async () => {
    await expect(loadPageWork({ importModule: async () => undefined, global: {} })).rejects.toThrow(
      /page-work\.js loaded without starting/,
    );
  });

  it('passes on a failed import (a blocked or missing file)', async () => {
    const importModule = async () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    };
    await expect(loadPageWork({ importModule, global: {} })).rejects.toThrow(/dynamically imported/);
  });
});
