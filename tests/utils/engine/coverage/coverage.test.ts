import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';
import { COVERAGE_SAMPLE_CHARS } from '../../../../utils/engine/coverage/gate';
import { compileCoverage } from '../../../../utils/engine/coverage/patterns';
import { defaultPackData, type TopicPackData } from '../../../../utils/engine/topic-pack';
import type { CoverageInput, CoverageResult } from '../../../../utils/engine/types';

const fixtureDir = join(__dirname, '../../../fixtures/coverage');
const seedDir = join(__dirname, '../../../../assets/seeds');
const threshold = defaultPackData.coverage.threshold;

/** Reads a fixture: optional `key: value` header lines closed by `---`, then the body. */
function fixture(name: string): CoverageInput {
  const raw = readFileSync(join(fixtureDir, `${name}.txt`), 'utf8');
  const lines = raw.split('\n');
  const separator = lines.indexOf('---');
  if (separator < 0) return { text: raw };
  const input: CoverageInput = { text: lines.slice(separator + 1).join('\n') };
  for (const line of lines.slice(0, separator)) {
    const colon = line.indexOf(':');
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (key === 'title' || key === 'url' || key === 'lang') input[key] = value;
  }
  return input;
}

function cues(result: CoverageResult, kind: 'core' | 'context' | 'negative'): string[] {
  return result.evidence.filter((e) => e.kind === kind).map((e) => e.cue);
}

describe('detectCoverage: real coverage in different spellings', () => {
  it.each([
    'wire-brief',
    'artsakh-only',
    'karabagh',
    'stepanakert-pashinyan',
    'translated-pasjinian',
    'dutch',
    'russian',
    'diacritics',
    'romanian-mare',
  ])('%s is coverage', (name) => {
    const result = detectCoverage(fixture(name));
    expect(result.isCoverage).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(threshold);
    expect(cues(result, 'core').length).toBeGreaterThan(0);
  });

  it('finds a text that only says Artsakh', () => {
    const result = detectCoverage(fixture('artsakh-only'));
    expect(
      new Set(result.evidence.filter((e) => e.kind === 'core' && e.where === 'body').map((e) => e.cue)),
    ).toEqual(new Set(['Artsakh', 'spread', 'density']));
  });

  it('reads the Karabagh spelling, Stepanakert and the Pasjinian / Aliev transliterations', () => {
    expect(cues(detectCoverage(fixture('karabagh')), 'core')).toContain('Nagorno-Karabakh');
    const stepanakert = detectCoverage(fixture('stepanakert-pashinyan'));
    expect(cues(stepanakert, 'core')).toContain('Stepanakert');
    expect(cues(stepanakert, 'context')).toEqual(expect.arrayContaining(['Pashinyan', 'Aliyev']));
    expect(cues(detectCoverage(fixture('translated-pasjinian')), 'context')).toEqual(
      expect.arrayContaining(['Pashinyan', 'Aliyev']),
    );
  });

  it('tolerates diacritics, decomposed letters and capitals', () => {
    const az = fixture('diacritics');
    expect(cues(detectCoverage(az), 'core')).toEqual(
      expect.arrayContaining(['Nagorno-Karabakh', 'Stepanakert']),
    );
    const decomposed = detectCoverage({ ...az, text: az.text.normalize('NFD') });
    expect(decomposed.isCoverage).toBe(true);
    expect(decomposed.score).toBe(detectCoverage(az).score);
    const shouting = detectCoverage({ text: fixture('wire-brief').text.toUpperCase() });
    expect(shouting.isCoverage).toBe(true);
  });

  it('does not apply English-only cues to a text declared in another language', () => {
    // Romanian "mare" means "large", not a female horse.
    const romanian = fixture('romanian-mare');
    const declared = detectCoverage(romanian);
    const undeclared = detectCoverage({ ...romanian, lang: undefined });
    expect(cues(declared, 'negative')).not.toContain('horse_words');
    expect(cues(undeclared, 'negative')).toContain('horse_words');
    // Read in every language, the text also counts war words any language lists (separatiste): the
    // horse cue is what the declared language spares it.
    const penalty = (r: CoverageResult): number =>
      r.evidence.filter((e) => e.kind === 'negative').reduce((sum, e) => sum + e.weight, 0);
    expect(penalty(declared)).toBeGreaterThan(penalty(undeclared));
    const englishOnly = new Set(
      [...defaultPackData.coverage.context, ...defaultPackData.coverage.negative]
        .filter((spec) => spec.langs?.includes('en'))
        .map((spec) => ('term' in spec ? spec.term : spec.id)),
    );
    for (const entry of detectCoverage(fixture('dutch')).evidence)
      expect(englishOnly.has(entry.cue)).toBe(false);
  });

  it('counts the five seed documents as coverage', () => {
    const seeds = readdirSync(seedDir).filter((name) => name.endsWith('.txt'));
    expect(seeds.length).toBe(5);
    for (const name of seeds) {
      const result = detectCoverage({ text: readFileSync(join(seedDir, name), 'utf8') });
      expect(result.isCoverage, name).toBe(true);
    }
  });
});

describe('detectCoverage: look-alikes', () => {
  it.each([
    'syria-helicopters',
    'ukraine-tanks',
    'libya-ceasefire',
    'georgia-2008',
    'qarabag-football',
    'karabakh-club-name',
    'karabakh-horse',
    'pipeline',
    'pipeline-one-mention',
    'eurovision',
    'brandy-carpets',
    'sidebar-related',
    'one-line-mention',
  ])('%s is not coverage', (name) => {
    const result = detectCoverage(fixture(name));
    expect(result.isCoverage).toBe(false);
    expect(result.score).toBeLessThan(threshold);
  });

  it('stops at the first test when neither the region nor a party is named: score 0, no evidence', () => {
    for (const name of ['syria-helicopters', 'libya-ceasefire', 'ukraine-tanks']) {
      const { text } = fixture(name);
      const unnamed = text.replace(/Azerbaijan|Nagorno-Karabakh/g, 'the region');
      expect(detectCoverage({ text: unnamed })).toEqual({ isCoverage: false, score: 0, evidence: [] });
    }
    for (const name of ['syria-helicopters', 'libya-ceasefire']) {
      expect(detectCoverage(fixture(name))).toEqual({ isCoverage: false, score: 0, evidence: [] });
    }
  });

  it('lets other-war cues outweigh a one-line mention', () => {
    for (const [name, cue] of [
      ['ukraine-tanks', 'war_ukraine'],
      ['georgia-2008', 'war_georgia_2008'],
    ] as const) {
      const result = detectCoverage(fixture(name));
      expect(cues(result, 'core')).toContain('Nagorno-Karabakh');
      const negative = result.evidence.find((e) => e.cue === cue);
      expect(negative?.weight).toBeLessThan(0);
    }
  });

  it('ignores other-war cues when the conflict itself is strongly covered', () => {
    const text = `${fixture('karabagh').text}\nSyrian fighters were reportedly recruited to fight in Karabagh, a claim Ankara denied. Reports of Syrians at the front in Nagorno-Karabagh have multiplied.`;
    const result = detectCoverage({ text });
    expect(result.isCoverage).toBe(true);
    expect(result.evidence.find((e) => e.cue === 'war_syria')?.weight).toBe(0);
  });

  it('does not count Karabakh inside a club name, a horse breed or a carpet style', () => {
    expect(cues(detectCoverage(fixture('karabakh-club-name')), 'core')).toEqual([]);
    expect(cues(detectCoverage(fixture('karabakh-club-name')), 'negative')).toContain('sport_club_name');
    expect(cues(detectCoverage(fixture('karabakh-horse')), 'negative')).toContain('horse_breed_name');
    expect(cues(detectCoverage(fixture('brandy-carpets')), 'negative')).toContain('culture_carpet_name');
  });

  it('explains a football report by its sport cues', () => {
    const result = detectCoverage(fixture('qarabag-football'));
    const sport = result.evidence.filter((e) => e.cue.startsWith('sport_'));
    expect(sport.length).toBeGreaterThanOrEqual(3);
    expect(sport.reduce((sum, e) => sum + e.weight, 0)).toBeLessThan(-5);
  });

  it('does not let a Related: link line make an article coverage', () => {
    const result = detectCoverage(fixture('sidebar-related'));
    expect(result.score).toBe(0);
    expect(result.evidence).toContainEqual(expect.objectContaining({ cue: 'related_link', count: 1 }));
    expect(cues(result, 'core')).toEqual([]);
    // The same headline as a paragraph of a short report would count.
    const line = fixture('sidebar-related')
      .text.split('\n')
      .find((l) => l.startsWith('Related:'));
    expect(detectCoverage({ text: `${line?.replace('Related: ', '')}.` }).score).toBeGreaterThan(0);
  });

  it('discounts a single mention in a long article on something else', () => {
    const result = detectCoverage(fixture('one-line-mention'));
    const passing = result.evidence.find((e) => e.cue === 'passing_mention');
    expect(passing?.weight).toBeLessThan(0);
  });
  it('judges an article by its first characters, as the page gate does', () => {
    const war =
      'Azerbaijan and Armenia traded fire in Nagorno-Karabakh; Stepanakert and Shusha were shelled and ' +
      'Armenian forces said Azerbaijani troops attacked along the Line of Contact near Hadrut.\n';
    const filler = 'The council met on Tuesday to discuss the budget for road repairs.\n';
    const late = filler.repeat(Math.ceil(COVERAGE_SAMPLE_CHARS / filler.length)) + war.repeat(20);
    expect(detectCoverage({ text: war.repeat(20) + late }).isCoverage).toBe(true);
    expect(detectCoverage({ text: late }).isCoverage).toBe(false);
  });
});

describe('detectCoverage: title and URL', () => {
  const body = fixture('headline-needed');

  it('needs the headline when the body names the conflict once', () => {
    expect(detectCoverage(body).isCoverage).toBe(false);
    const titled = detectCoverage({ ...body, title: 'Shelling resumes in Nagorno-Karabakh as talks stall' });
    expect(titled.isCoverage).toBe(true);
    expect(titled.evidence).toContainEqual(
      expect.objectContaining({ cue: 'Nagorno-Karabakh', where: 'title' }),
    );
  });

  it('reads slug words in the URL', () => {
    const url = 'https://news.example/world/2020/10/06/nagorno-karabakh-shelling-martakert/';
    const result = detectCoverage({ ...body, url });
    expect(result.isCoverage).toBe(true);
    expect(result.evidence).toContainEqual(
      expect.objectContaining({ cue: 'Nagorno-Karabakh', where: 'url' }),
    );
    expect(
      detectCoverage({ ...body, url: 'https://news.example/world/2020/10/06/village-shelling/' }).isCoverage,
    ).toBe(false);
  });

  it('weighs a core term more in the title than in the body', () => {
    const inTitle = detectCoverage({ text: 'Talks resumed on Monday.', title: 'Karabakh' });
    const inBody = detectCoverage({ text: 'Talks on Karabakh resumed on Monday.' });
    const weight = (r: CoverageResult) => r.evidence.find((e) => e.cue === 'Karabakh')?.weight ?? 0;
    expect(weight(inTitle)).toBeGreaterThan(weight(inBody));
  });
});

describe('detectCoverage: evidence and robustness', () => {
  it('lists evidence whose weights add up to the score', () => {
    for (const name of ['wire-brief', 'karabagh', 'ukraine-tanks', 'headline-needed']) {
      const result = detectCoverage(fixture(name));
      const sum = result.evidence.reduce((s, e) => s + e.weight, 0);
      expect(Math.abs(Math.max(0, sum) - result.score)).toBeLessThan(0.05 * result.evidence.length + 0.01);
      for (const entry of result.evidence) expect(entry.count).toBeGreaterThan(0);
    }
  });

  it('never throws, whatever it is given', () => {
    const junk = Array.from({ length: 1 << 20 }, (_, i) => String.fromCharCode((i * 7919 + 13) % 65536)).join(
      '',
    );
    const inputs: unknown[] = [
      { text: '' },
      {},
      null,
      { text: 42, title: {}, url: [], lang: 7 },
      { text: junk, title: junk.slice(0, 1000), url: junk.slice(0, 1000) },
      { text: '\ud800Karabakh\udc00 Nagorno-Karabakh \udfff', url: 'https://x.example/%E0%A4%A/karabakh' },
      { text: 'Karabakh', lang: '' },
    ];
    for (const input of inputs) {
      const result = detectCoverage(input as CoverageInput);
      expect(typeof result.isCoverage).toBe('boolean');
      expect(Number.isFinite(result.score)).toBe(true);
    }
  });

  it('takes every term from the pack it is given, skipping broken patterns', () => {
    const pack: TopicPackData = structuredClone(defaultPackData);
    pack.coverage.core = [
      { term: 'broken', pattern: '(unclosed', weight: 5 },
      { term: 'Transnistria', pattern: 'transnistria|pridnestrovie', weight: 4 },
    ];
    pack.coverage.context = [{ term: 'Moldova', pattern: 'moldova', weight: 2 }];
    pack.coverage.pairs = [];
    pack.coverageGate = { stems: ['transnistri', 'pridnestrov'] };
    const text =
      'Transnistria held a parade in Tiraspol. Moldova protested. Officials in Transnistria said the parade was routine.';
    expect(detectCoverage({ text }, pack).isCoverage).toBe(true);
    expect(detectCoverage({ text }).score).toBe(0);
    expect(detectCoverage(fixture('karabagh'), pack).score).toBe(0);
    expect(compileCoverage(pack)).toBe(compileCoverage(pack));
  });
});

describe('detectCoverage: hostile inputs', () => {
  // Inputs built to make regexes backtrack: quadratic behaviour on 1 MB takes minutes and trips the
  // test timeout; the speed itself is measured by `npm run bench:engine`, not asserted here.
  it('answers on 1 MB inputs built to make regexes backtrack', () => {
    const inputs = [
      'Karabakh '.repeat(120_000),
      'xкарабах'.repeat(130_000),
      'Related: Karabakh\n'.repeat(60_000),
      `${'FK '.repeat(350_000)}Karabakh`,
      `nagorno${' '.repeat(1 << 20)}`,
      'nagorno-'.repeat(130_000),
    ];
    for (const text of inputs) {
      const result = detectCoverage({ text, title: text.slice(0, 10_000), url: text.slice(0, 10_000) });
      expect(Number.isFinite(result.score)).toBe(true);
    }
  });
});

describe('detectCoverage: the war without its name', () => {
  it.each([
    'ganja-shelled',
    'mi24-downed',
    'ru-ganja-strike',
    'az-mod-report',
    'hy-mod-briefing',
    'it-report',
  ])('%s reports the fighting and is coverage', (name) => {
    const result = detectCoverage(fixture(name));
    expect(result.isCoverage).toBe(true);
    expect(cues(result, 'core').filter((cue) => cue !== 'spread' && cue !== 'density')).toEqual([]);
    expect(cues(result, 'context')).toContain('armenia_azerbaijan_war');
  });

  it('needs the other party, a place of the war or "the enemy" beside one party', () => {
    const drills =
      'Azerbaijan held army drills with tanks, artillery and drones near the capital, the military said.';
    expect(detectCoverage({ text: drills, lang: 'en' }).isCoverage).toBe(false);
    for (const extra of [
      ' Armenia protested.',
      ' Shells later fell on Tartar.',
      ' The enemy was warned, officials said.',
    ]) {
      const result = detectCoverage({ text: `${drills} Two soldiers were killed.${extra}`, lang: 'en' });
      expect(cues(result, 'context'), extra).toContain('armenia_azerbaijan_war');
    }
  });

  it('needs military words, not casualties alone: a road accident in Ganja is not the war', () => {
    const text =
      'Two people were killed and five injured in a road accident in Ganja, Azerbaijan, police said. Armenia sent condolences.';
    expect(detectCoverage({ text, lang: 'en' }).isCoverage).toBe(false);
  });

  it('does not call a one-mention background naming a passing mention in a report of the fighting', () => {
    const result = detectCoverage(fixture('wire-background'));
    expect(result.isCoverage).toBe(true);
    expect(cues(result, 'negative')).not.toContain('passing_mention');
    expect(cues(result, 'core')).toEqual(expect.arrayContaining(['Nagorno-Karabakh', 'Karabakh']));
  });

  it('lets war words support only a report of the two parties fighting, not a passing mention', () => {
    const result = detectCoverage(fixture('ukraine-tanks'));
    expect(cues(result, 'context')).not.toEqual(expect.arrayContaining(['shelling']));
    expect(result.isCoverage).toBe(false);
  });

  it('reads each language with its own war words only (German "war" means "was")', () => {
    const text =
      'Armenien und Aserbaidschan: Der Handel war stabil, die Regierung war zufrieden, und der Minister war in Baku.';
    const result = detectCoverage({ text, lang: 'de' });
    expect(cues(result, 'context')).not.toContain('war');
    expect(result.isCoverage).toBe(false);
  });
});

describe('detectCoverage: every language', () => {
  it.each(['tr-war-report', 'de-report', 'fr-report'])('%s names the region and is coverage', (name) => {
    expect(detectCoverage(fixture(name)).isCoverage).toBe(true);
  });

  it.each([
    ['ru-football-club', 'sport'],
    ['tr-football', 'sport'],
    ['az-qarabag-football', 'sport'],
    ['ru-horse-breed', 'horse'],
    ['az-qarabag-horse', 'horse'],
    ['de-horse', 'horse'],
    ['it-carpet', 'culture'],
    ['az-statistics', 'economy'],
    ['hy-economy', 'economy'],
    ['ru-summit-baku', 'summit'],
    ['ru-ukraine-azerbaijan', 'war_ukraine'],
    ['ru-ww2-heroes', 'war_ww2'],
    ['armenia-1915', 'war_1915'],
    ['israel-iran', 'war_middle_east'],
  ])('%s is a look-alike (%s)', (name, family) => {
    const result = detectCoverage(fixture(name));
    expect(result.evidence.some((e) => e.kind === 'negative' && e.cue.startsWith(family))).toBe(true);
    expect(result.isCoverage).toBe(false);
    expect(result.score).toBeLessThan(threshold);
  });

  it('does not count the club in quotes, the horse or the carpet as the region', () => {
    for (const name of ['ru-football-club', 'ru-horse-breed', 'az-qarabag-horse', 'de-horse', 'it-carpet']) {
      expect(cues(detectCoverage(fixture(name)), 'core'), name).toEqual([]);
    }
  });

  it('still reads a page whose language has no vocabulary here by its names', () => {
    const text =
      'Nuevos combates en Nagorno Karabaj: Armenia y Azerbaiyán se acusan de violar el alto el fuego en Karabaj.';
    expect(detectCoverage({ text, lang: 'es' }).isCoverage).toBe(true);
  });
});
