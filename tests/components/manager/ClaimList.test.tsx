// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CLAIM_ROW_HEIGHT, ClaimList } from '../../../components/manager/ClaimList';
import { ManagerPage } from '../../../components/manager/ManagerPage';
import type { Send } from '../../../utils/manager/client';
import { EMPTY_SELECTION } from '../../../utils/manager/selection';
import type { AnyRequest } from '../../../utils/messaging/protocol';
import type { ClaimGroupInfo, ClaimListItem } from '../../../utils/store/manager/types';
import type { Claim } from '../../../utils/store/types';

afterEach(cleanup);

const TOTAL = 100_000;
const METRICS = [
  'helicopters_downed',
  'drones_downed',
  'tanks_destroyed',
  'soldiers_killed',
  'civilians_killed',
];
const PER_METRIC = TOTAL / METRICS.length;

/** The claim at list index `i` of a synthetic 100,000-claim store, made on demand. */
function itemAt(i: number): ClaimListItem {
  const metric = METRICS[Math.floor(i / PER_METRIC)] as string;
  const quote = `Officials said ${i} things were lost.`;
  const claim: Claim = {
    id: `src-${Math.floor(i / 10)}#${metric}@${i}`,
    metric,
    value: i,
    qualifier: 'exact',
    side: 'AZ',
    claimant: { id: 'az_mod', label: "Azerbaijan's Ministry of Defence", party: 'AZ' },
    sourceId: `src-${Math.floor(i / 10)}`,
    quote,
    quoteFigureStart: 15,
    quoteFigureEnd: 15 + String(i).length,
    selector: { exact: String(i), prefix: '', suffix: '' },
    start: i,
    end: i + 1,
    period: null,
    origin: 'import',
    createdAt: 0,
    updatedAt: 0,
  };
  return {
    claim,
    version: 1,
    sourceLabel: `Source ${i}`,
    outlet: `Outlet ${i % 300}`,
    sourceKind: 'import',
    sourceHasText: false,
  };
}

const groups: ClaimGroupInfo[] = METRICS.map((metric) => ({
  metric,
  label: metric.replace('_', ' '),
  count: PER_METRIC,
}));

/** A background that answers from the synthetic store and records which pages were asked for. */
function bigStore() {
  const offsets: number[] = [];
  const send = (async (request: AnyRequest) => {
    switch (request.type) {
      case 'listClaims': {
        offsets.push(request.offset);
        const items = Array.from({ length: Math.min(request.limit, TOTAL - request.offset) }, (_, k) =>
          itemAt(request.offset + k),
        );
        return { ok: true, data: { total: TOTAL, groups, offset: request.offset, items } };
      }
      case 'claimFacets':
        return {
          ok: true,
          data: {
            total: TOTAL,
            metrics: groups.map((g) => ({ id: g.metric, label: g.label, count: g.count })),
            claimants: [],
            outlets: [],
            unnamedOutletSources: 0,
            unattributed: 0,
            origins: { seed: 0, user: 0, import: TOTAL },
          },
        };
      case 'metricSpreads':
        return { ok: true, data: [] };
      default:
        return { ok: false, error: { code: 'bad-request', message: `not in this fake: ${request.type}` } };
    }
  }) as unknown as Send;
  return { send, offsets };
}

describe('the claim list with 100,000 claims', () => {
  it('renders only the rows on screen and loads only the pages they need, wherever it scrolls', async () => {
    const { send, offsets } = bigStore();
    const height = 760;
    const started = performance.now();
    render(<ManagerPage send={send} download={() => undefined} readerHref={() => ''} listHeight={height} />);
    await screen.findByText('Showing 100,000 claims.');
    await waitFor(() => expect(document.querySelectorAll('.ct-claim-row').length).toBeGreaterThan(0));
    const firstPaint = performance.now() - started;

    // A screenful, 4 rows of overscan on each side, and the row holding the tab stop.
    const bound = Math.ceil(height / CLAIM_ROW_HEIGHT) + 1 + 2 * 4 + 1;
    const rendered = document.querySelectorAll('li.ct-vrow').length;
    expect(rendered).toBeLessThanOrEqual(bound);
    const list = document.querySelector('.ct-vlist-rows') as HTMLElement;
    expect(list.style.height).toBe(`${(TOTAL + METRICS.length) * CLAIM_ROW_HEIGHT}px`);

    const scroller = document.querySelector('.ct-vlist') as HTMLElement;
    const middleRow = 50_003;
    const scrollStarted = performance.now();
    scroller.scrollTop = middleRow * CLAIM_ROW_HEIGHT;
    fireEvent.scroll(scroller);
    await waitFor(() =>
      expect(document.querySelector('.ct-claim-line')?.textContent).toMatch(/^49,99\d|^50,00\d/),
    );
    const scrollPaint = performance.now() - scrollStarted;
    expect(document.querySelectorAll('li.ct-vrow').length).toBeLessThanOrEqual(bound);
    // Pages of 100: the first, and the one around claim 50,000. Never the whole store.
    expect(new Set(offsets)).toEqual(new Set([0, 49_900, 50_000]));
    console.info(
      `[measure] 100,000 claims: first rows in ${firstPaint.toFixed(0)} ms, ${rendered} rows in the DOM; scroll to the middle rendered in ${scrollPaint.toFixed(0)} ms`,
    );
  });

  it('places every row at its index × row height, headers included', () => {
    render(
      <ClaimList
        groups={groups}
        itemAt={itemAt}
        onNeed={() => undefined}
        height={300}
        selection={EMPTY_SELECTION}
        readerHref={() => null}
        onToggle={() => undefined}
        onEdit={() => undefined}
        onDelete={() => undefined}
        resetKey="q"
      />,
    );
    const rows = [...document.querySelectorAll<HTMLElement>('li.ct-vrow')];
    expect(rows.map((row) => row.style.top)).toEqual(rows.map((_, i) => `${i * CLAIM_ROW_HEIGHT}px`));
    expect(rows[0]?.classList.contains('ct-vrow-header')).toBe(true);
    expect(rows[1]?.getAttribute('tabindex')).toBe('0');
  });
});
