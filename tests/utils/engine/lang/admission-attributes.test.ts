/**
 * A verb that admits a loss also names who speaks, in every language: "Минобороны Азербайджана
 * признаёт гибель 12 военнослужащих", "Bakou admet la mort de 12 soldats". The admitted loss is
 * the speaker's own. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

describe('an admission attributes', () => {
  it.each([
    [
      'ru',
      'Минобороны Азербайджана признаёт гибель 8 военнослужащих.',
      figure(8, 'exact', 'soldiers_killed', 'AZ', 'az_mod'),
    ],
    ['fr', 'Bakou admet la mort de 8 soldats.', figure(8, 'exact', 'soldiers_killed', 'AZ', 'az_gov')],
    [
      'de',
      'Das armenische Verteidigungsministerium räumte den Tod von 8 Soldaten ein.',
      figure(8, 'exact', 'soldiers_killed', 'ARM', 'arm_mod'),
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(claimantBriefs(lang)(text)).toEqual([expected]);
  });
});
