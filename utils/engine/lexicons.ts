/**
 * The languages the engine reads, each with its lexicon (assets/lang/<code>.json). English words
 * for figures live in the topic pack itself; en.json holds English grammar and detection words.
 * Lexicons are compiled on first use, so a language no page needs costs no regex work.
 */
import az from '../../assets/lang/az.json';
import de from '../../assets/lang/de.json';
import en from '../../assets/lang/en.json';
import fr from '../../assets/lang/fr.json';
import hy from '../../assets/lang/hy.json';
import it from '../../assets/lang/it.json';
import ru from '../../assets/lang/ru.json';
import tr from '../../assets/lang/tr.json';
import type { Lexicon } from './lexicon';

const FOREIGN: Record<string, Lexicon> = {
  az: az as unknown as Lexicon,
  de: de as unknown as Lexicon,
  fr: fr as unknown as Lexicon,
  hy: hy as unknown as Lexicon,
  it: it as unknown as Lexicon,
  ru: ru as unknown as Lexicon,
  tr: tr as unknown as Lexicon,
};

export const LANGUAGES: readonly string[] = ['en', ...Object.keys(FOREIGN)];

/** The lexicon of a language other than English, or null (English reads from the topic pack). */
export function foreignLexicon(lang: string): Lexicon | null {
  return FOREIGN[lang] ?? null;
}

/** Detection words of any supported language. */
export function lexiconFor(lang: string): Pick<Lexicon, 'detect'> | null {
  if (lang === 'en') return en as unknown as Pick<Lexicon, 'detect'>;
  return FOREIGN[lang] ?? null;
}
