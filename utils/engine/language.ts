/**
 * The language of a text: the page's declared language when the engine has a lexicon for it, else
 * the script (Armenian, Cyrillic) and, among Latin-script languages, the function words and
 * letters each lexicon lists. Reads a bounded sample, so it costs the same on any page.
 */
import detection from '../../assets/lang/detect.json';
import { LANGUAGES } from './lexicons';

const DETECT = detection.languages as Record<string, { functionWords: string[]; letters?: string }>;

/** Each function word with the languages it belongs to, built once. */
const FUNCTION_WORDS = new Map<string, string[]>();
for (const [lang, words] of Object.entries(DETECT)) {
  for (const w of words.functionWords) FUNCTION_WORDS.set(w, [...(FUNCTION_WORDS.get(w) ?? []), lang]);
}
const LETTERS = Object.entries(DETECT).flatMap(([lang, { letters }]) =>
  letters ? [{ lang, pattern: new RegExp(`[${letters}]`, 'gu') }] : [],
);

const SAMPLE_CHARS = 6000;
const WORD = /\p{L}+/gu;

function primary(tag: string | undefined): string | null {
  const p = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return p ? p : null;
}

function scriptCounts(sample: string): { armenian: number; cyrillic: number; latin: number } {
  let armenian = 0;
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code >= 0x0531 && code <= 0x058f) armenian++;
    else if (code >= 0x0400 && code <= 0x04ff) cyrillic++;
    else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f))
      latin++;
  }
  return { armenian, cyrillic, latin };
}

/** Primary language subtag of the text, always one the engine has a lexicon for ("en" by default). */
export function detectLanguage(text: string, declared?: string): string {
  const tag = primary(declared);
  if (tag && LANGUAGES.includes(tag)) return tag;
  const sample = typeof text === 'string' ? text.slice(0, SAMPLE_CHARS) : '';
  const scripts = scriptCounts(sample);
  if (scripts.armenian > scripts.latin && scripts.armenian >= scripts.cyrillic) return 'hy';
  if (scripts.cyrillic > scripts.latin) return 'ru';
  const counts = new Map<string, number>();
  for (const lang of LANGUAGES) counts.set(lang, 0);
  const lower = sample.toLowerCase();
  for (const { lang, pattern } of LETTERS) {
    counts.set(lang, (counts.get(lang) ?? 0) + 3 * (lower.match(pattern)?.length ?? 0));
  }
  for (const m of lower.matchAll(WORD)) {
    for (const lang of FUNCTION_WORDS.get(m[0]) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best = 'en';
  let bestCount = 0;
  for (const [lang, count] of counts) {
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return best;
}
