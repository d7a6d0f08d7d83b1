import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/** German writes the region as Arzach and its war words as compound tails (Blitzoffensive, Drohnenangriff). */
describe('detectCoverage: German spellings and compounds', () => {
  it('reads Arzach as the region', () => {
    const result = detectCoverage({ text: 'Die Republik Arzach löst sich zum Jahresende auf.', lang: 'de' });
    expect(result.evidence.map((e) => e.cue)).toContain('Artsakh');
  });

  it('reads a short report on the offensive that says Arzach', () => {
    const text = [
      'Die Führung der selbst ernannten Republik Arzach hat ihre Auflösung zum Jahresende angekündigt.',
      'Zuvor hatte die aserbaidschanische Armee das Gebiet in einer Blitzoffensive eingenommen.',
      'Zehntausende Menschen haben die Region bereits verlassen.',
    ].join('\n');
    const result = detectCoverage({ text, lang: 'de' });
    expect(result.evidence.map((e) => e.cue)).toContain('offensive');
    expect(result.isCoverage).toBe(true);
  });

  it.each([
    ['Drohnenangriffe', 'offensive'],
    ['Granatbeschuss', 'shelling'],
    ['Grenzgefechte', 'fighting'],
    ['Todesopfer', 'casualties'],
  ])('finds %s', (word, cue) => {
    const text = `Armenien und Aserbaidschan: Panzer und Truppen an der Grenze, ${word} gemeldet.`;
    expect(detectCoverage({ text, lang: 'de' }).evidence.map((e) => e.cue)).toContain(cue);
  });
});
