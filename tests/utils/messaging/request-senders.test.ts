/**
 * The protocol's maps agree with the code around them: every request the background knows has a
 * handler and a schema, every request has a sender where its map says it comes from, and a request
 * marked bench-only has none in the product. Adding a request without its handler, schema or
 * sender, or putting it in the wrong sender's map, fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlersFor } from '../../../utils/background/handler';
import { requestSchema } from '../../../utils/background/request-schema';
import {
  type AnyTabRequest,
  EXTENSION_PAGE_REQUESTS,
  PAGE_REQUEST_TYPES,
  PAGE_REQUESTS,
  parseTabRequest,
  REQUEST_TYPES,
  type RequestUse,
  TAB_REQUESTS,
  type TabRequestType,
} from '../../../utils/messaging/protocol';
import { fixturePack, freshDb } from '../store/helpers';

const ROOT = path.resolve(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

/** The extension's code: no tests, no bench, no Node-only tools (they cannot send messages). */
const productFiles = [...sourceFiles('entrypoints'), ...sourceFiles('utils'), ...sourceFiles('components')]
  .filter((file) => !file.startsWith(`utils${path.sep}node${path.sep}`))
  .map((file) => ({ file, text: readFileSync(path.join(ROOT, file), 'utf8') }));
const testFiles = [...sourceFiles('tests/bench'), ...sourceFiles('tests/e2e')].map((file) => ({
  file,
  text: readFileSync(path.join(ROOT, file), 'utf8'),
}));

/** Code that runs in a web page's content script: the least trusted sender. */
const isContentScript = (file: string) =>
  /^(utils[/\\](content|overlay|dom|anchoring)[/\\]|entrypoints[/\\](content|page-work)\.ts$)/.test(file);

function sendersOf(type: string, files: { file: string; text: string }[]): string[] {
  const sent = new RegExp(`type: ['"]${type}['"]`);
  return files.filter(({ text }) => sent.test(text)).map(({ file }) => file);
}

const productUses = (map: Record<string, RequestUse>) =>
  Object.entries(map)
    .filter(([, use]) => use === 'product')
    .map(([type]) => type);
const benchUses = (map: Record<string, RequestUse>) =>
  Object.entries(map)
    .filter(([, use]) => use === 'bench')
    .map(([type]) => type);

describe('the request maps', () => {
  it('share no request between senders, and together are every request the background knows', () => {
    const page = Object.keys(PAGE_REQUESTS);
    const extensionPages = Object.keys(EXTENSION_PAGE_REQUESTS);
    expect(page.filter((type) => extensionPages.includes(type))).toEqual([]);
    expect(Object.keys(TAB_REQUESTS).filter((type) => REQUEST_TYPES.has(type as never))).toEqual([]);
    expect([...REQUEST_TYPES].sort()).toEqual([...page, ...extensionPages].sort());
    expect([...PAGE_REQUEST_TYPES].sort()).toEqual([...page].sort());
  });

  it('give every background request a handler and a schema', () => {
    const handled = Object.keys(
      handlersFor(freshDb(), {
        extensionId: 'x',
        extensionOrigin: 'chrome-extension://x/',
        seedPack: fixturePack(),
      }),
    );
    expect(handled.sort()).toEqual([...REQUEST_TYPES].sort());
    const validated = requestSchema.options.map((option) => option.shape.type.value);
    expect([...validated].sort()).toEqual([...REQUEST_TYPES].sort());
  });

  it('give every tab request a parser in the content script', () => {
    const samples: Record<TabRequestType, AnyTabRequest> = {
      getPageStatus: { type: 'getPageStatus' },
      showFigure: { type: 'showFigure', id: 'figure-1' },
      checkSelection: { type: 'checkSelection' },
      getArticle: { type: 'getArticle' },
      getLedgerPage: { type: 'getLedgerPage' },
      saveToLedger: { type: 'saveToLedger' },
    };
    for (const type of Object.keys(TAB_REQUESTS) as TabRequestType[]) {
      expect(parseTabRequest(samples[type]), type).toEqual(samples[type]);
    }
    expect(parseTabRequest({ type: 'getReports' })).toBeNull();
  });
});

describe('every request has a sender where its map says', () => {
  it.each(productUses(PAGE_REQUESTS))('%s: sent by a content script', (type) => {
    expect(sendersOf(type, productFiles).filter(isContentScript)).not.toEqual([]);
  });

  it.each(productUses(EXTENSION_PAGE_REQUESTS))(
    '%s: sent by an extension page, never a content script',
    (type) => {
      const senders = sendersOf(type, productFiles);
      expect(senders).not.toEqual([]);
      expect(senders.filter(isContentScript)).toEqual([]);
    },
  );

  it.each(productUses(TAB_REQUESTS))(
    '%s: sent to a tab by the popup, the manager or the background',
    (type) => {
      const senders = sendersOf(type, productFiles);
      expect(senders).not.toEqual([]);
      expect(senders.filter(isContentScript)).toEqual([]);
    },
  );

  it.each([...benchUses(PAGE_REQUESTS), ...benchUses(EXTENSION_PAGE_REQUESTS), ...benchUses(TAB_REQUESTS)])(
    '%s: marked bench-only, so sent by the bench or e2e tests and by nothing in the product',
    (type) => {
      expect(sendersOf(type, productFiles)).toEqual([]);
      expect(sendersOf(type, testFiles)).not.toEqual([]);
    },
  );
});
