/**
 * The one table of words the UI shows for the engine's qualifiers, sides and parties: the popup,
 * the overlays and the manager all read them here, and the i18n work translates this file.
 * Metric labels come with the topic pack (assets/topic-pack.json, utils/engine/topic-pack.ts).
 */
import type { Party, Qualifier, Side } from './engine/types';

/** How exact a figure is; the words also open a figure's value ("at least 4"). */
export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: 'exactly',
  at_least: 'at least',
  more_than: 'more than',
  about: 'about',
  up_to: 'up to',
  vague: 'vague (“dozens”, no number)',
};

type KnownSide = Exclude<Side, null>;

/** A side before what is counted ("Azerbaijani helicopters shot down"), and as the answer to "Whose losses". */
export const SIDE_ADJECTIVES: Record<KnownSide, string> = { AZ: 'Azerbaijani', ARM: 'Armenian' };

/** Whose losses a figure counts, standing alone (the manager's lists and forms). */
export const SIDE_LOSSES: Record<KnownSide, string> = {
  AZ: `${SIDE_ADJECTIVES.AZ} losses`,
  ARM: `${SIDE_ADJECTIVES.ARM} losses`,
};

/** A figure whose side nobody stated. */
export const SIDE_NOT_KNOWN = 'Not known';

/** Party tags name the allegiance in plain words: "ARM" means nothing to most readers. */
export const PARTY_LABELS: Record<Party, string> = {
  ARM: 'Armenia',
  NK: 'Karabakh Armenians',
  AZ: 'Azerbaijan',
  other: 'third party',
};

/** Short party words for the spread chart's lane labels; its text alternative uses the full ones. */
export const PARTY_SHORT_LABELS: Record<Party, string> = { ...PARTY_LABELS, NK: 'Karabakh' };

/** Month names as dates show them ("27 Sep 2020"). */
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
  soFar: 'so far, to {end}',
  unknown: 'Period unknown',
  /** Under a period field, what the typed period reads as. */
  readsAs: 'Reads as: {period}.',
  /** Between the two ends of a range ("27 Sep – 10 Oct 2020"). */
  rangeDash: ' – ',
} as const;

/** How to write a period in a form field. */
export const PERIOD_HINT =
  'a day (2020-09-27), a month (2016-04), a year, or a range (2020-09-27/2020-10-10, 1988/1994); empty when not known.';
