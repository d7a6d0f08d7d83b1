import { packLabel } from '../utils/i18n/pack-labels';
import { t } from '../utils/i18n/translate';
import type { NotFoundClaim } from '../utils/messaging/protocol';

export interface SavedClaimsNotFoundProps {
  /** Claims the reader saved from this page that its text no longer holds. */
  claims: readonly NotFoundClaim[];
}

/** Saved claims missing from the page, listed rather than placed by guess. */
export function SavedClaimsNotFound({ claims }: SavedClaimsNotFoundProps) {
  if (claims.length === 0) return null;
  return (
    <section class="ct-not-found" aria-labelledby="ct-not-found-title">
      <h2 id="ct-not-found-title" class="ct-popup-title">
        {t('popup.notFoundTitle')}
      </h2>
      <ul class="ct-figures">
        {claims.map((claim) => (
          <li key={claim.id} class="ct-figure">
            <strong>“{claim.text}”</strong>
            <span class="ct-figure-what">
              {t('popup.notFound', { metric: packLabel(claim.metricLabel) })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
