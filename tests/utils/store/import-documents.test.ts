/**
 * Documents in imports (issue 13, item 2): every text an import would add or replace is counted
 * in the preview, a seed text is never replaced, and a text that does not hold its claims where
 * their selectors say is refused, naming it.
 */
import { describe, expect, it } from 'vitest';
import { issueTexts } from '../../../utils/i18n/error-text';
import { setUiLanguage } from '../../../utils/i18n/translate';
import type { ClaimPack } from '../../../utils/store/claim-pack/schema';
import type { CrosstallyDb } from '../../../utils/store/db';
import { StoreError } from '../../../utils/store/errors';
import { applyImport, previewImport } from '../../../utils/store/import-export';
import { seedStore } from '../../../utils/store/seed';
import { fixtureFullPack, fixturePack, freshDb, must, nth, snapshot } from './helpers';

async function seeded(): Promise<CrosstallyDb> {
  const db = freshDb();
  await seedStore(db, fixturePack(), 10);
  return db;
}

async function refusal(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => new Error('expected the import to be refused'),
    (e: unknown) => e,
  );
  if (!(error instanceof StoreError)) throw error;
  return error;
}

/** The fixture's sources, claims and texts under new ids, as an imported (not seed) pack. */
function importedPack(): ClaimPack {
  const pack = fixtureFullPack();
  const renamed = (id: string) => `imp-${id}`;
  return {
    ...pack,
    sources: pack.sources.map((s) => ({ ...s, id: renamed(s.id), kind: 'import' })),
    claims: pack.claims.map((c) => ({
      ...c,
      id: renamed(c.id),
      sourceId: renamed(c.sourceId),
      origin: 'import',
    })),
    documents: must(pack.documents).map((d) => ({ ...d, sourceId: renamed(d.sourceId) })),
  };
}

describe('documents in an import', () => {
  it('never replaces a seed text, and says so in the preview (the "nothing changed" pack)', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    const seed = fixtureFullPack();
    const source = nth(seed.sources, 0);
    const forged = {
      ...seed,
      sources: [source],
      claims: [],
      documents: [{ sourceId: source.id, text: 'A forged article: 900 helicopters were shot down.' }],
    };
    const preview = await previewImport(db, JSON.stringify(forged));
    expect(preview.claims).toEqual({ added: 0, updated: 0, unchanged: 0, conflicting: 0 });
    expect(preview.sources).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(preview.documents).toEqual({ added: 0, updated: 0, unchanged: 0, kept: 1 });
    const result = await applyImport(db, JSON.stringify(forged));
    expect(result.documents).toEqual({ added: 0, updated: 0, unchanged: 0, kept: 1 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('counts every text it adds, replaces or leaves as it is', async () => {
    const db = await seeded();
    const pack = importedPack();
    expect((await previewImport(db, pack)).documents).toEqual({
      added: 4,
      updated: 0,
      unchanged: 0,
      kept: 0,
    });
    await applyImport(db, pack);
    const again = await previewImport(db, pack);
    expect(again.documents).toEqual({ added: 0, updated: 0, unchanged: 4, kept: 0 });
    // A text that still holds every claim where it says may change (here: words added at its end).
    const docs = must(pack.documents);
    docs[0] = { ...nth(docs, 0), text: `${nth(docs, 0).text}\nUpdated: corrections appended.` };
    expect((await previewImport(db, pack)).documents).toEqual({
      added: 0,
      updated: 1,
      unchanged: 3,
      kept: 0,
    });
    await applyImport(db, pack);
    expect((await db.documents.get(nth(docs, 0).sourceId))?.text).toBe(nth(docs, 0).text);
  });

  it('refuses a new text that does not hold its claims where their selectors say, naming it', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    const pack = importedPack();
    const docs = must(pack.documents);
    const shifted = nth(docs, 1);
    docs[1] = { ...shifted, text: `Breaking: ${shifted.text}` };
    for (const attempt of [previewImport(db, pack), applyImport(db, pack)]) {
      const error = await refusal(attempt);
      expect(error.code).toBe('invalid-pack');
      expect(error.message).toContain(`"${shifted.sourceId}"`);
      expect(error.message).toMatch(/nothing was imported/);
      expect(error.issues[0]).toMatch(
        /^documents\[1\]\.text \(claims\[\d+\]\): claim "imp-.*" expects ".*" at \d+–\d+; the text has ".*" there$/,
      );
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a replaced text that no longer holds the stored claims', async () => {
    const db = await seeded();
    const pack = importedPack();
    await applyImport(db, pack);
    const before = await snapshot(db);
    const doc = nth(must(pack.documents), 0);
    const onlyText = {
      ...pack,
      sources: pack.sources.filter((s) => s.id === doc.sourceId),
      claims: [],
      documents: [{ sourceId: doc.sourceId, text: doc.text.replace(/\d/g, '7') }],
    };
    const error = await refusal(applyImport(db, onlyText));
    expect(error.message).toContain(`"${doc.sourceId}"`);
    expect(error.issues[0]).toMatch(/^documents\[0\]\.text: claim ".*" expects .* there$/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses claims that do not sit where they say in a stored seed text', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    const seed = fixtureFullPack();
    const claim = nth(seed.claims, 0);
    const moved = {
      ...seed,
      documents: [],
      claims: [
        {
          ...claim,
          id: `${claim.sourceId}#${claim.metric}@5`,
          start: 5,
          end: 5 + claim.selector.exact.length,
        },
      ],
    };
    const error = await refusal(applyImport(db, moved));
    expect(error.issues[0]).toMatch(
      new RegExp(`^claims\\[0\\]: claim .* \\(the stored text of "${claim.sourceId}"\\)$`),
    );
    expect(await snapshot(db)).toEqual(before);
    setUiLanguage('ru');
    try {
      expect(issueTexts(error)[0]).toMatch(
        new RegExp(`^claims\\[0\\]: заявление ".*" ожидает .* \\(сохранённый текст "${claim.sourceId}"\\)$`),
      );
    } finally {
      setUiLanguage('en');
    }
  });
});
