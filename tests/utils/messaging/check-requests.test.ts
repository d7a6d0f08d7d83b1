import { beforeEach, describe, expect, it } from 'vitest';
import { type HandlerContext, handleRequest, type RequestSender } from '../../../utils/background/handler';
import { parseTabRequest, type ResponseData } from '../../../utils/messaging/protocol';
import type { CrosstallyDb } from '../../../utils/store/db';
import { fixturePack, freshDb } from '../store/helpers';

const ID = 'crosstally-test-id';
const context: HandlerContext = {
  extensionId: ID,
  extensionOrigin: `chrome-extension://${ID}/`,
  seedPack: fixturePack(),
};
const contentScript: RequestSender = { id: ID, url: 'https://news.example/story' };

let db: CrosstallyDb;
beforeEach(() => {
  db = freshDb();
});

describe('the check requests a content script may send', () => {
  it('checks a selection in its context', async () => {
    const text = "Armenia's defence ministry said it shot down 2 Azerbaijani helicopters.";
    const start = text.indexOf('2 Azerbaijani');
    const response = await handleRequest(
      db,
      {
        type: 'checkText',
        text: '2 Azerbaijani',
        context: { text, selectionStart: start, selectionEnd: start + 13 },
      },
      contentScript,
      context,
    );
    const data = response.ok ? (response.data as ResponseData<'checkText'>) : null;
    expect(data?.figures[0]?.figure.claimant?.id).toBe('arm_mod');
  });

  it('passes the page’s published day to the engine, and refuses a day that is not one', async () => {
    const text = "Armenia's defence ministry said 2 Azerbaijani helicopters were shot down on Monday.";
    const start = text.indexOf('2 Azerbaijani');
    const request = {
      type: 'checkText' as const,
      text: '2 Azerbaijani',
      context: { text, selectionStart: start, selectionEnd: start + 13 },
    };
    const response = await handleRequest(
      db,
      { ...request, publishedDate: '2020-09-29' },
      contentScript,
      context,
    );
    const data = response.ok ? (response.data as ResponseData<'checkText'>) : null;
    // 29 September 2020 was a Tuesday: "on Monday" is the 28th.
    expect(data?.figures[0]?.figure.period).toBe('2020-09-28');
    for (const bad of ['2020-02-30', 'yesterday', '2020-09-29T00:00:00Z']) {
      const refused = await handleRequest(db, { ...request, publishedDate: bad }, contentScript, context);
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'bad-request', issues: [expect.stringContaining('request.publishedDate')] },
      });
    }
  });

  it('refuses a context whose selection falls outside it, naming the field', async () => {
    const response = await handleRequest(
      db,
      { type: 'checkText', text: '2', context: { text: 'short', selectionStart: 2, selectionEnd: 40 } },
      contentScript,
      context,
    );
    expect(response).toMatchObject({
      ok: false,
      error: { code: 'bad-request', issues: [expect.stringContaining('request.context.selectionEnd')] },
    });
  });

  it('reads the claims saved from a page', async () => {
    const response = await handleRequest(
      db,
      { type: 'claimsForPage', url: 'https://news.example/story' },
      contentScript,
      context,
    );
    expect(response).toEqual({ ok: true, data: { claims: [], metricLabels: {}, reportCounts: {} } });
  });
});

describe('the check request the background sends a tab', () => {
  it('is recognised with or without the embedded-frame flag, and nothing else is let through', () => {
    expect(parseTabRequest({ type: 'checkSelection' })).toEqual({ type: 'checkSelection' });
    expect(parseTabRequest({ type: 'checkSelection', frame: 'embedded' })).toEqual({
      type: 'checkSelection',
      frame: 'embedded',
    });
    expect(parseTabRequest({ type: 'checkSelection', frame: 'top', extra: 'x' })).toEqual({
      type: 'checkSelection',
    });
  });
});
