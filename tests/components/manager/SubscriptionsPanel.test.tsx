// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type HandlerContext, handleRequest } from '../../../utils/background/handler';
import type { Send } from '../../../utils/manager/client';
import { allClaimRows } from '../../../utils/store/claim-rows';
import { shardPack } from '../../../utils/store/published/shards';
import { generateSigningKeys, signBytes } from '../../../utils/store/published/signature';
import type { Subscription } from '../../../utils/store/published/subscription';
import { staticHost } from '../../utils/background/subscriptions/static-host';
import { fixtureFullPack, freshDb } from '../../utils/store/helpers';
import { axeViolations, context, renderManager } from './manager-fixtures';

const INDEX = 'https://desk.example/packs/index.json';

afterEach(cleanup);

async function setUp() {
  const host = staticHost();
  const keys = await generateSigningKeys();
  const publish = async (pack = fixtureFullPack()) => {
    const { index, files } = await shardPack(pack, {
      publisher: 'Example desk',
      title: 'Helicopter tallies',
      baseName: 'index',
    });
    for (const file of files) host.put(new URL(file.path, INDEX).href, file.text);
    const text = JSON.stringify(index);
    host.put(INDEX, text);
    host.put(
      `${INDEX}.sig`,
      JSON.stringify(await signBytes(new TextEncoder().encode(text), keys.privateKey)),
    );
  };
  await publish();
  let list: Subscription[] = [];
  const withPacks: HandlerContext = {
    ...context,
    subscriptions: {
      fetch: host.fetch,
      storage: {
        read: async () => structuredClone(list),
        write: async (next) => {
          list = structuredClone(next);
        },
      },
      now: () => Date.UTC(2020, 9, 1, 12),
    },
  };
  const db = freshDb();
  const send = (async (request: unknown) =>
    structuredClone(
      await handleRequest(
        db,
        request,
        { id: context.extensionId, url: `${context.extensionOrigin}options.html` },
        withPacks,
      ),
    )) as Send;
  const requestHostAccess = vi.fn(async () => true);
  renderManager({ db, send, initialHash: '#packs', requestHostAccess });
  return { db, host, keys, publish, requestHostAccess };
}

describe('subscribing to a pack in the manager', () => {
  it('asks for that one host, shows the pack, stores nothing until confirmed, then lists the subscription', async () => {
    const { db, keys, requestHostAccess } = await setUp();
    await screen.findByRole('heading', { name: 'Subscribed packs' });
    fireEvent.input(screen.getByLabelText('Pack address (https)'), { target: { value: INDEX } });
    fireEvent.input(screen.getByLabelText(/Publisher's public key/), { target: { value: keys.publicKey } });
    fireEvent.click(screen.getByRole('button', { name: 'Check the pack' }));
    const preview = await screen.findByRole('region', { name: 'The pack before subscribing' });
    expect(requestHostAccess).toHaveBeenCalledWith('https://desk.example/*');
    expect(preview.textContent).toMatch(
      /Helicopter tallies, published by Example desk: \d+ claims from \d+ articles/,
    );
    expect(preview.textContent).toContain(`Signed by ${keys.publicKey}`);
    expect((await allClaimRows(db)).filter((claim) => claim.sourceId.startsWith('pack:')).length).toBe(0);
    expect(await axeViolations()).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    await screen.findByRole('heading', { name: 'Helicopter tallies', level: 3 });
    await waitFor(async () =>
      expect(
        (await allClaimRows(db)).filter((claim) => claim.sourceId.startsWith('pack:')).length,
      ).toBeGreaterThan(0),
    );
    expect(screen.getByText(/Last good update/)).toBeTruthy();
  });

  it('refuses a plain-http address before asking the browser anything', async () => {
    const { requestHostAccess } = await setUp();
    fireEvent.input(await screen.findByLabelText('Pack address (https)'), {
      target: { value: 'http://desk.example/index.json' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Check the pack' }));
    expect(
      (await screen.findByText(/https only/, { selector: '.ct-subscriptions [role=alert]' })).textContent,
    ).toMatch(/Nothing was changed/);
    expect(requestHostAccess).not.toHaveBeenCalled();
  });

  it('says why a refresh kept the previous version, and unsubscribes on confirmation', async () => {
    const { db, host, keys } = await setUp();
    fireEvent.input(await screen.findByLabelText('Pack address (https)'), { target: { value: INDEX } });
    fireEvent.input(screen.getByLabelText(/Publisher's public key/), { target: { value: keys.publicKey } });
    fireEvent.click(screen.getByRole('button', { name: 'Check the pack' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Subscribe' }));
    await screen.findByRole('heading', { name: 'Helicopter tallies', level: 3 });

    host.down = true;
    fireEvent.click(screen.getByRole('button', { name: 'Refresh now' }));
    await screen.findByText(/Kept the previous version: .*could not be reached/, {
      selector: '.ct-subscription p',
    });
    host.down = false;

    fireEvent.click(screen.getByRole('button', { name: 'Unsubscribe…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove its claims and unsubscribe' }));
    await screen.findByText(/^Unsubscribed from “Helicopter tallies”: removed \d+ claims\./);
    expect((await allClaimRows(db)).filter((claim) => claim.sourceId.startsWith('pack:')).length).toBe(0);
    await screen.findByText('No subscriptions yet.');
  });
});
