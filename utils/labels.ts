/**
 * The one table of words the UI shows for the engine's qualifiers, sides and parties: the popup,
 * the overlays and the manager all read them here. The words themselves are in the UI language's
 * catalog (utils/i18n/messages); each entry is read when the UI renders, so a language switch shows.
 * Metric labels come with the topic pack (assets/topic-pack.json, utils/engine/topic-pack.ts).
 */
import type { Party, Qualifier, Side } from './engine/types';
import { liveRecord } from './i18n/live';
import { t } from './i18n/translate';

/** How exact a figure is; the words also open a figure's value ("at least 4"). */
export const QUALIFIER_LABELS: Readonly<Record<Qualifier, string>> = liveRecord({
  exact: 'qualifier.exact',
  at_least: 'qualifier.at_least',
  more_than: 'qualifier.more_than',
  about: 'qualifier.about',
  up_to: 'qualifier.up_to',
  vague: 'qualifier.vague',
});

type KnownSide = Exclude<Side, null>;

/** A side before what is counted ("Azerbaijani helicopters shot down"), and as the answer to "Whose losses". */
export const SIDE_ADJECTIVES: Readonly<Record<KnownSide, string>> = liveRecord({
  AZ: 'side.AZ.adjective',
  ARM: 'side.ARM.adjective',
});

/** Whose losses a figure counts, standing alone (the manager's lists and forms). */
export const SIDE_LOSSES: Readonly<Record<KnownSide, string>> = liveRecord({
  AZ: 'side.AZ.losses',
  ARM: 'side.ARM.losses',
});

/** A figure whose side nobody stated. */
export function sideNotKnown(): string {
  return t('side.notKnown');
}

/** Party tags name the allegiance in plain words: "ARM" means nothing to most readers. */
export const PARTY_LABELS: Readonly<Record<Party, string>> = liveRecord({
  ARM: 'party.ARM',
  NK: 'party.NK',
  AZ: 'party.AZ',
  other: 'party.other',
});

/** Short party words for the spread chart's lane labels; its text alternative uses the full ones. */
export const PARTY_SHORT_LABELS: Readonly<Record<Party, string>> = liveRecord({
  ARM: 'party.ARM',
  NK: 'party.NK.short',
  AZ: 'party.AZ',
  other: 'party.other',
});

/** English month names as English dates show them ("27 Sep 2020"); other languages use Intl. */
export const MONTHS_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/**
 * Words of periods, the time a figure counts (utils/overlay/period-label.ts puts them together).
 * `{end}` and `{start}` are dates as words ("10 Oct 2020").
 */
export const PERIOD_WORDS = {
  /** A running total: from the start of the fighting up to a day. */
  get soFar() {
    return t('period.soFar');
  },
  get unknown() {
    return t('period.unknown');
  },
  /** Under a period field, what the typed period reads as. */
  get readsAs() {
    return t('period.readsAs');
  },
  /** Between the two ends of a range ("27 Sep – 10 Oct 2020"). */
  rangeDash: ' – ',
};

/** How to write a period in a form field. */
export function periodHint(): string {
  return t('period.hint');
}
