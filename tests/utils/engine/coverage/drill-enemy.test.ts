import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/**
 * Exercises fight a "conditional enemy": that enemy is the drill's, not the other party, so it
 * neither makes the text a report of the fighting nor counts as evidence.
 */
describe('detectCoverage: the mock enemy of military exercises', () => {
  it.each([
    ['en', 'Azerbaijani troops and tanks held drills near Baku against a conditional enemy.'],
    ['ru', 'На учениях армянские военнослужащие с танками отражали нападение условного противника.'],
    ['az', 'Azərbaycan Ordusunun təlimlərində qoşunlar və tanklar şərti düşmənin hücumunu dəf edib.'],
    ['tr', 'Azerbaycan ordusu tanklarla farazi düşmana karşı tatbikat yaptı.'],
    ['de', 'Aserbaidschanische Truppen übten mit Panzern gegen einen angenommenen Feind.'],
    ['fr', "L'armée azerbaïdjanaise s'entraîne avec des chars contre un ennemi fictif."],
    ['it', "L'esercito azero si è addestrato con carri armati contro un nemico simulato."],
    ['hy', 'Հայկական բանակը տանկերով զորավարժություն է անցկացրել պայմանական հակառակորդի դեմ։'],
  ])('%s: %s', (lang, text) => {
    const result = detectCoverage({ text, lang });
    expect(result.evidence.map((e) => e.cue)).not.toContain('enemy');
    expect(result.evidence.some((e) => e.cue === 'armenia_azerbaijan_war')).toBe(false);
    expect(result.isCoverage).toBe(false);
  });

  it('lowers joint drills that Armenia criticised', () => {
    const text = [
      'Turkish and Azerbaijani troops began joint military exercises near Baku, the Azerbaijani defence ministry said.',
      'About 3,000 soldiers, tanks, helicopters and drones take part in the drills against a conditional enemy.',
      "Armenia's foreign ministry criticised the exercises.",
    ].join('\n');
    const result = detectCoverage({ text, lang: 'en' });
    expect(result.evidence.map((e) => e.cue)).toContain('drill_enemy');
    expect(result.isCoverage).toBe(false);
  });
});
