import type { FieldErrors } from '../../utils/claim-form/fields';
import type { ClaimantRef } from '../../utils/engine/types';
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
        Figure {number}: “{item.figureText}”{isCorrected(item) && <span class="ct-edited">corrected</span>}
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
        Save this figure
      </label>
      {item.include && (
        <div class="ct-field-grid">
          <FormField id={id('metric')} label="Metric" error={errors.metric}>
            {(attributes) => (
              <MetricSelect
                {...attributes}
                value={item.metric}
                metrics={metrics}
                emptyLabel="Choose…"
                onChange={(metric) => onChange({ metric })}
              />
            )}
          </FormField>
          <FormField id={id('value')} label="Value" error={errors.value}>
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
          <FormField id={`${id('value')}-qualifier`} label="Qualifier">
            {(attributes) => (
              <ChoiceSelect
                {...attributes}
                choices={QUALIFIER_CHOICES}
                value={item.qualifier}
                onChange={(qualifier) => onChange({ qualifier })}
              />
            )}
          </FormField>
          <FormField id={`${id('value')}-side`} label="Whose losses">
            {(attributes) => (
              <ChoiceSelect
                {...attributes}
                choices={SIDE_CHOICES}
                value={item.side}
                onChange={(side) => onChange({ side })}
              />
            )}
          </FormField>
          <FormField id={id('claimantId')} label="Claimant" error={errors.claimantId}>
            {(attributes) => (
              <ClaimantSelect
                {...attributes}
                value={item.claimantId}
                claimants={claimants}
                noneLabel="No claimant named"
                onChange={(claimantId) => onChange({ claimantId })}
              />
            )}
          </FormField>
        </div>
      )}
    </fieldset>
  );
}
