import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type HandlerContext, handleRequest, type RequestSender } from '../../../utils/background/handler';
import type {
  AnyRequest,
  AnyResponse,
  RequestOf,
  RequestType,
  ResponseData,
} from '../../../utils/messaging/protocol';
import { claimCount } from '../../../utils/store/claim-rows';
import type { CrosstallyDb } from '../../../utils/store/db';
import { QUOTA_MESSAGE } from '../../../utils/store/errors';
import type { ClaimDraft } from '../../../utils/store/types';
import { fixtureFullPack, fixturePack, freshDb, nth, snapshot } from '../store/helpers';

const EXTENSION_ID = 'crosstally-test-id';
const context: HandlerContext = {
  extensionId: EXTENSION_ID,
  extensionOrigin: `chrome-extension://${EXTENSION_ID}`,
  seedPack: fixturePack(),
  estimateStorage: async () => ({ usage: 1200, quota: 5_000_000 }),
};
const contentScript: RequestSender = { id: EXTENSION_ID, url: 'https://news.example/2020/09/27/karabakh' };
const extensionPage: RequestSender = {
  id: EXTENSION_ID,
  url: `chrome-extension://${EXTENSION_ID}/manager.html`,
};

const armMod = { id: 'arm_mod', label: "Armenia's Ministry of Defence", party: 'ARM' as const };
const getReports: RequestOf<'getReports'> = {
  type: 'getReports',
  figure: {
    metric: 'helicopters_downed',
    value: 2,
    qualifier: 'exact',
    side: 'AZ',
    claimant: armMod,
    period: '2020-09-27',
  },
};

function draft(): ClaimDraft {
  const { id: _i, origin: _o, createdAt: _c, updatedAt: _u, ...rest } = nth(fixtureFullPack().claims, 0);
  return { ...rest, sourceId: 'web-1' };
}
const saveRequest = (): RequestOf<'saveClaim'> => ({
  type: 'saveClaim',
  claim: draft(),
  source: {
    id: 'web-1',
    label: 'A page',
    outlet: null,
    url: 'https://news.example/a',
    language: 'en',
    publishedDate: null,
  },
});

/** One valid request of every type. */
function everyRequest(): AnyRequest[] {
  const seedClaim = nth(fixtureFullPack().claims, 0).id;
  return [
    getReports,
    { type: 'checkText', text: 'Armenia said it shot down two helicopters' },
    saveRequest(),
    { type: 'updateClaim', id: seedClaim, baseVersion: 1, changes: { value: 3 } },
    { type: 'search', query: 'helicopters', filters: { limit: 5 } },
    { type: 'counts' },
    { type: 'importUpload', uploadId: 'u1', index: 0, count: 1, text: '{}' },
    { type: 'importPreview', text: JSON.stringify(fixtureFullPack()) },
    { type: 'importApply', text: JSON.stringify(fixtureFullPack()), onConflict: 'keep-mine' },
    { type: 'exportPack', filter: { metric: 'helicopters_downed' } },
    { type: 'resetToSeed' },
    { type: 'storageEstimate' },
    { type: 'getSeedDocument', sourceId: 'fx-wire' },
  ];
}

function errorOf(response: AnyResponse) {
  if (response.ok) throw new Error(`expected a failure, got ${JSON.stringify(response.data).slice(0, 200)}`);
  return response.error;
}

function dataOf<T extends RequestType>(response: AnyResponse, _type: T) {
  if (!response.ok)
    throw new Error(`expected success, got ${response.error.code}: ${response.error.message}`);
  return response.data as ResponseData<T>;
}

let db: CrosstallyDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('who may ask', () => {
  it('answers nobody but this extension', async () => {
    const strangers: RequestSender[] = [
      {},
      { url: contentScript.url },
      { id: 'another-extension', url: 'chrome-extension://another-extension/page.html' },
    ];
    for (const sender of strangers) {
      for (const request of everyRequest()) {
        expect(errorOf(await handleRequest(db, request, sender, context)).code).toBe('forbidden');
      }
    }
    expect(await claimCount(db)).toBe(0);
  });

  it('lets content scripts read and save, nothing else', async () => {
    const allowed = new Set(['getReports', 'checkText', 'saveClaim']);
    for (const request of everyRequest()) {
      const response = await handleRequest(db, request, contentScript, context);
      if (allowed.has(request.type)) expect(response.ok, request.type).toBe(true);
      else expect(errorOf(response), request.type).toMatchObject({ code: 'forbidden' });
    }
  });

  it('judges the page by its origin, not by a URL that merely contains ours', async () => {
    const spoofed = {
      id: EXTENSION_ID,
      url: `https://evil.example/chrome-extension://${EXTENSION_ID}/manager.html`,
    };
    expect(errorOf(await handleRequest(db, { type: 'resetToSeed' }, spoofed, context)).code).toBe(
      'forbidden',
    );
    const noUrl = { id: EXTENSION_ID };
    expect(errorOf(await handleRequest(db, { type: 'exportPack' }, noUrl, context)).code).toBe('forbidden');
  });

  it('answers every request from an extension page', async () => {
    for (const request of everyRequest()) {
      const response = await handleRequest(db, request, extensionPage, context);
      expect(response.ok, `${request.type}: ${JSON.stringify(response).slice(0, 200)}`).toBe(true);
    }
  });
});

describe('malformed requests', () => {
  const cases: [string, unknown, RegExp][] = [
    ['a string', 'getReports', /Unknown request type/],
    ['null', null, /Unknown request type/],
    ['an unknown type', { type: 'eval', code: 'alert(1)' }, /Unknown request type/],
    ['a missing field', { type: 'getReports' }, /request\.figure: expected object/],
    ['a wrong field type', { type: 'search', query: 42 }, /request\.query: expected string/],
    ['an extra field', { type: 'counts', extra: 'x' }, /unrecognized key/i],
    ['a bad enum', { ...getReports, figure: { ...getReports.figure, side: 'RU' } }, /request\.figure\.side/],
  ];
  it.each(cases)('refuses %s with a typed error', async (_name, request, message) => {
    const error = errorOf(await handleRequest(db, request, extensionPage, context));
    expect(error.code).toBe('bad-request');
    expect([error.message, ...(error.issues ?? [])].join('\n')).toMatch(message);
  });

  it('does not let a request pollute prototypes', async () => {
    const request: unknown = JSON.parse('{"type":"counts","__proto__":{"polluted":"yes"}}');
    const error = errorOf(await handleRequest(db, request, extensionPage, context));
    expect(error.code).toBe('bad-request');
    expect(({} as { polluted?: string }).polluted).toBeUndefined();
  });

  it('treats script in a request as text: stored verbatim, never run', async () => {
    // A template-literal placeholder too: it must stay these characters, never be interpolated.
    const script = `<script>window.__ran = true</script>${'$'}{globalThis.__ran = true}`;
    const checked = await handleRequest(db, { type: 'checkText', text: script }, contentScript, context);
    expect(checked.ok).toBe(true);
    const request = saveRequest();
    request.claim.note = script;
    request.source.label = script;
    const saved = dataOf(await handleRequest(db, request, contentScript, context), 'saveClaim');
    expect(saved.note).toBe(script);
    expect((await db.sources.get('web-1'))?.label).toBe(script);
    expect((globalThis as { __ran?: boolean }).__ran).toBeUndefined();
  });
});

describe('answers', () => {
  it('seeds lazily on the first request', async () => {
    const reports = dataOf(await handleRequest(db, getReports, contentScript, context), 'getReports');
    expect(reports.summary.values).toEqual([1, 2, 4]);
    expect(reports.groups.find((g) => g.value === 2)?.agreement).toBe('same');
  });

  it('forces origin user on claims a page saves', async () => {
    const request = { ...saveRequest(), claim: { ...draft(), origin: 'seed' } };
    expect(errorOf(await handleRequest(db, request, contentScript, context)).code).toBe('bad-request');
    const saved = dataOf(await handleRequest(db, saveRequest(), contentScript, context), 'saveClaim');
    expect(saved.origin).toBe('user');
    expect((await db.sources.get('web-1'))?.kind).toBe('web');
  });

  it('passes store errors on with their code and the bad fields', async () => {
    const error = errorOf(
      await handleRequest(
        db,
        { type: 'importPreview', text: '{"format":"crosstally-claim-pack","version":9}' },
        extensionPage,
        context,
      ),
    );
    expect(error).toMatchObject({ code: 'wrong-format', issues: ['version: expected 1 or 2, received 9'] });
    const missing = errorOf(
      await handleRequest(db, { type: 'getSeedDocument', sourceId: 'nope' }, extensionPage, context),
    );
    expect(missing.code).toBe('not-found');
  });

  it('turns a full disk during import into a clear message, store unchanged', async () => {
    await handleRequest(db, { type: 'counts' }, extensionPage, context);
    const before = await snapshot(db);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const pack = fixtureFullPack();
    pack.claims = pack.claims.map((c) => ({ ...c, id: `other-${c.id}` }));
    const response = await handleRequest(
      db,
      { type: 'importApply', text: JSON.stringify(pack), onConflict: 'keep-mine' },
      extensionPage,
      context,
    );
    expect(errorOf(response)).toEqual({ code: 'quota', message: QUOTA_MESSAGE, key: 'error.quota' });
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
  });

  it('imports a pack sent in parts: preview, then apply, by its upload id', async () => {
    const pack = fixtureFullPack();
    pack.sources = pack.sources.map((source) => ({ ...source, id: `up-${source.id}`, kind: 'import' }));
    pack.claims = pack.claims.map((claim) => ({
      ...claim,
      id: `up-${claim.id}`,
      sourceId: `up-${claim.sourceId}`,
    }));
    pack.documents = pack.documents?.map((doc) => ({ ...doc, sourceId: `up-${doc.sourceId}` }));
    const text = JSON.stringify(pack);
    const parts = [text.slice(0, 1000), text.slice(1000, 2000), text.slice(2000)];
    for (const [index, part] of parts.entries()) {
      const sent = await handleRequest(
        db,
        { type: 'importUpload', uploadId: 'file-1', index, count: parts.length, text: part },
        extensionPage,
        context,
      );
      expect(sent.ok).toBe(true);
    }
    const preview = dataOf(
      await handleRequest(db, { type: 'importPreview', uploadId: 'file-1' }, extensionPage, context),
      'importPreview',
    );
    expect(preview.claims.added).toBe(pack.claims.length);
    expect(preview.documents.added).toBe(pack.sources.length);
    const applied = dataOf(
      await handleRequest(
        db,
        { type: 'importApply', uploadId: 'file-1', onConflict: 'keep-mine' },
        extensionPage,
        context,
      ),
      'importApply',
    );
    expect(applied.claims.added).toBe(pack.claims.length);
    // The import ended: the upload is let go, and the manager sends the file again for another.
    const again = await handleRequest(
      db,
      { type: 'importApply', uploadId: 'file-1', onConflict: 'keep-mine' },
      extensionPage,
      context,
    );
    expect(errorOf(again).code).toBe('not-found');
    const both = await handleRequest(
      db,
      { type: 'importPreview', uploadId: 'file-1', text } as unknown as AnyRequest,
      extensionPage,
      context,
    );
    expect(errorOf(both).code).toBe('bad-request');
    const unknown = await handleRequest(
      db,
      { type: 'importPreview', uploadId: 'file-2' },
      extensionPage,
      context,
    );
    expect(errorOf(unknown)).toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(/Choose the file again/),
    });
  });

  it('reports storage use, and null when the browser does not say', async () => {
    const estimate = dataOf(
      await handleRequest(db, { type: 'storageEstimate' }, extensionPage, context),
      'storageEstimate',
    );
    expect(estimate).toEqual({ usage: 1200, quota: 5_000_000 });
    const silent = { ...context, estimateStorage: () => Promise.reject(new Error('unsupported')) };
    expect(
      dataOf(await handleRequest(db, { type: 'storageEstimate' }, extensionPage, silent), 'storageEstimate'),
    ).toEqual({
      usage: null,
      quota: null,
    });
  });

  it('hides unexpected failures behind a typed internal error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    db.close();
    const error = errorOf(await handleRequest(db, { type: 'counts' }, extensionPage, context));
    expect(error.code).toBe('internal');
    expect(error.message).not.toMatch(/Dexie|DatabaseClosed/);
  });
});
