/**
 * "Минобороны сообщило о гибели военнослужащего": a death, wounding or killing noun before one
 * person in the genitive singular, with no number, counts one (as "о гибели одного
 * военнослужащего" does); a death in the family with no person of the lexicon is no figure.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'ru' }).map(
    (f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`,
  );

describe('ru: "о гибели военнослужащего" counts one', () => {
  it.each([
    [
      'Минобороны Азербайджана сообщило о гибели военнослужащего в результате обстрела.',
      ['1 soldiers_killed AZ AZ'],
    ],
    [
      'Минобороны Азербайджана сообщило о ранении военнослужащего в результате обстрела армянской стороны.',
      ['1 soldiers_wounded AZ AZ'],
    ],
    ['Генпрокуратура Азербайджана сообщила о гибели мирного жителя в Тертере.', ['1 civilians_killed AZ AZ']],
    ['Минобороны Азербайджана сообщило о ранении 20 военнослужащих.', ['20 soldiers_wounded AZ AZ']],
    ['Он рассказал о смерти отца в прошлом году.', []],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
