import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';
import { compileCoverageGate, passesCoverageGate } from '../../../../utils/engine/coverage/gate';
import { defaultPackData } from '../../../../utils/engine/topic-pack';

const gate = compileCoverageGate(defaultPackData.coverageGate);

/** The Lachin corridor names this conflict alone, in every language. */
describe('detectCoverage: the Lachin corridor', () => {
  it('reads a short Russian report on the closed corridor', () => {
    const text = [
      'Лачинский коридор остаётся перекрытым уже третью неделю, сообщают жители Степанакерта.',
      'В магазинах не хватает продуктов и лекарств, топливо выдают по талонам.',
      'Российские миротворцы пока не смогли восстановить движение по дороге.',
    ].join('\n');
    const result = detectCoverage({ text, lang: 'ru' });
    expect(result.evidence.map((e) => e.cue)).toContain('Lachin corridor');
    expect(result.isCoverage).toBe(true);
  });

  it.each([
    ['en', 'Trucks queued at the Lachin corridor again.'],
    ['de', 'Lastwagen stauten sich am Latschin-Korridor.'],
    ['fr', 'Des camions attendent au corridor de Latchine.'],
    ['it', 'Camion in coda al corridoio di Lachin.'],
    ['tr', 'Kamyonlar Laçın koridorunda bekliyor.'],
    ['az', 'Yük maşınları Laçın dəhlizində gözləyir.'],
    ['hy', 'Բեռնատարները սպասում են Լաչինի միջանցքում։'],
  ])('finds it in %s, and the page passes the gate', (lang, text) => {
    expect(detectCoverage({ text, lang }).evidence.map((e) => e.cue)).toContain('Lachin corridor');
    expect(passesCoverageGate(gate, { text })).toBe(true);
  });
});
