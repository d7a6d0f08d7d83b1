import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';
import { compileCoverageGate, passesCoverageGate } from '../../../../utils/engine/coverage/gate';
import { defaultPackData } from '../../../../utils/engine/topic-pack';

/** Italian inflects the adjective of Azerbaijan as azero, azera, azeri, azere. */
describe('detectCoverage: the parties in their inflected forms', () => {
  it('reads an Italian report on shelling that says "azero" for the one party', () => {
    const text =
      "L'esercito azero ha bombardato le posizioni armene nella notte: tre soldati sono stati uccisi.";
    const result = detectCoverage({ text, lang: 'it' });
    expect(result.evidence.map((e) => e.cue)).toContain('Azerbaijan');
    expect(result.isCoverage).toBe(true);
  });

  it.each(['azero', 'azera', 'azere'])('passes the gate with only "%s"', (word) => {
    const gate = compileCoverageGate(defaultPackData.coverageGate);
    expect(passesCoverageGate(gate, { text: `la delegazione ${word} a Roma` })).toBe(true);
  });
});
