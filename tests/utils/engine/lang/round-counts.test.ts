/**
 * French and Italian say a round count with an article as "about" that many: "une vingtaine de
 * civils" is about twenty, "un centinaio di civili" about a hundred, and a qualifier before says
 * more ("plus d'une centaine" is more than a hundred). Their plurals ("des dizaines", "decine")
 * stay vague counts. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

describe('round counts said as "about"', () => {
  it.each([
    [
      'fr',
      'Une dizaine de soldats ont été tués près de Martouni.',
      figure(10, 'about', 'soldiers_killed', null),
    ],
    ['fr', 'Une vingtaine de civils ont été tués.', figure(20, 'about', 'civilians_killed', null)],
    [
      'fr',
      "Plus d'une centaine de civils ont été blessés.",
      figure(100, 'more_than', 'civilians_injured', null),
    ],
    ['fr', 'Des dizaines de soldats ont été tués.', figure(null, 'vague', 'soldiers_killed', null)],
    ['it', 'Una decina di soldati sono stati uccisi.', figure(10, 'about', 'soldiers_killed', null)],
    ['it', 'Un centinaio di civili sono rimasti feriti.', figure(100, 'about', 'civilians_injured', null)],
    ['it', 'Decine di soldati sono stati uccisi.', figure(null, 'vague', 'soldiers_killed', null)],
  ])('%s: %s', (lang, text, expected) => {
    expect(claimantBriefs(lang)(text)).toEqual([expected]);
  });

  it('keeps the side and speaker of the sentence', () => {
    expect(
      claimantBriefs('fr')(
        "L'armée arménienne affirme avoir tué une cinquantaine de soldats azerbaïdjanais.",
      ),
    ).toEqual([figure(50, 'about', 'soldiers_killed', 'AZ', 'arm_mod')]);
  });
});
