/**
 * "погибли 5 мирных жителей Азербайджана": the country named right after the civilians owns them,
 * whoever speaks and wherever they were; an attacker after them ("от обстрела армянской армии")
 * still places them by the attack. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const sides = (text: string) =>
  extractFigures(text, { lang: 'ru' }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('Russian: the owner named after the civilians', () => {
  it('places civilians by the country after them', () => {
    expect(sides('Генпрокуратура сообщила, что погибли 5 мирных жителей Азербайджана.')).toEqual([
      '5 civilians_killed AZ',
    ]);
    expect(sides('Прокуратура сообщила, что ранены 8 мирных жителей Армении.')).toEqual([
      '8 civilians_injured ARM',
    ]);
  });
});
