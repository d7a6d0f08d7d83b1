/**
 * The topic pack's labels in the UI language: metric labels, claimant labels and era names. The
 * pack (assets/topic-pack.json) stays English and is the fallback; each other language's words
 * are in utils/i18n/pack-labels/<lang>.json by the pack's ids, the one place they are written.
 * Labels reach the UI as the English text (from the store, the background or the content
 * script), so the accessor also finds a label's id from its English words.
 */
import pack from '../../assets/topic-pack.json';
import type { UiLanguage } from './languages';
import az from './pack-labels/az.json';
import de from './pack-labels/de.json';
import fr from './pack-labels/fr.json';
import hy from './pack-labels/hy.json';
import it from './pack-labels/it.json';
import ru from './pack-labels/ru.json';
import tr from './pack-labels/tr.json';
import { getUiLanguage } from './translate';

export type PackLabelKind = 'metrics' | 'claimants' | 'eras';

/** One language's labels, by kind and pack id. */
export type PackLabels = Record<PackLabelKind, Record<string, string>>;

export const PACK_LABELS: Record<Exclude<UiLanguage, 'en'>, PackLabels> = { ru, de, fr, it, tr, az, hy };

type Labelled = readonly { id: string; label: string }[];

/** The pack's English labels by kind and id: what every language's file must cover. */
export const ENGLISH_PACK_LABELS: PackLabels = {
  metrics: byId(pack.metrics),
  claimants: byId(pack.claimants),
  eras: byId(pack.eras),
};

function byId(items: Labelled): Record<string, string> {
  return Object.fromEntries(items.map((item) => [item.id, item.label]));
}

/** English label → [kind, id], for labels that arrive as words. */
const ID_OF_ENGLISH = new Map<string, [PackLabelKind, string]>(
  (Object.entries(ENGLISH_PACK_LABELS) as [PackLabelKind, Record<string, string>][]).flatMap(
    ([kind, labels]) => Object.entries(labels).map(([id, label]) => [label, [kind, id]] as const),
  ),
);

function translated(kind: PackLabelKind, id: string, english: string, language: UiLanguage): string {
  if (language === 'en') return english;
  return PACK_LABELS[language][kind][id] ?? english;
}

export function metricLabel(id: string, english: string, language = getUiLanguage()): string {
  return translated('metrics', id, english, language);
}

export function claimantLabel(id: string, english: string, language = getUiLanguage()): string {
  return translated('claimants', id, english, language);
}

export function eraLabel(id: string, english: string, language = getUiLanguage()): string {
  return translated('eras', id, english, language);
}

/** A pack label given in English ("helicopters shot down") in the UI language; other text unchanged. */
export function packLabel(english: string, language = getUiLanguage()): string {
  const found = ID_OF_ENGLISH.get(english);
  return found ? translated(found[0], found[1], english, language) : english;
}
