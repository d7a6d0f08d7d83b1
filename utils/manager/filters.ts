/**
 * The claim filters as the controls hold them (strings), turned into a store query, and kept in
 * the page's address (#claims?party=ARM&min=2) so a view can be bookmarked and survives reloads.
 */

import { type FieldErrors, parseFigureValue } from '../claim-form/fields';
import { isDay } from '../engine/period';
import type { Party } from '../engine/types';
import { t } from '../i18n/translate';
import type { ClaimQuery, ClaimSort } from '../store/manager/types';
import type { PeriodFilter } from '../store/period-filter';
import { CLAIM_ORIGINS, type ClaimOrigin } from '../store/types';

/** Select value meaning "none named" (no claimant, no outlet); never a stored id. */
export const NONE = '\u0000none';

export interface FilterValues {
  text: string;
  metric: string;
  party: '' | Party;
  claimant: string;
  outlet: string;
  sourceId: string;
  origin: '' | ClaimOrigin;
  valueMin: string;
  valueMax: string;
  /** '' any period, 'range' (periodFrom–periodTo), 'unknown', or `era:<id>`. */
  period: string;
  periodFrom: string;
  periodTo: string;
  sort: ClaimSort;
}

export const DEFAULT_FILTERS: FilterValues = {
  text: '',
  metric: '',
  party: '',
  claimant: '',
  outlet: '',
  sourceId: '',
  origin: '',
  valueMin: '',
  valueMax: '',
  period: '',
  periodFrom: '',
  periodTo: '',
  sort: 'value-asc',
};

/** The period select's values other than an era's (`era:<id>`). */
export const PERIOD_RANGE = 'range';
export const PERIOD_UNKNOWN = 'unknown';
const ERA_PREFIX = 'era:';

/** The period select's value of an era. */
export function eraChoice(eraId: string): string {
  return `${ERA_PREFIX}${eraId}`;
}

const PARTIES: readonly Party[] = ['ARM', 'NK', 'AZ', 'other'];
const ORIGINS = CLAIM_ORIGINS;
const SORTS: readonly ClaimSort[] = ['value-asc', 'value-desc', 'claimant', 'source'];

export type FilterField = 'valueMin' | 'valueMax' | 'periodFrom' | 'periodTo';

const DAY_FORMAT = /^\d{4}-\d{2}-\d{2}$/;

/** The period part of the query; a day that is not one is named by its field and left out. */
function periodQuery(values: FilterValues, errors: FieldErrors<FilterField>): PeriodFilter | undefined {
  if (values.period === PERIOD_UNKNOWN) return { kind: 'unknown' };
  if (values.period.startsWith(ERA_PREFIX))
    return { kind: 'era', era: values.period.slice(ERA_PREFIX.length) };
  if (values.period !== PERIOD_RANGE) return undefined;
  const day = (field: 'periodFrom' | 'periodTo', label: string) => {
    const typed = values[field].trim();
    if (!typed) return undefined;
    if (DAY_FORMAT.test(typed) && isDay(typed)) return typed;
    errors[field] = t('filters.badDay', { label });
    return undefined;
  };
  const from = day('periodFrom', t('filters.from'));
  let to = day('periodTo', t('filters.to'));
  if (from && to && from > to) {
    errors.periodTo = t('filters.toBeforeFrom');
    to = undefined;
  }
  if (!from && !to) return undefined;
  return { kind: 'range', ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** The store query of the filters, and what is wrong with the value range (named by field). */
export function queryFromFilters(values: FilterValues): {
  query: ClaimQuery;
  errors: FieldErrors<FilterField>;
} {
  const query: ClaimQuery = { sort: values.sort };
  const errors: FieldErrors<FilterField> = {};
  if (values.text.trim()) query.text = values.text.trim().slice(0, 500);
  if (values.metric) query.metric = values.metric;
  if (values.party) query.party = values.party;
  if (values.claimant) query.claimantId = values.claimant === NONE ? null : values.claimant;
  if (values.outlet) query.outlet = values.outlet === NONE ? null : values.outlet;
  if (values.sourceId) query.sourceId = values.sourceId;
  if (values.origin) query.origin = values.origin;
  const min = parseFigureValue(values.valueMin);
  const max = parseFigureValue(values.valueMax);
  if (min !== null && Number.isNaN(min))
    errors.valueMin = t('filters.badNumber', { label: t('filters.min') });
  else if (min !== null) query.valueMin = min;
  if (max !== null && Number.isNaN(max))
    errors.valueMax = t('filters.badNumber', { label: t('filters.max') });
  else if (max !== null) query.valueMax = max;
  if (query.valueMin !== undefined && query.valueMax !== undefined && query.valueMin > query.valueMax) {
    errors.valueMax = t('filters.maxBelowMin');
    delete query.valueMax;
  }
  const period = periodQuery(values, errors);
  if (period) query.period = period;
  return { query, errors };
}

const HASH_KEYS: Record<keyof FilterValues, string> = {
  text: 'q',
  metric: 'metric',
  party: 'party',
  claimant: 'claimant',
  outlet: 'outlet',
  sourceId: 'source',
  origin: 'origin',
  valueMin: 'min',
  valueMax: 'max',
  period: 'period',
  periodFrom: 'from',
  periodTo: 'to',
  sort: 'sort',
};

/** "party=ARM&min=2": only the filters that differ from the defaults. */
export function filtersToParams(values: FilterValues): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(HASH_KEYS) as (keyof FilterValues)[]) {
    if (values[key] !== DEFAULT_FILTERS[key]) params.set(HASH_KEYS[key], values[key]);
  }
  return params.toString();
}

/** Filters read back from the address; anything unknown or malformed is left at its default. */
export function filtersFromParams(search: string): FilterValues {
  const params = new URLSearchParams(search);
  const read = (key: keyof FilterValues) => (params.get(HASH_KEYS[key]) ?? '').slice(0, 500);
  const party = read('party');
  const origin = read('origin');
  const sort = read('sort');
  return {
    text: read('text'),
    metric: read('metric'),
    party: (PARTIES as readonly string[]).includes(party) ? (party as Party) : '',
    claimant: read('claimant'),
    outlet: read('outlet'),
    sourceId: read('sourceId'),
    origin: (ORIGINS as readonly string[]).includes(origin) ? (origin as ClaimOrigin) : '',
    valueMin: read('valueMin'),
    valueMax: read('valueMax'),
    period: read('period'),
    periodFrom: read('periodFrom'),
    periodTo: read('periodTo'),
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as ClaimSort) : DEFAULT_FILTERS.sort,
  };
}

/** Filters in use; a period range's two days count as one filter, and only when the range is chosen. */
export function activeFilterCount(values: FilterValues): number {
  const outside: (keyof FilterValues)[] = ['sort', 'periodFrom', 'periodTo'];
  return (Object.keys(values) as (keyof FilterValues)[]).filter(
    (key) => !outside.includes(key) && values[key] !== DEFAULT_FILTERS[key],
  ).length;
}
