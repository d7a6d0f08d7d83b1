/**
 * The alias scan finds where the first alias starts with the aliases grouped by first letter, then
 * which alias it is with a group per alias: the same answer as one scan with a group per alias.
 */
import { describe, expect, it } from 'vitest';
import { type AliasScan, compileAliasScan, firstAlias, firstOf } from '../../../utils/engine/alias-scan';
import { subjectSegments } from '../../../utils/engine/claimants';
import { type CompiledAlias, compilePack } from '../../../utils/engine/compiled-pack';
import { foreignLexicon } from '../../../utils/engine/lexicons';
import { ASCII, UNICODE } from '../../../utils/engine/pack-sources';
import { defaultPackData } from '../../../utils/engine/topic-pack';

const LANGS = ['en', 'ru', 'de', 'fr', 'it', 'tr', 'az', 'hy'];

const compiled = new Map<string, RegExp>();
/** Each source compiled once for the whole test. */
function regexOf(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let found = compiled.get(key);
  if (!found) {
    found = new RegExp(source, flags);
    compiled.set(key, found);
  }
  return found;
}

/** The scan as it was: one regex per flags, a group per alias, its first match read directly. */
function groupPerAlias(aliases: CompiledAlias[], start: string, end: string, text: string) {
  const byFlags = new Map<string, CompiledAlias[]>();
  for (const alias of aliases) byFlags.set(alias.flags, [...(byFlags.get(alias.flags) ?? []), alias]);
  let best: { index: number; claimant: CompiledAlias['claimant'] } | null = null;
  for (const [flags, list] of byFlags) {
    const regex = regexOf(`${start}(?:${list.map((a) => `(${a.inner})`).join('|')})${end}`, flags);
    const m = regex.exec(text);
    if (!m || (best && m.index >= best.index)) continue;
    // Each alias's own regex at that place: the first listed that matches there is the one.
    const alias = list.find((a) => {
      const own = regexOf(`${start}(?:${a.inner})${end}`, `${flags}y`);
      own.lastIndex = m.index;
      return own.test(text);
    });
    if (alias) best = { index: m.index, claimant: alias.claimant };
  }
  return best;
}

/** Texts naming some of the pack's aliases at different places, beside words that only look alike. */
function phrasesOf(aliases: CompiledAlias[]): string[] {
  const names = aliases.map((a) => a.inner.replace(/\\s\+/g, ' ').replace(/[()?:\\[\]|*+{}^$]/g, ''));
  const out: string[] = [];
  for (let k = 0; k < names.length; k++) {
    const name = names[k] as string;
    const other = names[(k * 7 + 3) % names.length] as string;
    out.push(`x${name} and ${name}s, ${name.toUpperCase()} and ${other.toLowerCase()}-led`);
  }
  return out;
}

describe('firstAlias', () => {
  it('finds the alias one scan with a group per alias finds, in every language pack', () => {
    for (const lang of LANGS) {
      const pack = compilePack(defaultPackData, foreignLexicon(lang));
      const bounds = lang === 'en' ? ASCII : UNICODE;
      for (const marker of [false, true]) {
        const aliases = pack.aliases.filter((a) => a.isMarker === marker);
        const scan: AliasScan = marker ? pack.markerAliases : pack.namedAliases;
        for (const text of phrasesOf(aliases)) {
          const want = groupPerAlias(aliases, bounds.startStrict, bounds.endStrict, text);
          expect(firstAlias(scan, text), `${lang}: ${text}`).toEqual(want);
        }
      }
    }
  });

  it('takes the earliest alias, and of two at one place the one listed first', () => {
    const spec = (id: string) => ({ id, label: id, party: 'other' as const, role: null, aliases: [id] });
    const aliases: CompiledAlias[] = [
      { claimant: spec('Relief Office'), flags: 'i', inner: 'relief\\s+office', isMarker: false },
      { claimant: spec('Relief'), flags: 'i', inner: 'relief', isMarker: false },
      { claimant: spec('Monitors'), flags: 'i', inner: 'monitors', isMarker: false },
    ];
    const scan = compileAliasScan(aliases, ASCII.startStrict, ASCII.endStrict);
    expect(firstAlias(scan, 'monitors and the relief office')?.claimant.id).toBe('Monitors');
    expect(firstAlias(scan, 'the Relief Office and monitors')?.claimant.id).toBe('Relief Office');
    expect(firstAlias(scan, 'the relief team')?.claimant.id).toBe('Relief');
    expect(firstAlias(scan, 'unrelief offices')).toBeNull();
  });
});

describe('subjectSegments', () => {
  const pack = compilePack(defaultPackData, foreignLexicon('en'));

  it('takes the last segment that is no clause, adverbial or relative clause as the head', () => {
    expect(
      subjectSegments(pack, 'In a statement on Monday, the regional ombudsman, who visited the town'),
    ).toEqual({
      head: 'the regional ombudsman',
      all: 'the regional ombudsman, who visited the town',
    });
    expect(subjectSegments(pack, 'the mayor, , ')).toEqual({ head: 'the mayor', all: 'the mayor' });
  });

  it('falls back to the last segment when every segment is a clause', () => {
    expect(subjectSegments(pack, 'when the shelling was over, it had stopped')).toEqual({
      head: 'it had stopped',
      all: '',
    });
    expect(subjectSegments(pack, '')).toEqual({ head: '', all: '' });
  });
});

describe('roleScan', () => {
  /** The roles as they were read: each role's own regex, the earliest match, the first listed at a tie. */
  function rolePerRegex(roles: { role: string; pattern: RegExp }[], text: string) {
    let best: { k: number; index: number; end: number } | null = null;
    roles.forEach(({ pattern }, k) => {
      pattern.lastIndex = 0;
      const m = pattern.exec(text);
      pattern.lastIndex = 0;
      if (m && (!best || m.index < best.index)) best = { k, index: m.index, end: m.index + m[0].length };
    });
    return best;
  }

  it('finds the role each role regex finds first, in every language pack', () => {
    for (const lang of LANGS) {
      const pack = compilePack(defaultPackData, foreignLexicon(lang));
      expect(pack.roleScan, lang).not.toBeNull();
      const words = Object.values(defaultPackData.claimantRoles).flat();
      const lexicon = foreignLexicon(lang);
      const own = lexicon ? Object.values(lexicon.claimantRoles).flat() : [];
      const all = [...words, ...own] as string[];
      for (let k = 0; k < all.length; k++) {
        const one = all[k] as string;
        const two = all[(k * 5 + 1) % all.length] as string;
        for (const text of [one, `the ${two} and ${one}`, `x${one} ${two.toUpperCase()}`, `${one}s`]) {
          const scan = pack.roleScan ? firstOf(pack.roleScan, text) : null;
          expect(scan, `${lang}: ${text}`).toEqual(rolePerRegex(pack.roles, text));
        }
      }
    }
  });
});
