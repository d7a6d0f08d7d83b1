import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/**
 * Words two languages share (militari in Italian and German, armée and soldats in French and German,
 * bombardé in French and English): the page's own language must count them, whichever language's
 * list holds the same word first.
 */
describe('detectCoverage: war words another language also lists', () => {
  it('counts "militari" in an Italian report on a prisoner swap', () => {
    const text = [
      "L'Azerbaigian ha liberato sei prigionieri di guerra armeni catturati durante la guerra del 2020.",
      "In cambio l'Armenia ha consegnato due militari azeri.",
      'Lo scambio è stato presentato come un passo verso un trattato di pace.',
    ].join('\n');
    const result = detectCoverage({ text, lang: 'it' });
    expect(result.evidence.map((e) => e.cue)).toContain('troops');
    expect(result.isCoverage).toBe(true);
  });

  it('counts "armée", "soldats" and "bombardé" in a French ministry statement', () => {
    const text = [
      "Le ministère arménien de la Défense a accusé l'armée azerbaïdjanaise d'avoir bombardé des positions près de Jermuk.",
      'Trois soldats arméniens ont été tués, selon Erevan.',
      "Bakou affirme avoir riposté à une provocation de l'adversaire.",
    ].join('\n');
    const result = detectCoverage({ text, lang: 'fr' });
    const cues = result.evidence.map((e) => e.cue);
    expect(cues).toEqual(expect.arrayContaining(['troops', 'shelling']));
    expect(result.isCoverage).toBe(true);
  });

  it('counts "atəşə tutub" and "ordusu" in an Azerbaijani text though Turkish lists them too', () => {
    const text = 'Ermənistan ordusu gecə Tərtər istiqamətində Azərbaycan mövqelərini atəşə tutub.';
    const cues = detectCoverage({ text, lang: 'az' }).evidence.map((e) => e.cue);
    expect(cues).toEqual(expect.arrayContaining(['troops', 'shelling']));
  });

  it('still reads every language on a page whose language is unknown', () => {
    const text = "In cambio l'Armenia ha consegnato due militari azeri dopo la guerra.";
    expect(detectCoverage({ text }).evidence.map((e) => e.cue)).toContain('troops');
  });
});
