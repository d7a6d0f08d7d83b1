/**
 * The cheap first test never turns away a text in which the full scan finds a
 * core term: every spelling, every fixture text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';
import { foldText } from '../../../../utils/engine/coverage/fold';
import { compileCoverageGate, passesCoverageGate } from '../../../../utils/engine/coverage/gate';
import { compileCoverage, scanHits } from '../../../../utils/engine/coverage/patterns';
import { defaultPackData } from '../../../../utils/engine/topic-pack';

const gate = compileCoverageGate(defaultPackData.coverageGate);
const compiled = compileCoverage(defaultPackData);
const core = compiled.core;
const hasCoreTerm = (text: string) => scanHits(core, foldText(text)).length > 0;
/** A party to the war named: without the region's name, the full score needs one. */
const namesAParty = (text: string) =>
  scanHits(compiled.context, foldText(text)).some(
    (hit) => compiled.context.specs[hit.spec]?.role === 'party',
  );

const SPELLINGS = [
  'Nagorno-Karabakh',
  'Nagorny Karabakh',
  'Nagorno Karabagh',
  'the Karabagh front',
  'Karabağ',
  'Dağlıq Qarabağ',
  'Artsakh',
  'Stepanakert',
  'Khankendi',
  'Xankəndi',
  'Нагорный Карабах',
  'Степанакерт',
  'Արցախ',
  'the 44-day war',
  'NAGORNO-KARABAKH',
  'Berg-Karabach',
  'Haut-Karabakh',
  'Dağlık Karabağ',
  'Hankendi',
  'the Garabagh region',
  'Լեռնային Ղարաբաղ',
  'Арцах',
  '44-дневной войны',
  '44 günlük savaş',
  '44 günlük Vətən müharibəsi',
  'la guerre de 44 jours',
  'la guerra dei 44 giorni',
  'işğaldan azad olunmuş ərazilər',
  'İşğaldan azad edilmiş torpaqlarda',
  'isgaldan azad olunan rayonlar',
  'işgalden kurtarılan topraklar',
];

const PARTIES = [
  'Armenia',
  'Arménie',
  'Armenien',
  'Ermenistan',
  'Ermənistan',
  'erməni',
  'Армения',
  'армянских',
  'Հայաստան',
  'հայկական',
  'ՀՀ',
  'Azerbaijan',
  'Azerbaïdjan',
  'Aserbaidschan',
  'Azerbaigian',
  'Azerbaycan',
  'Azərbaycan',
  'Азербайджан',
  'Ադրբեջան',
];

function textsIn(dir: URL): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(new URL(f, dir), 'utf8'));
}

describe('coverage gate', () => {
  it.each(SPELLINGS)('passes "%s", a core term of the full scan', (spelling) => {
    expect(hasCoreTerm(`News: ${spelling} today.`)).toBe(true);
    expect(passesCoverageGate(gate, { text: `News: ${spelling} today.` })).toBe(true);
  });

  it.each(PARTIES)('passes "%s", a party the full score may read without the region', (party) => {
    expect(namesAParty(`News from ${party} today.`)).toBe(true);
    expect(passesCoverageGate(gate, { text: `News from ${party} today.` })).toBe(true);
  });

  it('passes every fixture text the full score accepts, and every one naming the region or a party', () => {
    const texts = [
      ...textsIn(new URL('../../../../assets/seeds/', import.meta.url)),
      ...textsIn(new URL('../../../fixtures/heldout/', import.meta.url)),
      ...textsIn(new URL('../../../fixtures/coverage/', import.meta.url)),
    ];
    const accepted = texts.filter((t) => detectCoverage({ text: t }).isCoverage);
    expect(accepted.length).toBeGreaterThan(20);
    expect(accepted.filter((t) => !passesCoverageGate(gate, { text: t }))).toEqual([]);
    const named = texts.filter((t) => hasCoreTerm(t) || namesAParty(t));
    expect(named.filter((t) => !passesCoverageGate(gate, { text: t }))).toEqual([]);
  });

  it('passes every fixture text in which the full scan finds a core term', () => {
    const texts = [
      ...textsIn(new URL('../../../../assets/seeds/', import.meta.url)),
      ...textsIn(new URL('../../../fixtures/heldout/', import.meta.url)),
      ...textsIn(new URL('../../../fixtures/coverage/', import.meta.url)),
    ];
    const missed = texts.filter((t) => hasCoreTerm(t) && !passesCoverageGate(gate, { text: t }));
    expect(texts.length).toBeGreaterThan(30);
    expect(missed).toEqual([]);
  });

  it('looks at the title and the URL too', () => {
    expect(passesCoverageGate(gate, { text: 'Clashes overnight.', title: 'Artsakh under fire' })).toBe(true);
    expect(
      passesCoverageGate(gate, {
        text: 'Clashes overnight.',
        url: 'https://x.test/nagorno-karabakh-clashes',
      }),
    ).toBe(true);
    expect(
      passesCoverageGate(gate, {
        text: 'Clashes in Idlib overnight.',
        title: 'Syria',
        url: 'https://x.test/syria',
      }),
    ).toBe(false);
  });
});
