/** The fixed choices of the manager's figure fields, as ChoiceSelect lists them. */
import type { Qualifier } from '../engine/types';
import { QUALIFIER_LABELS, SIDE_ADJECTIVES, SIDE_LOSSES, SIDE_NOT_KNOWN } from '../labels';

/** How exact a figure is ("at least", "about"…). */
export const QUALIFIER_CHOICES: readonly (readonly [Qualifier, string])[] = (
  ['exact', 'at_least', 'more_than', 'about', 'up_to', 'vague'] as const
).map((qualifier) => [qualifier, QUALIFIER_LABELS[qualifier]] as const);

/** A figure's side as the manager's forms hold it: '' when not known. */
export type SideValue = '' | 'AZ' | 'ARM';

/** Whose losses a figure counts. */
export const SIDE_CHOICES: readonly (readonly [SideValue, string])[] = [
  ['', SIDE_NOT_KNOWN],
  ['AZ', SIDE_LOSSES.AZ],
  ['ARM', SIDE_LOSSES.ARM],
];

/** The same choices where the field is already labelled "Whose losses" (the in-page form). */
export const SIDE_ADJECTIVE_CHOICES: readonly (readonly [SideValue, string])[] = [
  ['', SIDE_NOT_KNOWN],
  ['AZ', SIDE_ADJECTIVES.AZ],
  ['ARM', SIDE_ADJECTIVES.ARM],
];
