/**
 * One scan holds every language's terms, and at a position the regex takes the first branch that
 * matches: a word two languages share (militari in Italian and German, atəşə tutub in Azerbaijani
 * and Turkish, armée in French and German) went to the other language's term and was then dropped
 * as foreign, so the page's own term never counted. Such a foreign hit is matched again, at its
 * own position only, against the page language's own terms. That takes one small sticky regex per
 * scan and language, built on the first foreign hit; a whole scan per language (shared terms
 * included) cost the isolate's regex budget: Azerbaijani 1 MB extraction went from 11x to 18x of
 * its floor.
 */
import { appliesTo, type CompiledScan, type Hit } from './patterns';

interface OwnTerms {
  /** Sticky: the page language's own terms, capture group k + 1 holding specs[index[k]]. */
  regex: RegExp | null;
  index: number[];
}

const ownTermsByScan = new WeakMap<object, Map<string, OwnTerms>>();

function ownTerms<Spec extends { langs?: string[] }>(scan: CompiledScan<Spec>, lang: string): OwnTerms {
  let byLang = ownTermsByScan.get(scan);
  if (!byLang) {
    byLang = new Map();
    ownTermsByScan.set(scan, byLang);
  }
  let own = byLang.get(lang);
  if (!own) {
    const index: number[] = [];
    scan.specs.forEach((spec, k) => {
      if (Array.isArray(spec.langs) && appliesTo(spec, lang)) index.push(k);
    });
    // The sources already compiled together in the scan, so a subset of them compiles too.
    const branches = index.map((k) => `(${scan.sources[k] ?? '(?!)'})`).join('|');
    const regex = index.length > 0 ? new RegExp(`(?:${branches})(?![\\p{L}\\p{N}])`, 'uy') : null;
    own = { regex, index };
    byLang.set(lang, own);
  }
  return own;
}

/** A scan's hits as the page's language reads them: its own terms, shared terms, never foreign ones. */
export function inOwnLanguage<Spec extends { langs?: string[] }>(
  scan: CompiledScan<Spec>,
  text: string,
  hits: Hit[],
  lang: string | null,
): Hit[] {
  if (lang === null) return hits;
  const kept: Hit[] = [];
  for (const hit of hits) {
    const spec = scan.specs[hit.spec];
    if (spec !== undefined && appliesTo(spec, lang)) {
      kept.push(hit);
      continue;
    }
    const own = ownTerms(scan, lang);
    if (own.regex === null) continue;
    own.regex.lastIndex = hit.start;
    const match = own.regex.exec(text);
    if (match === null) continue;
    let group = 1;
    while (group < match.length && match[group] === undefined) group++;
    const index = own.index[group - 1];
    if (index !== undefined) kept.push({ spec: index, start: hit.start, end: hit.start + match[0].length });
  }
  return kept;
}
