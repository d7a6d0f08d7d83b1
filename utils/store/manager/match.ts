/**
 * Sorting and filtering the manager's view (manager/list-index.ts): the claims of a query, grouped by
 * metric and ordered as asked, cached per revision so paging through one query sorts once.
 * Party, claimant, outlet and value are answered from the facts; quote words, origin and source
 * from the IndexedDB indexes (primary keys only).
 *
 * Not the quote search of store/search.ts: this filter is exhaustive and grouped (a selection or an
 * export must hold every match), and outlets are a facet of their own; a quote word is found the
 * same way (claimIdsWithWord).
 */
import { defaultPackData } from '../../engine/topic-pack';
import type { ClaimantRef } from '../../engine/types';
import { claimIdsOfOrigin, claimIdsOfSource } from '../claim-rows';
import type { CrosstallyDb } from '../db';
import { periodTest } from '../period-filter';
import { claimIdsWithWord } from '../search';
import { queryWords } from '../words';
import {
  byId,
  type ClaimFacts,
  type FactGroup,
  managerView,
  queryCaches,
  UNNAMED_OUTLET,
} from './list-index';
import type { ClaimQuery, ClaimSort } from './types';

/** Distinct query results kept per revision: a list, its charts, its export and its selection. */
const MAX_CACHED_RESULTS = 8;

function comparator(
  sort: ClaimSort,
  claimants: Map<string, ClaimantRef>,
): (a: ClaimFacts, b: ClaimFacts) => number {
  const value = (direction: 1 | -1) => (a: ClaimFacts, b: ClaimFacts) => {
    if (a.v === null || b.v === null) return a.v === b.v ? 0 : a.v === null ? 1 : -1;
    return direction * (a.v - b.v);
  };
  if (sort === 'value-asc') return (a, b) => value(1)(a, b) || byId(a, b);
  if (sort === 'value-desc') return (a, b) => value(-1)(a, b) || byId(a, b);
  if (sort === 'claimant') {
    const label = (f: ClaimFacts) => (f.c === null ? null : (claimants.get(f.c)?.label ?? f.c));
    return (a, b) => {
      const la = label(a);
      const lb = label(b);
      if (la === null || lb === null) return la === lb ? value(1)(a, b) || byId(a, b) : la === null ? 1 : -1;
      return la.localeCompare(lb) || value(1)(a, b) || byId(a, b);
    };
  }
  return byId;
}

/** Every claim grouped by metric, ordered inside each group as `sort` says. */
export function orderedGroups(db: CrosstallyDb, sort: ClaimSort): Promise<FactGroup[]> {
  const cache = queryCaches(db);
  let order = cache.orders.get(sort);
  if (!order) {
    order = managerView(db).then((view) => {
      const compare = comparator(sort, view.claimants);
      return view.groups.map((group) => ({ metric: group.metric, facts: [...group.facts].sort(compare) }));
    });
    cache.orders.set(sort, order);
  }
  return order;
}

/** The claim ids the index-backed filters keep (quote words, origin, source); none when unused. */
async function indexedSets(db: CrosstallyDb, query: ClaimQuery): Promise<Set<string>[]> {
  const lookups: Promise<string[]>[] = [];
  for (const word of queryWords(query.text ?? '')) lookups.push(claimIdsWithWord(db, word));
  if (query.origin !== undefined) lookups.push(claimIdsOfOrigin(db, query.origin));
  if (query.sourceId !== undefined) lookups.push(claimIdsOfSource(db, query.sourceId));
  return (await Promise.all(lookups)).map((ids) => new Set(ids));
}

/** The test of the filters the facts answer: metric aside (a group), party, claimant, outlet, value, period. */
function factTest(
  query: ClaimQuery,
  claimants: Map<string, ClaimantRef>,
): ((fact: ClaimFacts) => boolean) | null {
  const tests: ((fact: ClaimFacts) => boolean)[] = [];
  const { party, claimantId, outlet, valueMin, valueMax } = query;
  if (party !== undefined) tests.push((f) => f.c !== null && claimants.get(f.c)?.party === party);
  if (claimantId !== undefined) tests.push((f) => f.c === claimantId);
  if (outlet === null) tests.push((f) => f.o.startsWith(UNNAMED_OUTLET));
  else if (outlet !== undefined) tests.push((f) => f.o === outlet);
  if (valueMin !== undefined || valueMax !== undefined) {
    const low = valueMin ?? -Infinity;
    const high = valueMax ?? Infinity;
    tests.push((f) => f.v !== null && f.v >= low && f.v <= high);
  }
  if (query.period !== undefined) {
    const inPeriod = periodTest(query.period, defaultPackData.eras);
    tests.push((f) => inPeriod(f.p));
  }
  if (tests.length === 0) return null;
  return (fact) => tests.every((test) => test(fact));
}

/** The query's key for caching: its fields in a fixed order. */
function queryKey(query: ClaimQuery): string {
  const fields: (keyof ClaimQuery)[] = [
    'text',
    'metric',
    'party',
    'claimantId',
    'outlet',
    'sourceId',
    'origin',
    'valueMin',
    'valueMax',
    'period',
    'sort',
  ];
  return JSON.stringify(fields.map((field) => (query[field] === undefined ? '\u0000' : query[field])));
}

/** The claims matching the query, grouped by metric in list order; empty groups left out. */
export function matchingGroups(db: CrosstallyDb, query: ClaimQuery): Promise<FactGroup[]> {
  const cache = queryCaches(db);
  const key = queryKey(query);
  let result = cache.results.get(key);
  if (!result) {
    result = (async () => {
      const [groups, sets, view] = await Promise.all([
        orderedGroups(db, query.sort ?? 'value-asc'),
        indexedSets(db, query),
        managerView(db),
      ]);
      const test = factTest(query, view.claimants);
      const inSets = (fact: ClaimFacts) => sets.every((set) => set.has(fact.id));
      return groups
        .filter((group) => query.metric === undefined || group.metric === query.metric)
        .map((group) => ({
          metric: group.metric,
          facts:
            test || sets.length > 0
              ? group.facts.filter((f) => (!test || test(f)) && inSets(f))
              : group.facts,
        }))
        .filter((group) => group.facts.length > 0);
    })();
    if (cache.results.size >= MAX_CACHED_RESULTS)
      cache.results.delete(cache.results.keys().next().value as string);
    cache.results.set(key, result);
    // A failed read is not kept: the next request tries again.
    result.catch(() => cache.results.delete(key));
  }
  return result;
}

/** `count` ids starting at `offset` in the flat list order of the groups. */
export function sliceGroups(groups: FactGroup[], offset: number, count: number): string[] {
  const out: string[] = [];
  let skip = Math.max(0, offset);
  for (const group of groups) {
    if (out.length >= count) break;
    if (skip >= group.facts.length) {
      skip -= group.facts.length;
      continue;
    }
    for (const fact of group.facts.slice(skip, skip + count - out.length)) out.push(fact.id);
    skip = 0;
  }
  return out;
}
