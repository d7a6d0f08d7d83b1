import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/**
 * The region's name with war words, but neither party named: the war words count, unless the text
 * names another war (there they describe that war and the name is a comparison).
 */
describe('detectCoverage: war words beside the name when no party is named', () => {
  it('reads a report on the peacekeepers leaving the region', () => {
    const text = [
      'Russian peacekeepers will leave Nagorny Karabakh ahead of schedule, the Kremlin said on Wednesday.',
      'The contingent of about 2,000 troops was deployed under the ceasefire deal that ended the 2020 war.',
      'Its withdrawal began in April and should end within weeks, officials said.',
    ].join('\n');
    const result = detectCoverage({ text, lang: 'en' });
    expect(result.evidence.map((e) => e.cue)).toEqual(expect.arrayContaining(['troops', 'ceasefire']));
    expect(result.isCoverage).toBe(true);
  });

  it('reads a French piece on refugees from the region', () => {
    const text = [
      "Plus de 80 000 Arméniens ont déjà quitté le Haut-Karabakh, selon le gouvernement d'Erevan.",
      'À Goris, la première ville après la frontière, les volontaires distribuent repas et couvertures.',
      'Beaucoup de réfugiés disent ne pas savoir où ils dormiront la semaine prochaine.',
    ].join('\n');
    const result = detectCoverage({ text, lang: 'fr' });
    expect(result.evidence.map((e) => e.cue)).toContain('displaced');
    expect(result.isCoverage).toBe(true);
  });

  it('leaves them out of a report on another war that names the region as a comparison', () => {
    const text = [
      'Russian forces launched more than 80 drones and 12 missiles overnight, hitting power stations in Kharkiv, officials said.',
      'Air defence units shot down most of the drones, the air force said.',
      'Analysts say the war has become a contest of cheap drones, as the 2020 Nagorno-Karabakh war foreshadowed.',
    ].join('\n');
    const result = detectCoverage({ text, lang: 'en' });
    expect(result.evidence.filter((e) => e.kind === 'context')).toEqual([]);
    expect(result.isCoverage).toBe(false);
  });
});
