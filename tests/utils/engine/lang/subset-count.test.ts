/**
 * A count that breaks down the one before it ("13 civilians, including two children") counts the
 * same loss as that one, even when another loss word follows nearer ("…, and injured over 50
 * people"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('a part of the count before it', () => {
  it('reads the children among the dead as dead (en)', () => {
    expect(
      read('en', 'The strike on Tartar killed 9 civilians, including three children, and wounded 27 people.'),
    ).toEqual([
      '9 civilians_killed [9 civilians]',
      '3 civilians_killed [three children]',
      '27 civilians_injured [27 people]',
    ]);
  });

  it('reads the children among the dead as dead (ru)', () => {
    expect(
      read('ru', 'В Тертере погибли 9 мирных жителей, в том числе трое детей, ранены 27 человек.'),
    ).toEqual([
      '9 civilians_killed [9 мирных жителей]',
      '3 civilians_killed [трое детей]',
      '27 civilians_injured [27 человек]',
    ]);
  });

  it('leaves a count after a plain list to its own loss word', () => {
    expect(read('en', 'The strike killed 9 civilians, and 27 people were wounded.')).toEqual([
      '9 civilians_killed [9 civilians]',
      '27 civilians_injured [27 people]',
    ]);
  });
});
