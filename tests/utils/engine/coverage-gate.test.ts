/**
 * The cheap first test never turns away a text in which the full scan finds a
 * core term: every spelling, every fixture text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../utils/engine/coverage-fold';
import { compileCoverageGate, passesCoverageGate } from '../../../utils/engine/coverage-gate';
import { compileCoverage, scanHits } from '../../../utils/engine/coverage-patterns';
import { defaultPackData } from '../../../utils/engine/topic-pack';

const gate = compileCoverageGate(defaultPackData.coverageGate);
const core = compileCoverage(defaultPackData).core;
const hasCoreTerm = (text: string) => scanHits(core, foldText(text)).length > 0;

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

  it('passes every fixture text in which the full scan finds a core term', () => {
    const texts = [
      ...textsIn(new URL('../../../assets/seeds/', import.meta.url)),
      ...textsIn(new URL('../../fixtures/heldout/', import.meta.url)),
      ...textsIn(new URL('../../fixtures/coverage/', import.meta.url)),
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
