/**
 * The manager page against a real store: requests go through the background's handler to a
 * fake-indexeddb database seeded with the helicopters fixture, as an extension page's would.
 */
import { render, screen, waitFor } from '@testing-library/preact';
import axe from 'axe-core';
import { expect, vi } from 'vitest';
import { ManagerPage, type ManagerPageProps } from '../../../components/manager/ManagerPage';
import { type HandlerContext, handleRequest } from '../../../utils/background/handler';
import type { DownloadFile, Send } from '../../../utils/manager/client';
import type { RequestType, Response } from '../../../utils/messaging/protocol';
import type { CrosstallyDb } from '../../../utils/store/db';
import { fixturePack, freshDb } from '../../utils/store/helpers';

const EXTENSION_ID = 'crosstally-test';
export const context: HandlerContext = {
  extensionId: EXTENSION_ID,
  extensionOrigin: `chrome-extension://${EXTENSION_ID}/`,
  seedPack: fixturePack(),
  estimateStorage: async () => ({ usage: 2_500_000, quota: 10_000_000 }),
};

/** A send that answers from `db` through the real handler, as the options page's sender. */
export function storeSend(db: CrosstallyDb): Send {
  return (async <T extends RequestType>(request: unknown) =>
    structuredClone(
      await handleRequest(
        db,
        request,
        { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/options.html` },
        context,
      ),
    ) as Response<T>) as Send;
}

export interface Rendered {
  db: CrosstallyDb;
  send: ReturnType<typeof vi.fn>;
  downloads: DownloadFile[];
  hashes: string[];
}

export function renderManager(over: Partial<ManagerPageProps> & { db?: CrosstallyDb } = {}): Rendered {
  const db = over.db ?? freshDb();
  const send = vi.fn(storeSend(db));
  const downloads: DownloadFile[] = [];
  const hashes: string[] = [];
  render(
    <ManagerPage
      send={send as unknown as Send}
      download={(file) => downloads.push(file)}
      readerHref={(sourceId, claimId) =>
        `chrome-extension://${EXTENSION_ID}/reader.html?source=${sourceId}${claimId ? `&claim=${claimId}` : ''}`
      }
      onHashChange={(hash) => hashes.push(hash)}
      listHeight={1200}
      now={() => new Date('2020-10-01T12:00:00Z')}
      {...over}
    />,
  );
  return { db, send, downloads, hashes };
}

/** Waits until the claim list has loaded its first rows. */
export async function claimsLoaded(count = 11): Promise<void> {
  await waitFor(() => expect(screen.getByText(new RegExp(`Showing ${count} claims?`))).toBeTruthy(), {
    timeout: 5000,
  });
  await waitFor(() => expect(document.querySelectorAll('.ct-claim-row').length).toBeGreaterThan(0));
}

/**
 * axe-core's violations (colour contrast needs layout, which happy-dom lacks). A component
 * rendered alone is not a page: `component` skips the rule that all content sit in landmarks.
 */
export async function axeViolations(
  container: Element = document.body,
  options: { component?: boolean } = {},
): Promise<string[]> {
  const rules = {
    'color-contrast': { enabled: false },
    ...(options.component ? { region: { enabled: false } } : {}),
  };
  const result = await axe.run(container, { rules });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The rendered claim rows' visible first lines. */
export function rowLines(): string[] {
  return [...document.querySelectorAll('.ct-claim-line')].map((line) => line.textContent ?? '');
}
