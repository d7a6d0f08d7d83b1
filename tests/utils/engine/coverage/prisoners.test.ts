import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/** Prisoner-of-war stories: the swap itself is a war word, beside the soldiers and both parties. */
describe('detectCoverage: prisoners of war', () => {
  it.each([
    [
      'az',
      'Azərbaycan ilə Ermənistan arasında əsir mübadiləsi həyata keçirilib. Ermənistan 2 azərbaycanlı hərbçini qaytarıb.',
    ],
    ['tr', 'Ermenistan ve Azerbaycan sınırda esir takası yaptı. Beş asker serbest bırakıldı.'],
  ])('reads a swap in %s', (lang, text) => {
    const result = detectCoverage({ text, lang });
    expect(result.evidence.map((e) => e.cue)).toContain('prisoners of war');
    expect(result.isCoverage).toBe(true);
  });

  it.each([
    ['en', 'Armenia and Azerbaijan: four POWs were returned.'],
    ['fr', "L'Arménie et l'Azerbaïdjan: quatre prisonniers de guerre libérés."],
    ['it', "L'Armenia e l'Azerbaigian: scambio di prigionieri al confine."],
    ['hy', 'Հայաստան և Ադրբեջան։ Չորս ռազմագերիներ վերադարձվել են։'],
    ['ru', 'Армения и Азербайджан: обмен пленными на границе.'],
  ])('finds the word in %s', (lang, text) => {
    // With tanks beside them, the text reports the fighting and lists its war words.
    const result = detectCoverage({ text: `${text} Tanks, танки, chars, carri armati, տանկեր.`, lang });
    expect(result.evidence.map((e) => e.cue)).toContain('prisoners of war');
  });
});
