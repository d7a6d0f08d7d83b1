/** The fixed choices of the manager's figure fields, as ChoiceSelect lists them. */
import type { Qualifier } from '../engine/types';

/** How exact a figure is ("at least", "about"…). */
export const QUALIFIER_CHOICES: readonly (readonly [Qualifier, string])[] = [
  ['exact', 'exactly'],
  ['at_least', 'at least'],
  ['more_than', 'more than'],
  ['about', 'about'],
  ['up_to', 'up to'],
  ['vague', 'vague (“dozens”, no number)'],
];

/** A figure's side as the manager's forms hold it: '' when not known. */
export type SideValue = '' | 'AZ' | 'ARM';

/** Whose losses a figure counts. */
export const SIDE_CHOICES: readonly (readonly [SideValue, string])[] = [
  ['', 'Not known'],
  ['AZ', 'Azerbaijani losses'],
  ['ARM', 'Armenian losses'],
];
