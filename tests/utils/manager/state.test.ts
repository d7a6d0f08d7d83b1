import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  DEFAULT_FILTERS,
  eraChoice,
  filtersFromParams,
  filtersToParams,
  NONE,
  queryFromFilters,
} from '../../../utils/manager/filters';
import { exportFileName, formatBytes } from '../../../utils/manager/format';
import {
  applyRange,
  EMPTY_SELECTION,
  rangeFrom,
  selectAll,
  toggleOne,
  without,
} from '../../../utils/manager/selection';
import { dropEntry, EMPTY_UNDO, latest, MAX_UNDO, pushUndo } from '../../../utils/manager/undo';

describe('filters', () => {
  it('become a store query; "none named" becomes null', () => {
    const { query, errors } = queryFromFilters({
      ...DEFAULT_FILTERS,
      text: '  helicopters ',
      party: 'NK',
      claimant: NONE,
      outlet: 'Example Wire',
      valueMin: '2',
      valueMax: '1,000',
      sort: 'claimant',
    });
    expect(errors).toEqual({});
    expect(query).toEqual({
      text: 'helicopters',
      party: 'NK',
      claimantId: null,
      outlet: 'Example Wire',
      valueMin: 2,
      valueMax: 1000,
      sort: 'claimant',
    });
  });

  it('name a bad value range and leave it out of the query', () => {
    const { query, errors } = queryFromFilters({ ...DEFAULT_FILTERS, valueMin: 'ten', valueMax: '5' });
    expect(errors).toEqual({ valueMin: 'Lowest value: enter a number of 0 or more.' });
    expect(query).toEqual({ sort: 'value-asc', valueMax: 5 });
    const reversed = queryFromFilters({ ...DEFAULT_FILTERS, valueMin: '9', valueMax: '5' });
    expect(reversed.errors.valueMax).toMatch(/^Highest value: /);
    expect(reversed.query.valueMax).toBeUndefined();
  });

  it('narrow by period: an era, unknown, or a range of days whose bad or reversed ends are named', () => {
    expect(queryFromFilters({ ...DEFAULT_FILTERS, period: eraChoice('war_2020') }).query.period).toEqual({
      kind: 'era',
      era: 'war_2020',
    });
    expect(queryFromFilters({ ...DEFAULT_FILTERS, period: 'unknown' }).query.period).toEqual({
      kind: 'unknown',
    });
    const range = { ...DEFAULT_FILTERS, period: 'range', periodFrom: '2020-09-27', periodTo: '' };
    expect(queryFromFilters(range).query.period).toEqual({ kind: 'range', from: '2020-09-27' });
    // Days typed while another period kind is chosen do not narrow anything.
    expect(queryFromFilters({ ...range, period: '' }).query.period).toBeUndefined();
    const bad = queryFromFilters({ ...range, periodFrom: '2020-02-30', periodTo: '2020-10-01' });
    expect(bad.errors).toEqual({ periodFrom: 'From: enter a day as YYYY-MM-DD (2020-09-27).' });
    expect(bad.query.period).toEqual({ kind: 'range', to: '2020-10-01' });
    const reversed = queryFromFilters({ ...range, periodTo: '2020-09-01' });
    expect(reversed.errors.periodTo).toMatch(/^To: /);
    expect(reversed.query.period).toEqual({ kind: 'range', from: '2020-09-27' });
    const kept = { ...range, periodTo: '2020-10-10' };
    expect(filtersFromParams(filtersToParams(kept))).toEqual(kept);
    expect(activeFilterCount(kept)).toBe(1);
  });

  it('survive the page address, and ignore what they do not know', () => {
    const values = { ...DEFAULT_FILTERS, party: 'AZ' as const, claimant: NONE, valueMin: '3', text: 'a&b=c' };
    expect(filtersFromParams(filtersToParams(values))).toEqual(values);
    expect(filtersToParams(DEFAULT_FILTERS)).toBe('');
    expect(filtersFromParams('party=Mars&origin=alien&sort=random')).toEqual(DEFAULT_FILTERS);
    expect(activeFilterCount(values)).toBe(4);
  });
});

describe('selection', () => {
  it('toggles one claim and remembers the anchor for shift-click ranges', () => {
    let selection = toggleOne(EMPTY_SELECTION, 'a', 3);
    expect([...selection.ids]).toEqual(['a']);
    expect(rangeFrom(selection, 7)).toEqual({ from: 3, to: 7 });
    expect(rangeFrom(selection, 1)).toEqual({ from: 1, to: 3 });
    selection = applyRange(selection, ['b', 'c', 'd'], true);
    expect([...selection.ids].sort()).toEqual(['a', 'b', 'c', 'd']);
    selection = applyRange(selection, ['c'], false);
    selection = toggleOne(selection, 'a', 0);
    expect([...selection.ids].sort()).toEqual(['b', 'd']);
    expect(rangeFrom(EMPTY_SELECTION, 5)).toEqual({ from: 5, to: 5 });
  });

  it('selects all of a query and forgets deleted claims', () => {
    const selection = without(selectAll(['a', 'b', 'c']), ['b']);
    expect([...selection.ids]).toEqual(['a', 'c']);
  });
});

describe('undo stack', () => {
  it('keeps the newest entries first, bounded', () => {
    let stack = EMPTY_UNDO;
    for (let i = 0; i < MAX_UNDO + 3; i++)
      stack = pushUndo(stack, `Deleted ${i}`, { kind: 'delete', token: `t${i}` });
    expect(stack.entries).toHaveLength(MAX_UNDO);
    expect(latest(stack)?.message).toBe(`Deleted ${MAX_UNDO + 2}`);
    const next = dropEntry(stack, latest(stack)!.id);
    expect(latest(next)?.message).toBe(`Deleted ${MAX_UNDO + 1}`);
    expect(latest(EMPTY_UNDO)).toBeNull();
  });
});

describe('format', () => {
  it('sizes and names downloads', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    // CLDR's symbol for the kilobyte is "kB" (it said "KB" before sizes were formatted by Intl).
    expect(formatBytes(1536)).toBe('1.5 kB');
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 MB');
    expect(formatBytes(300 * 1024 ** 3)).toBe('300 GB');
  });

  it('says sizes in the UI language', () => {
    expect(formatBytes(512, 'ru')).toBe('512 байт');
    expect(formatBytes(1536, 'ru')).toBe('1,5 кБ');
    expect(formatBytes(2.4 * 1024 * 1024, 'de')).toBe('2,4 MB');
    expect(formatBytes(50 * 1024 * 1024, 'fr')).toBe('50\u202fMo');
    expect(formatBytes(300 * 1024 ** 3, 'hy')).toBe('300 ԳԲ');
    expect(formatBytes(100, 'tr')).toBe('100 bayt');
    expect(exportFileName('claims', 'csv', new Date('2020-09-27T10:00:00Z'))).toBe(
      'crosstally-claims-2020-09-27.csv',
    );
  });
});
