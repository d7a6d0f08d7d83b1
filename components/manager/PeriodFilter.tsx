import type { FieldErrors } from '../../utils/claim-form/fields';
import { periodBounds } from '../../utils/engine/period';
import { t } from '../../utils/i18n/translate';
import {
  eraChoice,
  type FilterField,
  type FilterValues,
  PERIOD_RANGE,
  PERIOD_UNKNOWN,
} from '../../utils/manager/filters';
import { dateWords, rangeWords } from '../../utils/overlay/period-label';
import type { ClaimFacets } from '../../utils/store/manager/types';
import { FormField } from './FormField';

export interface PeriodFilterProps {
  /** The filters; this control reads and sets `period`, `periodFrom` and `periodTo`. */
  values: FilterValues;
  onChange: (values: FilterValues) => void;
  /** The topic pack's eras (from the facets); none until they arrive. */
  eras: ClaimFacets['eras'];
  /** Errors of the two days, named by field. */
  errors: FieldErrors<FilterField>;
}

/** "1988–1994", "27 Sep – 10 Nov 2020": an era's days beside its label. */
function eraDays(period: string): string {
  const [start, end] = period.split('/');
  return start && end && periodBounds(period) ? rangeWords(start, end) : dateWords(period);
}

/**
 * Narrows the claim list to the period its figures count: an era of the topic pack, a range of
 * days (two day fields, shown when chosen), or figures whose period is unknown.
 */
export function PeriodFilter({ values, onChange, eras, errors }: PeriodFilterProps) {
  const set = (changes: Partial<FilterValues>) => onChange({ ...values, ...changes });
  return (
    <>
      <FormField id="ct-filter-period" label={t('filters.period')}>
        {(attributes) => (
          <select
            {...attributes}
            value={values.period}
            onChange={(event) => set({ period: event.currentTarget.value })}
          >
            <option value="">{t('filters.anyPeriod')}</option>
            <option value={PERIOD_RANGE}>{t('filters.periodRange')}</option>
            <option value={PERIOD_UNKNOWN}>{t('period.unknown')}</option>
            {eras.length > 0 && (
              <optgroup label={t('filters.eras')}>
                {eras.map((era) => (
                  <option key={era.id} value={eraChoice(era.id)}>
                    {era.label} ({eraDays(era.period)})
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        )}
      </FormField>
      {values.period === PERIOD_RANGE && (
        <>
          <FormField
            id="ct-filter-period-from"
            label={t('filters.from')}
            hint={t('filters.dayHint')}
            error={errors.periodFrom}
          >
            {(attributes) => (
              <input
                {...attributes}
                type="date"
                value={values.periodFrom}
                onChange={(event) => set({ periodFrom: event.currentTarget.value })}
              />
            )}
          </FormField>
          <FormField id="ct-filter-period-to" label={t('filters.to')} error={errors.periodTo}>
            {(attributes) => (
              <input
                {...attributes}
                type="date"
                value={values.periodTo}
                onChange={(event) => set({ periodTo: event.currentTarget.value })}
              />
            )}
          </FormField>
        </>
      )}
    </>
  );
}
