/**
 * Regexes compiled once per topic pack and language. Everything topic-specific comes from the
 * pack's data, everything language-specific from the pack (English) or a lexicon (assets/lang);
 * this module only knows how to turn phrases into patterns.
 */

import { compileAliasScan, compileFirstOf } from './alias-scan';
import type { CompiledAlias, CompiledMetric, CompiledPack } from './compiled-pack-types';
import { compileGrammar, ENGLISH_GRAMMAR } from './grammar';
import type { Lexicon } from './lexicon';
import { overlayLexicon } from './lexicon-overlay';
import { ENGLISH_UNITS } from './number/words';
import { ASCII, alternation, anyOf, type Bounds, NEVER, UNICODE } from './pack-sources';
import type { PeriodLexicon } from './period-lexicon';
import { compilePeriodWords, ENGLISH_PERIODS } from './period-words';
import { startsWithWordChar } from './regex-first';
import { groupedForTest } from './regex-test-only';
import { phrasesToPattern, type TopicPackData } from './topic-pack';
import type { Party } from './types';

export type { CompiledAlias, CompiledMetric, CompiledPack } from './compiled-pack-types';

/** A language whose lexicon has no time words reads no cue: its figures count the article's day. */
const NO_PERIOD_WORDS: PeriodLexicon = {
  months: Array.from({ length: 12 }, () => []),
  daySuffix: '',
  weekdays: Array.from({ length: 7 }, () => []),
  relativeDays: {},
  running: [],
  sinceBefore: [],
  asOfBefore: [],
  rangeJoin: [],
};

/** Characters between a toll's noun and its verb, unless the language's data says otherwise. */
const TOLL_REACH = 50;

const cache = new WeakMap<TopicPackData, Map<string, CompiledPack>>();

function isAllCaps(alias: string): boolean {
  return /\p{Lu}/u.test(alias) && alias === alias.toUpperCase();
}

/** "İ" and "I" are the capitals of "i" and "ı" (Unicode case folding pairs I with i): one unit each. */
function foldDottedCapitals(text: string): string {
  return text.replace(/[İI]/g, (c) => (c === 'İ' ? 'i' : 'ı'));
}

/** Distinct nouns remembered per pack; past it a noun is tested afresh (a hostile page cannot grow it). */
const MAX_REMEMBERED_NOUNS = 4096;

/** The metrics whose nouns include `noun` (whole-string, case-insensitive), in the pack's order. */
export function metricsCounting(pack: CompiledPack, noun: string): CompiledMetric[] {
  let counting = pack.metricsByNoun.get(noun);
  if (!counting) {
    counting = pack.metrics.filter((metric) => metric.noun.test(noun));
    if (pack.metricsByNoun.size < MAX_REMEMBERED_NOUNS) pack.metricsByNoun.set(noun, counting);
  }
  return counting;
}

/**
 * Nouns of the current war's civilian metrics that no other loss metric counts: a noun a whole
 * war's dead are counted by ("people", "morts", "մարդ") may be the conflict's dead overall, while
 * civilians who fled ("мирные жители покинули …") are still civilians.
 */
function civilianOnlyNouns(data: TopicPackData): string[] {
  const current = data.metrics.filter((m) => m.onlyInEras !== true);
  const losses = data.metrics.filter((m) => m.victims !== 'civilians' && m.events !== 'displacement');
  const others = new Set(losses.flatMap((m) => m.nouns));
  return [
    ...new Set(
      current.filter((m) => m.victims === 'civilians').flatMap((m) => m.nouns.filter((n) => !others.has(n))),
    ),
  ];
}

function compileWith(data: TopicPackData, lang: string, b: Bounds, lexicon: Lexicon | null): CompiledPack {
  const f = (extra: string) => extra + b.flags;
  const words = (list: string[]) => alternation(b.phrases(list));
  const sources = (list: string[]) => alternation(b.sources(list));
  // An empty word list fails at once, not after a boundary look-behind at every position (which V8
  // without its regex optimisations pays in full). A first-character lookahead (regex-first.ts)
  // was measured here too and left out: it slowed these scans when V8 optimises them.
  const led = (inner: string, start = '') => {
    if (inner === NEVER) return NEVER;
    const boundary = start === b.startStrict && b.wordStart && startsWithWordChar(inner) ? b.wordStart : '';
    return `${boundary}${start}(?:${inner})`;
  };
  const aliasInner = (alias: string) => (lexicon ? alias.replace(/ +/g, '\\s+') : phrasesToPattern([alias]));
  const markerWords = new Set(
    Object.values(data.partyMarkers)
      .flat()
      .map((m) => m.toLowerCase()),
  );
  const postpositions = lexicon?.attribution.postpositions ?? [];
  const aliases: CompiledAlias[] = data.claimants.flatMap((claimant) =>
    claimant.aliases.map((alias) => ({
      claimant,
      flags: f(isAllCaps(alias) ? '' : 'i'),
      inner: aliasInner(alias),
      isMarker: markerWords.has(alias.toLowerCase()) || /^the /i.test(alias),
    })),
  );
  const grammar = compileGrammar(
    {
      ...ENGLISH_GRAMMAR,
      headlineCopiesRestated: lexicon ? undefined : ENGLISH_GRAMMAR.headlineCopiesRestated,
      activeObject: lexicon ? undefined : ENGLISH_GRAMMAR.activeObject,
      activeVerbs: lexicon ? undefined : ENGLISH_GRAMMAR.activeVerbs,
      appositionClose: lexicon ? undefined : ENGLISH_GRAMMAR.appositionClose,
      mixedPeople: lexicon ? undefined : ENGLISH_GRAMMAR.mixedPeople,
      rangeGap: lexicon ? undefined : ENGLISH_GRAMMAR.rangeGap,
      rangeOpen: lexicon ? undefined : ENGLISH_GRAMMAR.rangeOpen,
      rangeNotAfter: lexicon ? undefined : ENGLISH_GRAMMAR.rangeNotAfter,
      sideAfter: lexicon ? undefined : ENGLISH_GRAMMAR.sideAfter,
      headlineOne: lexicon ? undefined : ENGLISH_GRAMMAR.headlineOne,
      asidePronoun: lexicon ? undefined : ENGLISH_GRAMMAR.asidePronoun,
      asideOpening: lexicon ? undefined : ENGLISH_GRAMMAR.asideOpening,
      speakerJoin: lexicon ? undefined : ENGLISH_GRAMMAR.speakerJoin,
      ...(lexicon?.grammar ?? {}),
    },
    b.flags,
  );
  const lossWords = led(words(Object.values(data.events).flat()), b.start);
  const roles = Object.entries(data.claimantRoles).map(([role, list]) => ({
    role,
    pattern: new RegExp(`${led(sources(list), b.start)}${b.end}`, f('gi')),
  }));
  return {
    data,
    lang,
    fold: lexicon?.dottedCapitals ? foldDottedCapitals : null,
    numbers: lexicon?.numbers ?? null,
    grammar,
    metricsByNoun: new Map(),
    metrics: data.metrics
      .filter((spec) => spec.nouns.length + (spec.pairs?.length ?? 0) > 0)
      .map((spec) => ({
        spec,
        noun: new RegExp(`^(?:${b.sources([...spec.nouns, ...(spec.pairs ?? [])])})$`, f('i')),
      })),
    anyNoun: new RegExp(`(?:${sources(data.metrics.flatMap((m) => m.nouns))})${b.endStrict}`, f('iy')),
    pairNoun: new RegExp(`(?:${sources(data.metrics.flatMap((m) => m.pairs ?? []))})${b.endStrict}`, f('iy')),
    civilianOnlyNoun: new RegExp(
      `${led(sources(civilianOnlyNouns(data)), b.startStrict)}${b.endStrict}`,
      f('i'),
    ),
    events: new Map(
      Object.entries(data.events).map(([id, list]) => [
        id,
        new RegExp(`${led(words(list), b.start)}${b.end}`, f('gi')),
      ]),
    ),
    anyEvent: new RegExp(`${lossWords}${b.end}`, f('i')),
    activeLossY: grammar.activeObject
      ? new RegExp(
          `[ \\t]+${led(words(grammar.activeVerbs), b.start)}${b.end}(?=${grammar.activeObject})`,
          f('iy'),
        )
      : null,
    lossVerbBefore: new RegExp(`${lossWords}${b.end}\\s+$`, f('i')),
    casualtyVerbBefore: new RegExp(
      `${led(words([...(data.events.death ?? []), ...(data.events.injury ?? [])]), b.start)}\\s+$`,
      f('i'),
    ),
    eras: data.eras.map((era) => ({
      id: era.id,
      period: era.period,
      cue: new RegExp(anyOf(era.cues), f('gi')),
      tallyFrom: era.tallyFrom,
      tallyUntil: era.tallyUntil,
      fledOtherSide: era.fledOtherSide,
    })),
    // Only tested (eraCues): its branches may be regrouped by first character.
    anyEra: new RegExp(groupedForTest(anyOf(data.eras.flatMap((era) => era.cues))), f('i')),
    tallyRoles: new Set(data.tallyRoles ?? []),
    periods: lexicon
      ? compilePeriodWords(lexicon.periods ?? NO_PERIOD_WORDS, Object.entries(lexicon.numbers?.words ?? {}))
      : compilePeriodWords(ENGLISH_PERIODS, ENGLISH_UNITS),
    sideMarkers: (['AZ', 'ARM'] as const).map((side) => ({
      side,
      pattern: new RegExp(`${led(words(data.sides[side]), b.startStrict)}${b.endStrict}`, f('i')),
    })),
    enemy: new RegExp(`${led(words(data.sides.enemy), b.startStrict)}${b.endStrict}`, f('i')),
    places: (['AZ', 'ARM'] as const).map((side) => ({
      side,
      pattern: lexicon
        ? new RegExp(`${led(words(data.places[side]), b.start)}`, f('i'))
        : new RegExp(
            `\\b(?:in|at|on|near|of|into)\\s+(?:the\\s+)?(?:city\\s+of\\s+|town\\s+of\\s+)?(?:${phrasesToPattern(data.places[side])})\\b`,
            'i',
          ),
    })),
    towns: (['AZ', 'ARM'] as const).map((side) => ({
      side,
      pattern: new RegExp(`${led(words(data.places[side]), b.start)}${b.end}`, f('i')),
    })),
    admission: new RegExp(`${led(words(data.attribution.admissionVerbs), b.start)}${b.end}`, f('i')),
    roles,
    roleScan: compileFirstOf(roles.map((r) => r.pattern)),
    partyMarkers: (Object.entries(data.partyMarkers) as [Party, string[]][]).map(([party, list]) => ({
      party,
      pattern: new RegExp(`${led(sources(list), b.startStrict)}${b.endStrict}`, f('gi')),
    })),
    countries: Object.entries(data.countries ?? {}).map(([country, list]) => ({
      country,
      pattern: new RegExp(`${led(sources(list), b.startStrict)}${b.endStrict}`, f('gi')),
    })),
    aliases,
    namedAliases: compileAliasScan(
      aliases.filter((alias) => !alias.isMarker),
      b.startStrict,
      b.endStrict,
    ),
    markerAliases: compileAliasScan(
      aliases.filter((alias) => alias.isMarker),
      b.startStrict,
      b.endStrict,
    ),
    tollBefore: new RegExp(
      // A full stop before a day's number is an abbreviation's ("since Sept. 27"), not a sentence end.
      // A colon right after the toll's words labels it in a list or table ("Killed: 12; wounded: 40").
      `${led(words(data.tolls.nouns), b.start)}${b.end}(?:(?:[^.;:!?]|\\.(?=\\s?\\d)){0,${data.tolls.reach ?? TOLL_REACH}}?${led(words(data.tolls.verbs), b.start)}\\s+|:[ \\t]*)$${
        data.tolls.labels?.length ? `|${led(words(data.tolls.labels), b.start)}${b.end}:[ \\t]*$` : ''
      }`,
      f('i'),
    ),
    tollNounThenCount: new RegExp(`^${led(words(data.tolls.nouns), b.start)}${b.end}\\s+\\d`, f('i')),
    tollRaisedBefore: data.tolls.raisedBy?.length
      ? new RegExp(`${led(words(data.tolls.raisedBy), b.start)}\\s+$`, f('i'))
      : null,
    tollNounAfterY: data.tolls.raisedBy?.length
      ? new RegExp(
          `\\s+(?:${words(data.tolls.raisedArticles ?? [])})?\\s*${led(words(data.tolls.nouns))}${b.end}`,
          f('iy'),
        )
      : null,
    tollWindow: (data.tolls.reach ?? TOLL_REACH) + 40,
    tollGroups: Object.entries(data.tolls.groups).map(([noun, list]) => ({
      noun,
      pattern: new RegExp(`${led(words(list), b.startStrict)}${b.endStrict}`, f('i')),
    })),
    tollDefault: data.tolls.defaultGroup,
    tollDefaultForm: new RegExp(
      `^(?:${words([data.tolls.defaultGroup, ...(data.tolls.defaultForms ?? [])])})$`,
      f('i'),
    ),
    // A verb that admits a loss ("räumte ein", "признаёт") also names who speaks.
    attributionVerb: new RegExp(
      `${led(words([...new Set([...data.attribution.verbs, ...data.attribution.admissionVerbs])]), b.start)}${b.end}`,
      f('gi'),
    ),
    attributionPreposition: new RegExp(`${led(words(data.attribution.prepositions), b.start)}\\s+`, f('gi')),
    attributionPostposition:
      postpositions.length > 0 ? new RegExp(`\\s${led(words(postpositions))}${b.end}`, f('gi')) : null,
    roleDefaultParty: lexicon?.roleDefaultParty ?? null,
    carryPronoun: new RegExp(`^(?:${words(data.attribution.carryPronouns)})$`, f('i')),
    forwardReference: new RegExp(
      `${led(words(data.attribution.forwardReferences ?? []), b.start)}${b.end}`,
      f('i'),
    ),
    breakdownOpening: new RegExp(
      `^["'“«„—–-]?\\s*(?:${words(data.attribution.breakdownOpenings ?? [])})${b.end}`,
      f('i'),
    ),
  };
}

/** The pack compiled for a language: English from the pack itself, others through their lexicon. */
export function compilePack(data: TopicPackData, lexicon: Lexicon | null = null): CompiledPack {
  let perLang = cache.get(data);
  if (!perLang) {
    perLang = new Map();
    cache.set(data, perLang);
  }
  const lang = lexicon?.lang ?? 'en';
  const cached = perLang.get(lang);
  if (cached) return cached;
  const compiled = lexicon
    ? compileWith(overlayLexicon(data, lexicon), lang, UNICODE, lexicon)
    : compileWith(data, 'en', ASCII, null);
  perLang.set(lang, compiled);
  return compiled;
}
