import { beforeEach, describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';
import { countOfSource } from '../../../../utils/store/claim-rows';
import type { CrosstallyDb } from '../../../../utils/store/db';
import { StoreError } from '../../../../utils/store/errors';
import { listClaimIds } from '../../../../utils/store/manager/queries';
import type { ArticleDraft, ManualClaimDraft } from '../../../../utils/store/manager/types';
import { addClaim, saveArticle, saveSource } from '../../../../utils/store/manager/writes';
import { getSeedDocument, reportsForFigure } from '../../../../utils/store/queries';
import { seedStore } from '../../../../utils/store/seed';
import { fixturePack, freshDb } from '../helpers';

let db: CrosstallyDb;
beforeEach(async () => {
  db = freshDb();
  await seedStore(db, fixturePack(), 10);
});

async function storeError(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof StoreError)) throw new Error(`expected a StoreError, got ${String(error)}`);
  return error;
}

const azMod = { id: 'az_mod', label: "Azerbaijan's Ministry of Defence", party: 'AZ' as const };

function manual(over: Partial<ManualClaimDraft> = {}): ManualClaimDraft {
  return {
    metric: 'helicopters_downed',
    value: 3,
    qualifier: 'exact',
    side: 'AZ',
    claimant: azMod,
    sourceId: 'fx-times-notes',
    quote: 'Baku later said three helicopters were lost.',
    figureText: 'three helicopters',
    period: '2020-09-29',
    ...over,
  };
}

describe('addClaim', () => {
  it('stores a typed-in claim in a source without text, its figure found in the quote', async () => {
    const source = await saveSource(db, {
      label: 'My notes',
      outlet: null,
      url: null,
      language: 'en',
      publishedDate: null,
      kind: 'web',
    });
    const claim = await addClaim(db, manual({ sourceId: source.id }), 77);
    expect(claim).toMatchObject({
      origin: 'user',
      quoteFigureStart: 16,
      quoteFigureEnd: 33,
      createdAt: 77,
      sourceId: source.id,
    });
    expect(claim.selector.exact).toBe('three helicopters');
    const reports = await reportsForFigure(db, {
      metric: 'helicopters_downed',
      value: 3,
      qualifier: 'exact',
      side: 'AZ',
      claimant: null,
      period: '2020-09-29',
    });
    expect(reports.groups.find((g) => g.value === 3)?.claimants[0]?.claimant?.id).toBe('az_mod');
    // A second figure of the same metric in the same source gets its own place.
    const second = await addClaim(
      db,
      manual({
        sourceId: source.id,
        value: 5,
        quote: 'Five helicopters, others said.',
        figureText: 'Five helicopters',
      }),
    );
    expect(second.id).not.toBe(claim.id);
    expect(await countOfSource(db, source.id)).toBe(2);
  });

  it('anchors a claim in the source text when the quote is there, and refuses a figure already stored', async () => {
    const quote =
      'Armenia said it shot down two Azerbaijani helicopters and destroyed three tanks on Sunday.';
    const draft = manual({
      sourceId: 'fx-wire',
      metric: 'armoured_vehicles_destroyed',
      quote,
      figureText: 'three tanks',
    });
    const claim = await addClaim(db, draft);
    expect(claim).toMatchObject({ id: 'fx-wire#armoured_vehicles_destroyed@68', start: 68, end: 79 });
    const text = (await db.documents.get('fx-wire'))!.text;
    expect(text.slice(claim.start, claim.end)).toBe('three tanks');
    expect(claim.selector.prefix).toBe(text.slice(36, 68));
    const again = await storeError(addClaim(db, { ...draft, metric: 'tanks_destroyed' }));
    expect(again.issues).toEqual([
      'claim.figureText: this figure of this metric is already stored for the source; edit it instead',
    ]);
  });

  it('names the bad field', async () => {
    expect(
      (await storeError(addClaim(db, manual({ sourceId: 'fx-wire', figureText: 'nine jets' })))).issues,
    ).toEqual(['claim.figureText: not found in the quote; copy the words of the figure from it']);
    expect((await storeError(addClaim(db, manual({ sourceId: 'missing' })))).issues).toEqual([
      'claim.sourceId: no source "missing" in the store',
    ]);
    const bad = await storeError(addClaim(db, { ...manual(), value: -1 }));
    expect(bad.issues[0]).toMatch(/^claim\.value: /);
  });
});

describe('saveSource', () => {
  it('creates a source with a fresh id, and edits one; a seed source stays seed', async () => {
    const created = await saveSource(db, {
      label: 'A blog',
      outlet: 'Blog',
      url: 'https://blog.example/x',
      language: 'en',
      publishedDate: '2020-10-01',
      kind: 'import',
    });
    expect(created.id).toMatch(/^user-source:/);
    expect(await db.sources.get(created.id)).toEqual({ ...created, segments: [] });
    const edited = await saveSource(db, {
      id: 'fx-wire',
      label: 'Renamed wire',
      outlet: 'Example Wire',
      url: null,
      language: 'en',
      publishedDate: null,
      kind: 'web',
    });
    expect(edited).toMatchObject({ id: 'fx-wire', label: 'Renamed wire', kind: 'seed', url: null });
  });

  it('refuses a javascript: URL and a bad date, naming each', async () => {
    const error = await storeError(
      saveSource(db, {
        label: 'x',
        outlet: null,
        url: 'javascript:alert(1)',
        language: 'en',
        publishedDate: '2020-13-45',
        kind: 'web',
      }),
    );
    expect(error.issues).toEqual([
      'source.url: expected an http(s) URL',
      'source.publishedDate: expected an ISO date (YYYY-MM-DD)',
    ]);
  });
});

const article = `Armenia's defence ministry said on Tuesday that its forces had shot down three Azerbaijani helicopters near Hadrut.
Azerbaijan denied the claim. The Nagorno-Karabakh conflict has flared since September 27.`;

function articleDraft(): ArticleDraft {
  const figures = extractFigures(article);
  return {
    source: {
      label: 'Pasted article',
      outlet: 'Pasted Post',
      url: 'https://pasted.example/a',
      language: 'en',
      publishedDate: '2020-10-06',
      kind: 'web',
    },
    text: article,
    claims: figures.map((figure) => ({
      metric: figure.metric,
      value: figure.value,
      qualifier: figure.qualifier,
      side: figure.side,
      claimant: figure.claimant,
      start: figure.start,
      end: figure.end,
      sentenceStart: figure.sentenceStart,
      sentenceEnd: figure.sentenceStart + figure.sentence.length,
      period: '2020-10-06',
    })),
  };
}

describe('saveArticle', () => {
  it('saves the article as a source with its text and reviewed figures, openable in the reader', async () => {
    const draft = articleDraft();
    expect(draft.claims.length).toBeGreaterThan(0);
    draft.claims[0]!.value = 4; // the reader corrects the engine
    const saved = await saveArticle(db, draft, 1000);
    expect(saved.claims).toBe(draft.claims.length);
    expect(saved.source).toMatchObject({
      kind: 'web',
      outlet: 'Pasted Post',
      url: 'https://pasted.example/a',
    });
    const doc = await getSeedDocument(db, saved.source.id);
    expect(doc?.text).toBe(article);
    const first = doc?.claims[0];
    expect(first).toMatchObject({ value: 4, origin: 'user', metric: draft.claims[0]!.metric });
    expect(article.slice(first!.start, first!.end)).toBe(first!.selector.exact);
    expect(first!.quote.slice(first!.quoteFigureStart, first!.quoteFigureEnd)).toBe(first!.selector.exact);
    expect(await listClaimIds(db, { origin: 'user' })).toHaveLength(draft.claims.length);
  });

  it('saves the same article once, however often it is saved', async () => {
    const first = await saveArticle(db, articleDraft());
    const again = await saveArticle(db, articleDraft());
    expect(again.source.id).toBe(first.source.id);
    expect(await countOfSource(db, first.source.id)).toBe(first.claims);
  });

  it('refuses figures outside the text and writes nothing', async () => {
    const draft = articleDraft();
    draft.claims.push({ ...draft.claims[0]!, start: article.length - 2, end: article.length + 5 });
    const error = await storeError(saveArticle(db, draft));
    expect(error.issues).toEqual([
      `article.claims[${draft.claims.length - 1}].end: the figure falls outside the text`,
    ]);
    expect(await db.sources.count()).toBe(4);
  });
});
