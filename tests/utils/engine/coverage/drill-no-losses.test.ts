import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/**
 * Military exercises name troops, tanks and artillery, and often the neighbour that objects: without
 * a word of losses that is a drill, not a report of the fighting (war.ts, the exercise group).
 */
describe('detectCoverage: drills with no losses are no report of the fighting', () => {
  it.each([
    [
      'en',
      'Azerbaijani and Turkish troops began joint exercises near Baku on Monday, with 3,000 soldiers, tanks and artillery. The drills will last a week. Armenia called the manoeuvres a threat to regional stability.',
    ],
    [
      'ru',
      'Армия Армении начала командно-штабные учения, в которых задействованы 7 тысяч военнослужащих, танки и артиллерия. В Баку заявили, что следят за учениями у границы Азербайджана.',
    ],
  ])('%s: keeps out drills one party objects to', (lang, text) => {
    const result = detectCoverage({ text, lang });
    expect(result.evidence.map((e) => e.cue)).not.toContain('armenia_azerbaijan_war');
    expect(result.isCoverage).toBe(false);
  });

  it('still reads drills begun after a deadly clash as coverage', () => {
    const text = [
      'Azerbaijan began large-scale military exercises on Sunday, hours after a clash on the border with Armenia killed two of its soldiers.',
      'The defence ministry said Armenian troops had shelled its positions near Tovuz.',
    ].join(' ');
    expect(detectCoverage({ text, lang: 'en' }).isCoverage).toBe(true);
  });
});
