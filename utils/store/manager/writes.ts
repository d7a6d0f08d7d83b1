/**
 * Writes of the manager page: a claim typed in by the reader, a source created or edited, and a
 * pasted article saved as a source with its text and its reviewed figures, in one transaction.
 */
import { claimIdFor } from '../claim-ids';
import { claimRow, claimsOfSource } from '../claim-rows';
import type { CrosstallyDb } from '../db';
import { type ErrorKey, type ErrorParams, guardQuota, StoreError } from '../errors';
import type { Claim, Source, TextQuoteSelector } from '../types';
import { putClaims, putSources, writeTables } from '../writes';
import { articleDraftSchema, manualClaimDraftSchema, parseWith, sourceInputSchema } from './schemas';
import type { ArticleDraft, ArticleSaved, ManualClaimDraft, SourceInput } from './types';
import { keepingView } from './view-patch';

const SELECTOR_CONTEXT = 32;
const MAX_QUOTE_CHARS = 5000;

function selectorIn(text: string, start: number, end: number): TextQuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - SELECTOR_CONTEXT), start),
    suffix: text.slice(end, end + SELECTOR_CONTEXT),
  };
}

function invalid(field: string, problem: ErrorKey, params?: ErrorParams): StoreError {
  return new StoreError('invalid', 'error.invalidClaim', {}, [{ path: field, key: problem, params }]);
}

/** FNV-1a of a text, as 8 hex digits: the same article pasted twice is the same source. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Stores a claim the reader typed in. Its figure is located by `figureText` in the quote and, when
 * the store holds the source's text and the quote is in it, in the text, so the reader page can
 * mark it; otherwise it gets a place after the text's end (unique, never marked).
 */
export async function addClaim(db: CrosstallyDb, data: unknown, now = Date.now()): Promise<Claim> {
  const draft: ManualClaimDraft = parseWith(manualClaimDraftSchema, data, 'claim');
  const inQuote = draft.quote.indexOf(draft.figureText);
  if (inQuote < 0) throw invalid('claim.figureText', 'error.issue.figureNotInQuote');
  const write = () =>
    db.transaction('rw', [...writeTables(db), db.documents, db.tombstones], async (): Promise<Claim> => {
      if (!(await db.sources.get(draft.sourceId)))
        throw invalid('claim.sourceId', 'error.issue.noSourceInStore', { id: draft.sourceId });
      const text = (await db.documents.get(draft.sourceId))?.text ?? null;
      const quoteAt = text?.indexOf(draft.quote) ?? -1;
      let start: number;
      let selector: TextQuoteSelector;
      if (text !== null && quoteAt >= 0) {
        start = quoteAt + inQuote;
        selector = selectorIn(text, start, start + draft.figureText.length);
        if (await claimRow(db, claimIdFor(draft.sourceId, draft.metric, start))) {
          throw invalid('claim.figureText', 'error.issue.alreadyStored');
        }
      } else {
        const ends = (await claimsOfSource(db, draft.sourceId)).map((claim) => claim.end);
        start = Math.max(text?.length ?? 0, ...ends) + 1;
        selector = selectorIn(draft.quote, inQuote, inQuote + draft.figureText.length);
      }
      const { figureText, note, ...fields } = draft;
      const claim: Claim = {
        ...fields,
        id: claimIdFor(draft.sourceId, draft.metric, start),
        quoteFigureStart: inQuote,
        quoteFigureEnd: inQuote + figureText.length,
        selector,
        start,
        end: start + figureText.length,
        origin: 'user',
        createdAt: now,
        updatedAt: now,
      };
      if (note) claim.note = note;
      await putClaims(db, [claim]);
      await db.tombstones.delete(claim.id);
      return claim;
    });
  return guardQuota(() => keepingView(db, write, { after: (claim) => [claim.id], claimsOnly: true }));
}

function newSourceId(now: number): string {
  return `user-source:${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Creates a source (no id) or changes one; a seed source stays a seed source. */
export async function saveSource(db: CrosstallyDb, data: unknown, now = Date.now()): Promise<Source> {
  const { id, kind, ...fields }: SourceInput = parseWith(sourceInputSchema, data, 'source');
  return guardQuota(() =>
    db.transaction('rw', writeTables(db), async (): Promise<Source> => {
      const existing = id === undefined ? undefined : await db.sources.get(id);
      if (id !== undefined && !existing) throw new StoreError('not-found', 'error.sourceNotFound', { id });
      const source: Source = existing
        ? { ...existing, ...fields, kind: existing.kind === 'seed' ? 'seed' : kind }
        : { id: newSourceId(now), ...fields, kind, segments: [] };
      await putSources(db, [source]);
      return source;
    }),
  );
}

/** The sentence around a figure as a quote, cut around the figure when the sentence is very long. */
function quoteOf(text: string, claim: ArticleDraft['claims'][number]) {
  let from = claim.sentenceStart;
  let to = claim.sentenceEnd;
  if (to - from > MAX_QUOTE_CHARS) {
    from = Math.max(claim.sentenceStart, claim.start - MAX_QUOTE_CHARS / 2);
    to = Math.min(claim.sentenceEnd, from + MAX_QUOTE_CHARS);
  }
  return {
    quote: text.slice(from, to),
    quoteFigureStart: claim.start - from,
    quoteFigureEnd: claim.end - from,
  };
}

/** Saves a pasted article: its source (id from its text), its text for the reader page, and its figures as user claims. */
export async function saveArticle(db: CrosstallyDb, data: unknown, now = Date.now()): Promise<ArticleSaved> {
  const draft: ArticleDraft = parseWith(articleDraftSchema, data, 'article');
  const { text } = draft;
  draft.claims.forEach((claim, i) => {
    const field = `article.claims[${i}]`;
    if (claim.end <= claim.start || claim.end > text.length)
      throw invalid(`${field}.end`, 'error.issue.figureOutsideText');
    if (
      claim.sentenceStart > claim.start ||
      claim.sentenceEnd < claim.end ||
      claim.sentenceEnd > text.length
    ) {
      throw invalid(`${field}.sentenceEnd`, 'error.issue.sentenceMissesFigure');
    }
  });
  const source: Source = { id: `article:${textHash(text)}`, ...draft.source, segments: [] };
  const claims = new Map<string, Claim>();
  for (const reviewed of draft.claims) {
    const id = claimIdFor(source.id, reviewed.metric, reviewed.start);
    const { sentenceStart: _s, sentenceEnd: _e, ...fields } = reviewed;
    claims.set(id, {
      ...fields,
      id,
      sourceId: source.id,
      ...quoteOf(text, reviewed),
      selector: selectorIn(text, reviewed.start, reviewed.end),
      origin: 'user',
      createdAt: now,
      updatedAt: now,
    });
  }
  return guardQuota(() =>
    db.transaction(
      'rw',
      [...writeTables(db), db.documents, db.tombstones],
      async (): Promise<ArticleSaved> => {
        await putSources(db, [source]);
        await db.documents.put({ sourceId: source.id, text });
        await putClaims(db, [...claims.values()]);
        await db.tombstones.bulkDelete([...claims.keys()]);
        return { source, claims: claims.size };
      },
    ),
  );
}
