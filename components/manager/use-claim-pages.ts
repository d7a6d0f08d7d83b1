/**
 * The claim list's data: the pages of a query's result that the screen needs, loaded from the
 * background as the reader scrolls. A new query or a write reloads what is in view; the rows on
 * screen stay until the new ones arrive, so the list does not flash empty.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ask, errorOf, type Send } from '../../utils/manager/client';
import { pagesCovering } from '../../utils/manager/windowing';
import type { ProtocolError } from '../../utils/messaging/protocol';
import type { ClaimGroupInfo, ClaimListItem, ClaimQuery } from '../../utils/store/manager/types';

export const CLAIM_PAGE_SIZE = 100;
/** Pages kept in memory; those farthest from the screen go first. */
const MAX_PAGES = 40;

interface PagesState {
  key: string | null;
  total: number;
  groups: ClaimGroupInfo[];
  pages: Map<number, ClaimListItem[]>;
}

export interface ClaimPages {
  /** null until the first answer. */
  total: number | null;
  groups: ClaimGroupInfo[];
  itemAt: (claimIndex: number) => ClaimListItem | undefined;
  ensure: (from: number, to: number) => void;
  /** The rows shown are of an older query or store state; new ones are on the way. */
  stale: boolean;
}

function trimmed(pages: Map<number, ClaimListItem[]>, around: number): Map<number, ClaimListItem[]> {
  if (pages.size <= MAX_PAGES) return pages;
  const keep = [...pages.keys()]
    .sort((a, b) => Math.abs(a - around) - Math.abs(b - around))
    .slice(0, MAX_PAGES);
  return new Map(keep.map((page) => [page, pages.get(page) as ClaimListItem[]]));
}

export function useClaimPages(
  send: Send,
  query: ClaimQuery,
  revision: number,
  onError: (error: ProtocolError) => void,
): ClaimPages {
  const key = JSON.stringify(query);
  const [state, setState] = useState<PagesState>({ key: null, total: 0, groups: [], pages: new Map() });
  const [loadedRevision, setLoadedRevision] = useState(-1);
  const wanted = useRef({ from: 0, to: CLAIM_PAGE_SIZE });
  const generation = useRef(0);
  const inflight = useRef(new Set<number>());
  const latest = useRef(state);
  latest.current = state;

  const fetchPage = (page: number) =>
    ask(send, { type: 'listClaims', query, offset: page * CLAIM_PAGE_SIZE, limit: CLAIM_PAGE_SIZE });

  useEffect(() => {
    const mine = ++generation.current;
    inflight.current = new Set();
    const range = latest.current.key === key ? wanted.current : { from: 0, to: CLAIM_PAGE_SIZE };
    const pages = [...new Set([0, ...pagesCovering(range.from, range.to, CLAIM_PAGE_SIZE)])];
    Promise.all(pages.map(fetchPage)).then(
      (results) => {
        if (mine !== generation.current) return;
        const first = results[0];
        if (!first) return;
        setState({
          key,
          total: first.total,
          groups: first.groups,
          pages: new Map(pages.map((page, i) => [page, results[i]?.items ?? []])),
        });
        setLoadedRevision(revision);
      },
      (error: unknown) => {
        if (mine === generation.current) onError(errorOf(error));
      },
    );
  }, [key, revision]);

  const ensure = (from: number, to: number) => {
    wanted.current = { from, to };
    const mine = generation.current;
    for (const page of pagesCovering(from, to, CLAIM_PAGE_SIZE)) {
      if (latest.current.pages.has(page) || inflight.current.has(page) || latest.current.key !== key)
        continue;
      inflight.current.add(page);
      fetchPage(page)
        .then(
          (result) => {
            if (mine !== generation.current) return;
            setState((previous) =>
              previous.key !== key
                ? previous
                : { ...previous, pages: trimmed(new Map(previous.pages).set(page, result.items), page) },
            );
          },
          (error: unknown) => {
            if (mine === generation.current) onError(errorOf(error));
          },
        )
        .finally(() => inflight.current.delete(page));
    }
  };

  return {
    total: state.key === null ? null : state.total,
    groups: state.groups,
    itemAt: (index) => state.pages.get(Math.floor(index / CLAIM_PAGE_SIZE))?.[index % CLAIM_PAGE_SIZE],
    ensure,
    stale: state.key !== key || loadedRevision !== revision,
  };
}
