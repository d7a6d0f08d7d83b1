import { describe, expect, it } from 'vitest';
import { type HandlerContext, handleRequest } from '../../../../utils/background/handler';
import { subscribe } from '../../../../utils/background/subscriptions/service';
import { shardPack } from '../../../../utils/store/published/shards';
import type { Subscription } from '../../../../utils/store/published/subscription';
import type { ReportsForFigure } from '../../../../utils/store/types';
import { fixtureFullPack, fixturePack, freshDb } from '../../store/helpers';
import { staticHost } from './static-host';

const INDEX = 'https://desk.example/index.json';

describe('reports from a subscribed pack', () => {
  it('name the pack in the overlay; other reports name none', async () => {
    const host = staticHost();
    const { index, files } = await shardPack(fixtureFullPack(), {
      publisher: 'Example desk',
      title: 'Example desk tallies',
      baseName: 'index',
    });
    for (const file of files) host.put(new URL(file.path, INDEX).href, file.text);
    host.put(INDEX, JSON.stringify(index));
    let list: Subscription[] = [];
    const storage = {
      read: async () => list,
      write: async (next: Subscription[]) => {
        list = next;
      },
    };
    const db = freshDb();
    const context: HandlerContext = {
      extensionId: 'x',
      extensionOrigin: 'chrome-extension://x/',
      seedPack: fixturePack(),
      subscriptions: { fetch: host.fetch, storage, now: () => 0 },
    };
    await subscribe({ db, fetch: host.fetch, storage, now: () => 0 }, INDEX);
    const response = await handleRequest(
      db,
      {
        type: 'getReports',
        figure: {
          metric: 'helicopters_downed',
          value: 2,
          qualifier: 'exact',
          side: 'AZ',
          claimant: null,
          period: '2020-09-27',
        },
      },
      { id: 'x', url: 'https://news.example/story' },
      context,
    );
    if (!response.ok) throw new Error(response.error.message);
    const reports = (response.data as ReportsForFigure).groups.flatMap((g) =>
      g.claimants.flatMap((c) => c.reports),
    );
    const fromPack = reports.filter((r) => r.sourceId.startsWith('pack:'));
    expect(fromPack.length).toBeGreaterThan(0);
    expect(fromPack.every((r) => r.pack === 'Example desk tallies')).toBe(true);
    expect(reports.filter((r) => !r.sourceId.startsWith('pack:')).every((r) => r.pack === undefined)).toBe(
      true,
    );
  });
});
