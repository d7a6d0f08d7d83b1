/**
 * The languages the engine reads, each with its lexicon (assets/lang/<code>.json). English words
 * for figures live in the topic pack itself; en.json holds English grammar.
 *
 * A lexicon is parsed only when a text in its language comes: in the extension build each
 * lexicon module is a loader around the file's text (`lazyLanguageLexicons` in
 * utils/build/vite-plugins.ts), so a service worker that wakes for an English page parses no
 * Russian. Under Node the import is the parsed object; both shapes are read here.
 */
import az from '../../assets/lang/az.json';
import de from '../../assets/lang/de.json';
import fr from '../../assets/lang/fr.json';
import hy from '../../assets/lang/hy.json';
import it from '../../assets/lang/it.json';
import ru from '../../assets/lang/ru.json';
import tr from '../../assets/lang/tr.json';
import type { Lexicon } from './lexicon';

const MODULES: Record<string, unknown> = { az, de, fr, hy, it, ru, tr };

export const LANGUAGES: readonly string[] = ['en', ...Object.keys(MODULES)];

const loaded = new Map<string, Lexicon>();

/** The lexicon of a language other than English, or null (English reads from the topic pack). */
export function foreignLexicon(lang: string): Lexicon | null {
  const cached = loaded.get(lang);
  if (cached) return cached;
  const module = Object.hasOwn(MODULES, lang) ? MODULES[lang] : undefined;
  if (module === undefined) return null;
  const lexicon = (typeof module === 'function' ? module() : module) as Lexicon;
  loaded.set(lang, lexicon);
  return lexicon;
}
