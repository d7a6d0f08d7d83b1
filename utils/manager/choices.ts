/** The fixed choices of the manager's figure fields, as ChoiceSelect lists them. */
import type { Qualifier } from '../engine/types';
import { liveChoice } from '../i18n/live';

/** How exact a figure is ("at least", "about"…). */
export const QUALIFIER_CHOICES: readonly (readonly [Qualifier, string])[] = (
  ['exact', 'at_least', 'more_than', 'about', 'up_to', 'vague'] as const
).map((qualifier) => liveChoice(qualifier, `qualifier.${qualifier}`));

/** A figure's side as the manager's forms hold it: '' when not known. */
export type SideValue = '' | 'AZ' | 'ARM';

/** Whose losses a figure counts. */
export const SIDE_CHOICES: readonly (readonly [SideValue, string])[] = [
  liveChoice('', 'side.notKnown'),
  liveChoice('AZ', 'side.AZ.losses'),
  liveChoice('ARM', 'side.ARM.losses'),
];

/** The same choices where the field is already labelled "Whose losses" (the in-page form). */
export const SIDE_ADJECTIVE_CHOICES: readonly (readonly [SideValue, string])[] = [
  liveChoice('', 'side.notKnown'),
  liveChoice('AZ', 'side.AZ.adjective'),
  liveChoice('ARM', 'side.ARM.adjective'),
];
