/** analyzePage: the engine runs in the background for the content script, which sends page text only. */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import seedClaims from '../../../assets/seed-claims.json';
import { type HandlerContext, handleRequest, type RequestSender } from '../../../utils/background/handler';
import type { AnyResponse, PageAnalysis } from '../../../utils/messaging/protocol';
import { validateClaimPack } from '../../../utils/store/claim-pack/validate';
import type { CrosstallyDb } from '../../../utils/store/db';
import { fixtureFullPack, freshDb } from '../store/helpers';

const EXTENSION_ID = 'crosstally-test-id';
const context: HandlerContext = {
  extensionId: EXTENSION_ID,
  extensionOrigin: 'chrome-extension://crosstally-test-id/',
  seedPack: fixtureFullPack(),
};
const contentScript: RequestSender = { id: EXTENSION_ID, url: 'https://news.example/2020/09/27/karabakh' };

const ARTICLE =
  'Fighting in Nagorno-Karabakh. Armenia’s defence ministry said it shot down two Azerbaijani helicopters and destroyed three tanks near Stepanakert, as Azerbaijan and Armenia traded fire.';

function dataOf(response: AnyResponse): PageAnalysis {
  if (!response.ok) throw new Error(response.error.message);
  return response.data as PageAnalysis;
}

describe('analyzePage', () => {
  let db: CrosstallyDb;
  afterEach(() => db?.delete());

  it('answers a content script with coverage, figures and stored reports per metric', async () => {
    db = freshDb();
    const analysis = dataOf(
      await handleRequest(db, { type: 'analyzePage', page: { text: ARTICLE } }, contentScript, context),
    );
    expect(analysis.coverage.isCoverage).toBe(true);
    expect(analysis.figures.map((f) => [f.text, f.metric, f.claimant?.id])).toEqual([
      ['two Azerbaijani helicopters', 'helicopters_downed', 'arm_mod'],
      ['three tanks', 'tanks_destroyed', 'arm_mod'],
    ]);
    const stored = (metric: string) => fixtureFullPack().claims.filter((c) => c.metric === metric).length;
    expect(stored('helicopters_downed')).toBeGreaterThan(0);
    expect(analysis.reportCounts).toEqual(
      Object.fromEntries(
        ['helicopters_downed', 'tanks_destroyed'].filter((m) => stored(m) > 0).map((m) => [m, stored(m)]),
      ),
    );
    expect(analysis.metricLabels).toMatchObject({ helicopters_downed: 'helicopters shot down' });
  });

  it('recognises a page that is a stored source, so its own reports are not "other outlets"', async () => {
    db = freshDb();
    const seedContext: HandlerContext = { ...context, seedPack: validateClaimPack(seedClaims) };
    const id = '000_cc26506134296cb8.txt';
    const text = readFileSync(new URL(`../../../assets/seeds/${id}`, import.meta.url), 'utf8');
    const page = { type: 'analyzePage', page: { text: `Demo outlet\n${text}\nMost read: markets` } };
    expect(dataOf(await handleRequest(db, page, contentScript, seedContext)).pageSourceId).toBe(id);
    const unrelated = dataOf(
      await handleRequest(db, { type: 'analyzePage', page: { text: ARTICLE } }, contentScript, seedContext),
    );
    expect(unrelated.pageSourceId).toBeNull();
  });

  it('finds no figures on a page about another war', async () => {
    db = freshDb();
    const text = 'Ukraine said it shot down two Russian helicopters and destroyed three tanks near Bakhmut.';
    const analysis = dataOf(
      await handleRequest(db, { type: 'analyzePage', page: { text } }, contentScript, context),
    );
    expect(analysis).toMatchObject({ coverage: { isCoverage: false }, figures: [], reportCounts: {} });
  });

  it('rejects page text over the size limit and senders from other extensions', async () => {
    db = freshDb();
    const huge = { type: 'analyzePage', page: { text: 'x'.repeat(1_000_001) } };
    const tooBig = await handleRequest(db, huge, contentScript, context);
    expect(tooBig.ok || tooBig.error.code).toBe('bad-request');
    const stranger = await handleRequest(
      db,
      { type: 'analyzePage', page: { text: ARTICLE } },
      { id: 'other', url: 'https://x.test/' },
      context,
    );
    expect(stranger.ok || stranger.error.code).toBe('forbidden');
  });
});
