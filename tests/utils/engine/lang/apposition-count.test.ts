/**
 * A count named again between commas before its verb ("Two civilians, a man and a woman, were
 * killed") is one figure: the apposition says who the people are and adds no one. A list of
 * counts sharing one verb, with no comma closing it, stays a list. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('a count named again in an apposition', () => {
  it.each([
    [
      'Two civilians, a man and a woman, were killed when a shell hit their house in Tartar.',
      '2 civilians_killed [Two civilians]',
    ],
    [
      'Three servicemen, two officers and a private, were wounded near Hadrut, the ministry said.',
      '3 soldiers_wounded [Three servicemen]',
    ],
    [
      'Four residents, two boys and two girls, were injured in the rocket attack.',
      '4 civilians_injured [Four residents]',
    ],
    [
      'Four civilians — a mother, two children and their grandfather — were killed by a rocket.',
      '4 civilians_killed [Four civilians]',
    ],
    ['Two soldiers (a sergeant and a private) were killed on Monday.', '2 soldiers_killed [Two soldiers]'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('keeps a list of counts that share one verb', () => {
    expect(read('In all, 40 soldiers, 9 reservists and two civilians were killed on Sunday.')).toEqual([
      '40 soldiers_killed [40 soldiers]',
      '9 soldiers_killed [9 reservists]',
      '2 civilians_killed [two civilians]',
    ]);
  });

  it('keeps a part of the count that the apposition names', () => {
    expect(read('Four villagers, including two children, were injured in the shelling.')).toEqual([
      '4 civilians_injured [Four villagers]',
      '2 civilians_injured [two children]',
    ]);
  });
});
