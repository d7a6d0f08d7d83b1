/**
 * A toll's own words say whose losses it counts ("the death toll among Armenian servicemen rose
 * to", "число погибших военнослужащих Карабаха возросло до"); an attacker named in them does not
 * (sentences written for these tests).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const sides = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('the side of a toll', () => {
  it.each([
    ['en', 'The death toll among Karabakh servicemen has risen to 480.', '480 soldiers_killed ARM'],
    ['ru', 'Число погибших военнослужащих Азербайджана возросло до 95.', '95 soldiers_killed AZ'],
    ['tr', "Ermenistan'da hayatını kaybeden asker sayısı 480'e yükseldi.", '480 soldiers_killed ARM'],
    ['de', 'Die Zahl der getöteten aserbaidschanischen Soldaten stieg auf 95.', '95 soldiers_killed AZ'],
  ])('%s: the owner named in the toll', (lang, text, expected) => {
    expect(sides(lang, text)).toEqual([expected]);
  });

  it('leaves out the attacker named in the toll', () => {
    expect(
      sides('en', 'The civilian death toll from Azerbaijani shelling in Stepanakert rose to 31.'),
    ).toEqual(['31 civilians_killed ARM']);
  });
});
