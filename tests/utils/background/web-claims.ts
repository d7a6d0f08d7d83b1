/** A claim the reader saved from a web page, and that page's source: shared by the background tests. */
import type { ClaimDraft } from '../../../utils/store/types';
import { armMod } from '../../components/overlay-fixtures';

/** "2 Azerbaijani helicopters", claimed by Armenia's defence ministry, at `start` in the page. */
export function helicopterDraft(sourceId: string, start = 100): ClaimDraft {
  const quote = 'The ministry said it shot down 2 Azerbaijani helicopters.';
  return {
    metric: 'helicopters_downed',
    value: 2,
    qualifier: 'exact',
    side: 'AZ',
    claimant: armMod,
    sourceId,
    quote,
    quoteFigureStart: 31,
    quoteFigureEnd: 56,
    selector: { exact: '2 Azerbaijani helicopters', prefix: 'said it shot down ', suffix: '.' },
    start,
    end: start + 25,
    period: null,
  };
}

export const webSource = (id: string, url: string | null) => ({
  id,
  label: 'Oil prices',
  outlet: 'CBW',
  url,
  language: 'en',
  publishedDate: null,
});
