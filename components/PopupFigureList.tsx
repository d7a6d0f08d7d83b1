import { claimantLabel, packLabel } from '../utils/i18n/pack-labels';
import { t, tn } from '../utils/i18n/translate';
import type { PopupFigure } from '../utils/messaging/tab-view';
import { overlayTitle } from '../utils/overlay/format';

export interface PopupFigureListProps {
  figures: readonly PopupFigure[];
  /** The reader chose a figure: scroll to it and open its overlay. */
  onSelect: (id: string) => void;
}

/** The figures found on the page, each a button that shows it in the page. */
export function PopupFigureList({ figures, onSelect }: PopupFigureListProps) {
  if (figures.length === 0) return <p class="ct-figures-empty">{t('popup.noFigures')}</p>;
  return (
    <ul class="ct-figures" aria-label={t('popup.figuresLabel')}>
      {figures.map((figure) => (
        <li key={figure.id}>
          <button type="button" class="ct-figure" onClick={() => onSelect(figure.id)}>
            <strong>{figure.text}</strong>
            <span class="ct-figure-what">
              {overlayTitle(figure.side, packLabel(figure.metricLabel), null)}
            </span>
            <span class="ct-figure-who">
              {figure.claimant
                ? claimantLabel(figure.claimant.id, figure.claimant.label)
                : t('overlay.noClaimant')}{' '}
              · {tn('popup.reportCount', figure.reportCount)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
