import { CLAIM_FIELD_LABELS } from '../../utils/claim-form/claim-form';
import type { FieldErrors } from '../../utils/claim-form/fields';
import type { ClaimantRef } from '../../utils/engine/types';
import { t } from '../../utils/i18n/translate';
import { isCorrected, type ReviewField, type ReviewItem } from '../../utils/manager/article';
import { QUALIFIER_CHOICES, SIDE_CHOICES } from '../../utils/manager/choices';
import { FigureQuote } from '../FigureQuote';
import { ChoiceSelect } from './ChoiceSelect';
import { ClaimantSelect } from './ClaimantSelect';
import { FormField } from './FormField';
import { MetricSelect } from './MetricSelect';
import type { MetricOption } from './manager-env';

export interface ArticleFigureReviewProps {
  item: ReviewItem;
  /** 1-based, as the reader counts. */
  number: number;
  errors: FieldErrors<ReviewField>;
  metrics: readonly MetricOption[];
  claimants: readonly ClaimantRef[];
  onChange: (changes: Partial<ReviewItem>) => void;
}

export function reviewFieldId(item: ReviewItem, field: ReviewField): string {
  return `ct-review-${item.key}-${field}`;
}

/** One figure the engine found: its sentence, and what it counts, says and who claims it, to correct. */
export function ArticleFigureReview({
  item,
  number,
  errors,
  metrics,
  claimants,
  onChange,
}: ArticleFigureReviewProps) {
  const id = (field: ReviewField) => reviewFieldId(item, field);
  return (
    <fieldset class={`ct-review${item.include ? '' : ' ct-review-excluded'}`}>
      <legend>
        {t('review.legend', { number, figure: item.figureText })}
        {isCorrected(item) && <span class="ct-edited">{t('review.corrected')}</span>}
      </legend>
      <p class="ct-claim-quote">
        <FigureQuote
          quote={item.sentence}
          figureStart={item.figureStart - item.sentenceStart}
          figureEnd={item.figureEnd - item.sentenceStart}
        />
      </p>
      <label class="ct-include">
        <input
          type="checkbox"
          checked={item.include}
          onChange={(event) => onChange({ include: event.currentTarget.checked })}
        />{' '}
        {t('review.include')}
      </label>
      {item.include && (
        <div class="ct-field-grid">
          <FormField id={id('metric')} label={CLAIM_FIELD_LABELS.metric} error={errors.metric}>
            {(attributes) => (
              <MetricSelect
                {...attributes}
                value={item.metric}
                metrics={metrics}
                emptyLabel={t('check.choose')}
                onChange={(metric) => onChange({ metric })}
              />
            )}
          </FormField>
          <FormField id={id('value')} label={CLAIM_FIELD_LABELS.value} error={errors.value}>
            {(attributes) => (
              <input
                {...attributes}
                inputMode="decimal"
                size={8}
                value={item.value}
                onInput={(event) => onChange({ value: event.currentTarget.value })}
              />
            )}
          </FormField>
          <FormField id={`${id('value')}-qualifier`} label={CLAIM_FIELD_LABELS.qualifier}>
            {(attributes) => (
              <ChoiceSelect
                {...attributes}
                choices={QUALIFIER_CHOICES}
                value={item.qualifier}
                onChange={(qualifier) => onChange({ qualifier })}
              />
            )}
          </FormField>
          <FormField id={`${id('value')}-side`} label={CLAIM_FIELD_LABELS.side}>
            {(attributes) => (
              <ChoiceSelect
                {...attributes}
                choices={SIDE_CHOICES}
                value={item.side}
                onChange={(side) => onChange({ side })}
              />
            )}
          </FormField>
          <FormField id={id('claimantId')} label={CLAIM_FIELD_LABELS.claimantId} error={errors.claimantId}>
            {(attributes) => (
              <ClaimantSelect
                {...attributes}
                value={item.claimantId}
                claimants={claimants}
                noneLabel={t('filters.noClaimant')}
                onChange={(claimantId) => onChange({ claimantId })}
              />
            )}
          </FormField>
        </div>
      )}
    </fieldset>
  );
}
