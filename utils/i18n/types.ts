/** The shapes of a message catalog (utils/i18n/messages/<lang>/). */

/** A message that changes with a count: one form per CLDR plural category of the language. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type Message = string | PluralForms;

/** Values for a message's {placeholders}. */
export type MessageParams = Record<string, string | number>;
