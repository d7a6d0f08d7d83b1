// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createPageContext, withSignal } from '../../../utils/content/page-context';
import type { Response } from '../../../utils/messaging/protocol';

const unreachable = {
  ok: false as const,
  error: { code: 'unreachable' as const, message: 'Crosstally’s background could not be reached.' },
};

describe('the page context of the on-demand part', () => {
  it('describes this page with closed overlays unless told otherwise', () => {
    const page = createPageContext({
      signal: new AbortController().signal,
      extensionRoot: 'chrome-extension://x/',
    });
    expect(page.doc).toBe(document);
    expect(page.win).toBe(window);
    expect(page.shadowMode).toBe('closed');
    expect(page.extensionRoot).toBe('chrome-extension://x/');
    expect(page.isValid()).toBe(true);
  });

  it('asks whether the extension is still there when the background cannot be reached, and only then', async () => {
    const isValid = vi.fn(() => false);
    let answer: Response<'claimsForPage'> = unreachable;
    const page = createPageContext({
      signal: new AbortController().signal,
      extensionRoot: 'chrome-extension://x/',
      isValid,
      send: (async () => answer) as never,
    });
    expect(await page.send({ type: 'claimsForPage', url: 'https://a.example/' })).toEqual(unreachable);
    expect(isValid).toHaveBeenCalledTimes(1);
    answer = { ok: true, data: { claims: [], metricLabels: {}, reportCounts: {} } };
    expect((await page.send({ type: 'claimsForPage', url: 'https://a.example/' })).ok).toBe(true);
    expect(isValid).toHaveBeenCalledTimes(1);
  });

  it('gives a shorter-lived part the same page with its own signal', () => {
    const lifetime = new AbortController();
    const marking = new AbortController();
    const page = createPageContext({ signal: lifetime.signal, extensionRoot: 'chrome-extension://x/' });
    const child = withSignal(page, marking.signal);
    expect(child.signal).toBe(marking.signal);
    expect({ ...child, signal: page.signal }).toEqual(page);
  });
});
