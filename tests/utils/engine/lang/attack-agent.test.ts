/**
 * Civilians hit "in Armenian strikes" were hit by Armenia: an attack noun after "bei", "lors de",
 * "negli", "при" names the attacker, and the civilians are the other side's. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const sides = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.metric} ${f.side}`);

describe('the attacker named by its attack', () => {
  it.each([
    ['de', 'Bei aserbaidschanischem Beschuss wurden 7 Zivilisten verletzt.', 'civilians_injured ARM'],
    ['fr', 'Lors de frappes arméniennes, 7 civils ont été tués.', 'civilians_killed AZ'],
    ['it', 'Negli attacchi armeni sono stati uccisi 7 civili.', 'civilians_killed AZ'],
    ['ru', 'При армянском обстреле погибли 7 мирных жителей.', 'civilians_killed AZ'],
  ])('%s: %s', (lang, text, expected) => {
    expect(sides(lang, text)).toEqual([expected]);
  });
});
