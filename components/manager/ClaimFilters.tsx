import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldErrors } from '../../utils/claim-form/fields';
import type { ClaimantRef, Party } from '../../utils/engine/types';
import { t, tn } from '../../utils/i18n/translate';
import {
  activeFilterCount,
  DEFAULT_FILTERS,
  type FilterField,
  type FilterValues,
  NONE,
} from '../../utils/manager/filters';
import { originLabel } from '../../utils/manager/format';
import { partyLabel } from '../../utils/overlay/format';
import type { ClaimFacets, ClaimSort } from '../../utils/store/manager/types';
import { CLAIM_ORIGINS } from '../../utils/store/types';
import { ClaimantSelect } from './ClaimantSelect';
import { FormField } from './FormField';
import { MetricSelect } from './MetricSelect';
import type { MetricOption } from './manager-env';
import { PeriodFilter } from './PeriodFilter';

export interface ClaimFiltersProps {
  values: FilterValues;
  onChange: (values: FilterValues) => void;
  facets: ClaimFacets | null;
  metrics: readonly MetricOption[];
  claimants: readonly ClaimantRef[];
  errors: FieldErrors<FilterField>;
  /** The label of the source the list is narrowed to, when it is. */
  sourceLabel: string | null;
}

const PARTIES: readonly Party[] = ['ARM', 'NK', 'AZ', 'other'];
const ORIGINS = CLAIM_ORIGINS;
const SORTS: readonly ClaimSort[] = ['value-asc', 'value-desc', 'claimant', 'source'];
/** Typing pauses this long before the search runs. */
const SEARCH_DELAY_MS = 250;

/** The claim list's filters and sort. Search waits for a pause in typing; the rest apply at once. */
export function ClaimFilters({
  values,
  onChange,
  facets,
  metrics,
  claimants,
  errors,
  sourceLabel,
}: ClaimFiltersProps) {
  const [text, setText] = useState(values.text);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(values);
  latest.current = values;
  useEffect(() => setText(values.text), [values.text]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const set = <K extends keyof FilterValues>(key: K, value: FilterValues[K]) =>
    onChange({ ...values, [key]: value });
  const storedMetrics = facets ? metrics.filter((m) => facets.metrics.some((f) => f.id === m.id)) : metrics;
  const storedClaimants = facets
    ? claimants.filter((c) => facets.claimants.some((f) => f.id === c.id))
    : claimants;

  return (
    <form class="ct-filters" aria-label={t('filters.label')} onSubmit={(event) => event.preventDefault()}>
      <FormField id="ct-filter-text" label={t('filters.search')} hint={t('filters.searchHint')}>
        {(attributes) => (
          <input
            {...attributes}
            type="search"
            value={text}
            onInput={(event) => {
              const typed = event.currentTarget.value;
              setText(typed);
              if (timer.current) clearTimeout(timer.current);
              timer.current = setTimeout(() => onChange({ ...latest.current, text: typed }), SEARCH_DELAY_MS);
            }}
          />
        )}
      </FormField>
      <FormField id="ct-filter-metric" label={t('filters.metric')}>
        {(attributes) => (
          <MetricSelect
            {...attributes}
            value={values.metric}
            metrics={storedMetrics}
            emptyLabel={t('filters.allMetrics')}
            onChange={(v) => set('metric', v)}
          />
        )}
      </FormField>
      <FormField id="ct-filter-party" label={t('filters.party')}>
        {(attributes) => (
          <select
            {...attributes}
            value={values.party}
            onChange={(event) => set('party', event.currentTarget.value as FilterValues['party'])}
          >
            <option value="">{t('filters.anySide')}</option>
            {PARTIES.map((party) => (
              <option key={party} value={party}>
                {partyLabel(party)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="ct-filter-claimant" label={t('filters.claimant')}>
        {(attributes) => (
          <ClaimantSelect
            {...attributes}
            value={values.claimant}
            claimants={storedClaimants}
            noneLabel={t('filters.anyClaimant')}
            extra={
              <option value={NONE}>
                {facets
                  ? t('filters.withCount', {
                      label: t('filters.noClaimant'),
                      count: tn('manager.claims', facets.unattributed),
                    })
                  : t('filters.noClaimant')}
              </option>
            }
            onChange={(v) => set('claimant', v)}
          />
        )}
      </FormField>
      <FormField id="ct-filter-outlet" label={t('filters.outlet')}>
        {(attributes) => (
          <select
            {...attributes}
            value={values.outlet}
            onChange={(event) => set('outlet', event.currentTarget.value)}
          >
            <option value="">{t('filters.anyOutlet')}</option>
            <option value={NONE}>{t('filters.outletNotNamed')}</option>
            {(facets?.outlets ?? []).map(({ outlet, sources }) => (
              <option key={outlet} value={outlet}>
                {t('filters.withCount', { label: outlet, count: tn('manager.sources', sources) })}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="ct-filter-origin" label={t('filters.origin')}>
        {(attributes) => (
          <select
            {...attributes}
            value={values.origin}
            onChange={(event) => set('origin', event.currentTarget.value as FilterValues['origin'])}
          >
            <option value="">{t('filters.anyOrigin')}</option>
            {ORIGINS.map((origin) => (
              <option key={origin} value={origin}>
                {facets
                  ? t('filters.withCount', { label: originLabel(origin), count: facets.origins[origin] })
                  : originLabel(origin)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="ct-filter-min" label={t('filters.min')} error={errors.valueMin}>
        {(attributes) => (
          <input
            {...attributes}
            inputMode="decimal"
            size={8}
            value={values.valueMin}
            onChange={(event) => set('valueMin', event.currentTarget.value)}
          />
        )}
      </FormField>
      <FormField id="ct-filter-max" label={t('filters.max')} error={errors.valueMax}>
        {(attributes) => (
          <input
            {...attributes}
            inputMode="decimal"
            size={8}
            value={values.valueMax}
            onChange={(event) => set('valueMax', event.currentTarget.value)}
          />
        )}
      </FormField>
      <PeriodFilter values={values} onChange={onChange} eras={facets?.eras ?? []} errors={errors} />
      <FormField id="ct-filter-sort" label={t('filters.sort')}>
        {(attributes) => (
          <select
            {...attributes}
            value={values.sort}
            onChange={(event) => set('sort', event.currentTarget.value as ClaimSort)}
          >
            {SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sort.${sort}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div class="ct-filter-actions">
        {values.sourceId && (
          <p class="ct-chip">
            {t('filters.source', { source: sourceLabel ?? values.sourceId })}{' '}
            <button type="button" onClick={() => set('sourceId', '')} aria-label={t('filters.everySource')}>
              ×
            </button>
          </p>
        )}
        <button
          type="button"
          disabled={activeFilterCount(values) === 0}
          onClick={() => onChange({ ...DEFAULT_FILTERS, sort: values.sort })}
        >
          {t('filters.clear')}
        </button>
      </div>
    </form>
  );
}
