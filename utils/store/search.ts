/**
 * Search across quotes, claimants and outlets. Each query word (diacritics folded, as a word
 * prefix) and each filter is looked up in an index, capped at MAX_KEYS_PER_TERM ids so a common
 * word costs no more than a rare one; the ids every term found are the matches. A term that hit
 * the cap is checked claim by claim against the few candidates the other terms leave; when too
 * many are left, the matches listed are real but maybe not all: `complete` says so.
 *
 * Not the manager's filter (manager/match.ts): this one is bounded in cost, may answer incomplete
 * and matches outlets too; the manager's is exhaustive (its selections and exports must be whole).
 * Both find a quote word through claimIdsWithWord, its one owner.
 */
import {
  type ClaimIndex,
  claimCount,
  claimIdPage,
  claimIdsOfSource,
  claimIdsUpTo,
  claimRows,
} from './claim-rows';
import type { CrosstallyDb, StoredClaim } from './db';
import { readAllDigests } from './digest-rows';
import { allSources, cacheIfCurrent, cacheOf, sourcesById } from './query-cache';
import { toReport } from './reports/groups';
import type { SearchFilters, SearchResult } from './types';
import { BATCH_IDS_WORD, idsOfWordRows, listedCount, type WordRow } from './word-rows';
import { claimWords, queryWords, tokenize } from './words';

export const MAX_KEYS_PER_TERM = 1_000;
/** Sources whose label or outlet a word may match before that side of the word counts as capped. */
const MAX_SOURCES_PER_TERM = 100;
/** Words in at most this many sources have their outlet side looked up first. */
const FEW_SOURCES = 20;
/** Candidates read to check capped terms one by one; more, and the answer is marked incomplete. */
const MAX_CHECKED = 300;
const DEFAULT_PAGE = 50;
const MAX_PAGE = 500;

interface TermIds {
  ids: Set<string>;
  complete: boolean;
  /** Whether one claim satisfies the term (for terms whose ids were capped). */
  matches: (claim: StoredClaim, wordsOfSources: ReadonlyMap<string, string[]>) => boolean;
}

function capped(ids: string[], matches: TermIds['matches']): TermIds {
  return {
    ids: new Set(ids.slice(0, MAX_KEYS_PER_TERM)),
    complete: ids.length <= MAX_KEYS_PER_TERM,
    matches,
  };
}

/** Folded words of each source's label and outlet, so a search for "reuters" finds its claims. */
async function sourceWords(db: CrosstallyDb): Promise<Map<string, string[]>> {
  const cached = cacheOf(db).sourceWords;
  if (cached) return cached;
  const revision = db.revision;
  const words = new Map<string, string[]>();
  for (const source of (await allSources(db)).values()) {
    words.set(source.id, tokenize(`${source.label} ${source.outlet ?? ''}`));
  }
  cacheIfCurrent(db, revision, (cache) => {
    cache.sourceWords = words;
  });
  return words;
}

/** A query word looked up in quotes and claimant labels; its outlet side still to resolve. */
interface WordLookup {
  word: string;
  byQuote: string[];
  /** Sources whose label or outlet has the word. */
  sources: string[];
}

/**
 * Ids of the claims whose quote (or claimant, or note: claimWords) has a word starting with `word`
 * (already folded by queryWords), at most `limit` of them when given: one key range over the word
 * rows (word-rows.ts), read row by row until `limit` ids are in. The one quote-word lookup.
 */
export async function claimIdsWithWord(db: CrosstallyDb, word: string, limit?: number): Promise<string[]> {
  const range = db.words.where('[word+batch]').between([word], [`${word}\uffff`], true, true);
  // A batch's id row (word '') lists its claims, not a word of theirs.
  const ofWords = (row: WordRow) => row.word !== BATCH_IDS_WORD;
  if (limit === undefined) return idsOfWordRows(db, (await range.toArray()).filter(ofWords));
  const rows: WordRow[] = [];
  let listed = 0;
  await range
    .until(() => listed >= limit)
    .each((row) => {
      if (!ofWords(row)) return;
      rows.push(row);
      listed += listedCount(row);
    });
  return (await idsOfWordRows(db, rows)).slice(0, limit);
}

async function lookUpWord(db: CrosstallyDb, word: string): Promise<WordLookup> {
  const [byQuote, wordsOfSources] = await Promise.all([
    claimIdsWithWord(db, word, MAX_KEYS_PER_TERM + 1),
    sourceWords(db),
  ]);
  const sources = [...wordsOfSources]
    .filter(([, words]) => words.some((w) => w.startsWith(word)))
    .map(([id]) => id);
  return { word, byQuote, sources };
}

/**
 * Claim ids one word finds, its outlet side included. `lookUpSources: false` leaves the outlet
 * side out (the term then counts as capped and is checked claim by claim), for a word in many
 * sources' labels ("news") when other terms already narrow the search. At most
 * MAX_SOURCES_PER_TERM sources are looked up, one exact lookup each (an anyOf cursor over the
 * source index is far slower).
 */
async function resolveWord(db: CrosstallyDb, lookup: WordLookup, lookUpSources: boolean): Promise<TermIds> {
  const { word, byQuote, sources } = lookup;
  const looked = lookUpSources ? sources.slice(0, MAX_SOURCES_PER_TERM) : [];
  const bySource = (await Promise.all(looked.map((sourceId) => claimIdsOfSource(db, sourceId)))).flat();
  // A claim found by two words sharing the prefix ("helicopter", "helicopters") counts once.
  const term = capped([...new Set([...byQuote, ...bySource])], (claim, wordsOfSources) =>
    [claimWords(claim), wordsOfSources.get(claim.sourceId) ?? []].some((words) =>
      words.some((w) => w.startsWith(word)),
    ),
  );
  term.complete &&=
    looked.length === sources.length &&
    byQuote.length <= MAX_KEYS_PER_TERM &&
    bySource.length <= MAX_KEYS_PER_TERM;
  return term;
}

/** Terms of the query words: words in few sources first; the rest skip their outlet side when those narrow enough. */
async function wordTerms(db: CrosstallyDb, words: string[], filterTerms: TermIds[]): Promise<TermIds[]> {
  const lookups = await Promise.all(words.map((word) => lookUpWord(db, word)));
  const few = lookups.filter((lookup) => lookup.sources.length <= FEW_SOURCES);
  const many = lookups.filter((lookup) => lookup.sources.length > FEW_SOURCES);
  const narrow = await Promise.all(few.map((lookup) => resolveWord(db, lookup, true)));
  const narrowEnough = [...narrow, ...filterTerms].some(
    (term) => term.complete && term.ids.size <= MAX_CHECKED,
  );
  const broad = await Promise.all(many.map((lookup) => resolveWord(db, lookup, !narrowEnough)));
  return [...narrow, ...broad];
}

/**
 * Ids of the claims naming this claimant, from the digests (each bucket names its claimant): no
 * claim index holds claimants, as no other query needs one and each index slows every write.
 */
async function claimantTerm(db: CrosstallyDb, claimantId: string): Promise<TermIds> {
  const ids: string[] = [];
  for (const digest of await readAllDigests(db))
    for (const bucket of Object.values(digest.buckets)) if (bucket.c === claimantId) ids.push(...bucket.ids);
  return capped(ids.sort(), (claim) => claim.claimant?.id === claimantId);
}

function idsForFilters(db: CrosstallyDb, filters: SearchFilters): Promise<TermIds>[] {
  const lookup = (
    index: ClaimIndex,
    value: string | undefined,
    field: (claim: StoredClaim) => string | undefined,
  ) =>
    value === undefined
      ? []
      : [
          claimIdsUpTo(db, index, value, MAX_KEYS_PER_TERM + 1).then((ids) =>
            capped(ids, (claim) => field(claim) === value),
          ),
        ];
  return [
    ...lookup('metric', filters.metric, (claim) => claim.metric),
    ...lookup('origin', filters.origin, (claim) => claim.origin),
    ...lookup('sourceId', filters.sourceId, (claim) => claim.sourceId),
    ...(filters.claimantId === undefined ? [] : [claimantTerm(db, filters.claimantId)]),
  ];
}

/**
 * The ids matching every term, and whether they are all of them: capped terms are checked claim
 * by claim when the complete terms leave few enough candidates.
 */
async function matchAll(db: CrosstallyDb, terms: TermIds[]): Promise<{ ids: string[]; complete: boolean }> {
  const complete = terms.filter((term) => term.complete);
  const cappedTerms = terms.filter((term) => !term.complete);
  if (cappedTerms.length === 0) return { ids: intersect(complete.map((t) => t.ids)), complete: true };
  if (complete.length > 0) {
    const candidates = intersect(complete.map((t) => t.ids));
    if (candidates.length <= MAX_CHECKED) {
      const [claims, wordsOfSources] = await Promise.all([claimRows(db, candidates), sourceWords(db)]);
      const ids = claims
        .filter((claim) => claim !== undefined)
        .filter((claim) => cappedTerms.every((term) => term.matches(claim, wordsOfSources)))
        .map((claim) => claim.id);
      return { ids, complete: true };
    }
  }
  return { ids: intersect(terms.map((t) => t.ids)), complete: false };
}

function intersect(sets: Set<string>[]): string[] {
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return smallest ? [...smallest].filter((id) => rest.every((set) => set.has(id))) : [];
}

/** Claims whose quote, claimant or outlet has every query word, narrowed by the filters; by id, paged. */
export async function searchClaims(
  db: CrosstallyDb,
  query: string,
  filters: SearchFilters = {},
): Promise<SearchResult> {
  const offset = Math.max(0, filters.offset ?? 0);
  const limit = Math.min(MAX_PAGE, Math.max(1, filters.limit ?? DEFAULT_PAGE));
  const words = queryWords(query);
  const filterTerms = await Promise.all(idsForFilters(db, filters));
  const terms = [...(await wordTerms(db, words, filterTerms)), ...filterTerms];
  let ids: string[];
  let total: number;
  let complete = true;
  if (terms.length > 0) {
    const matched = await matchAll(db, terms);
    ids = matched.ids.sort();
    [total, complete] = [ids.length, matched.complete];
    ids = ids.slice(offset, offset + limit);
  } else if (tokenize(query).length > 0) {
    // Only stop words: nothing they could find.
    [ids, total, complete] = [[], 0, true];
  } else {
    [ids, total] = await Promise.all([claimIdPage(db, offset, limit), claimCount(db)]);
  }
  const claims = (await claimRows(db, ids)).filter((claim) => claim !== undefined);
  const sources = await sourcesById(
    db,
    claims.map((claim) => claim.sourceId),
  );
  return { total, complete, reports: claims.map((claim) => toReport(claim, sources.get(claim.sourceId))) };
}
