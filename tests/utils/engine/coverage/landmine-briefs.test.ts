import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/**
 * Mines left by the war kill people years later, and a brief on one names a district and the mine,
 * seldom the region: a landmine beside a place of the war weighs as much as the front line does, and
 * Russian briefs say it with the noun's cases and "подорвался".
 */
describe('detectCoverage: landmine briefs after the war', () => {
  it('reads a short Russian mine brief naming a district and Azerbaijan as coverage', () => {
    const text = [
      'В Губадлинском районе Азербайджана на мине подорвался трактор, погиб тракторист, сообщило агентство по разминированию.',
      'После войны 2020 года жертвами мин стали сотни человек.',
    ].join(' ');
    const result = detectCoverage({ text, lang: 'ru' });
    expect(result.evidence.find((e) => e.cue === 'landmines')?.count).toBeGreaterThanOrEqual(3);
    expect(result.isCoverage).toBe(true);
  });
});
