import { beforeEach, describe, expect, it } from 'vitest';
import { type HandlerContext, handleRequest, type RequestSender } from '../../../utils/background/handler';
import {
  type AnyRequest,
  PAGE_REQUEST_TYPES,
  type RequestType,
  type ResponseData,
} from '../../../utils/messaging/protocol';
import { claimCount, claimRow } from '../../../utils/store/claim-rows';
import type { CrosstallyDb } from '../../../utils/store/db';
import { fixturePack, freshDb } from '../store/helpers';

const EXTENSION_ID = 'crosstally-test-id';
const context: HandlerContext = {
  extensionId: EXTENSION_ID,
  extensionOrigin: `chrome-extension://${EXTENSION_ID}/`,
  seedPack: fixturePack(),
};
const managerPage: RequestSender = {
  id: EXTENSION_ID,
  url: `chrome-extension://${EXTENSION_ID}/options.html`,
};
const contentScript: RequestSender = { id: EXTENSION_ID, url: 'https://news.example/story' };

const managerRequests: AnyRequest[] = [
  { type: 'listClaims', query: {}, offset: 0, limit: 10 },
  { type: 'listClaimIds', query: { party: 'ARM' } },
  { type: 'claimFacets' },
  { type: 'metricSpreads', query: {} },
  { type: 'listSources' },
  { type: 'getClaim', id: 'fx-wire#drones_downed@195' },
  { type: 'deleteClaims', ids: ['fx-wire#drones_downed@195'] },
  { type: 'deleteSource', sourceId: 'fx-history' },
  { type: 'undoDelete', token: 'nothing' },
  { type: 'exportClaims', query: { metric: 'deaths' } },
  {
    type: 'saveSource',
    source: { label: 'x', outlet: null, url: null, language: 'en', publishedDate: null, kind: 'web' },
  },
  { type: 'resetToSeed', keep: ['user'] },
];

let db: CrosstallyDb;
beforeEach(() => {
  db = freshDb();
});

async function ask<T extends RequestType>(request: AnyRequest & { type: T }, sender = managerPage) {
  return handleRequest(db, request, sender, context);
}

describe('manager requests', () => {
  it('are answered for extension pages only, never for a content script in a web page', async () => {
    await ask({ type: 'claimFacets' });
    for (const request of managerRequests) {
      expect(PAGE_REQUEST_TYPES.has(request.type)).toBe(false);
      const refused = await ask(request, contentScript);
      expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await claimCount(db)).toBe(11);
    expect(await db.sources.count()).toBe(4);
  });

  it('run against the store for the manager page', async () => {
    const page = await ask({
      type: 'listClaims',
      query: { metric: 'helicopters_downed' },
      offset: 0,
      limit: 2,
    });
    if (!page.ok) throw new Error(page.error.message);
    const data = page.data as ResponseData<'listClaims'>;
    expect(data.total).toBe(5);
    expect(data.items).toHaveLength(2);

    const deleted = await ask({ type: 'deleteClaims', ids: ['fx-wire#drones_downed@195'] });
    const token = (deleted.ok && (deleted.data as ResponseData<'deleteClaims'>).undoToken) || '';
    expect(await claimCount(db)).toBe(10);
    expect(await ask({ type: 'undoDelete', token })).toEqual({
      ok: true,
      data: { claims: 1, sources: 0, alreadyBack: 0, sourceGone: 0 },
    });
    expect(await claimCount(db)).toBe(11);
  });

  it('refuse malformed queries, naming the field', async () => {
    const bad = await handleRequest(
      db,
      { type: 'listClaims', query: { valueMin: 'ten', party: 'Mars' }, offset: 0, limit: 10 },
      managerPage,
      context,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const issues = bad.ok ? [] : (bad.error.issues ?? []);
    expect(issues.some((issue) => issue.startsWith('request.query.valueMin:'))).toBe(true);
    expect(issues.some((issue) => issue.startsWith('request.query.party:'))).toBe(true);
  });

  it('refuse an edit without the version it started from, and one over a newer version', async () => {
    const id = 'fx-wire#drones_downed@195';
    const unversioned = await handleRequest(
      db,
      { type: 'updateClaim', id, changes: { value: 3 } },
      managerPage,
      context,
    );
    expect(unversioned).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const mismatched = await handleRequest(
      db,
      { type: 'deleteClaims', ids: [id], versions: [1, 1] },
      managerPage,
      context,
    );
    expect(mismatched).toMatchObject({
      ok: false,
      error: { code: 'bad-request', issues: ['request.versions: needs one version per id'] },
    });
    expect(await ask({ type: 'updateClaim', id, baseVersion: 1, changes: { value: 3 } })).toMatchObject({
      ok: true,
      data: { version: 2, claim: { value: 3 } },
    });
    expect(await ask({ type: 'updateClaim', id, baseVersion: 1, changes: { note: 'x' } })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await ask({ type: 'getClaim', id })).toMatchObject({ ok: true, data: { version: 2 } });
    expect((await claimRow(db, id))?.note).toBeUndefined();
  });

  it('keep the original reset when no origins are kept', async () => {
    await ask({ type: 'deleteClaims', ids: ['fx-wire#drones_downed@195'] });
    const reset = await ask({ type: 'resetToSeed' });
    expect(reset).toMatchObject({ ok: true, data: { applied: true } });
    expect(await claimCount(db)).toBe(11);
  });
});
