/**
 * Russian reports a wounding or a death as a noun after "о": "сообщило о ранении 20
 * военнослужащих", "о смерти пяти военнослужащих". Like "о гибели", the noun is the loss of the
 * people counted, so with no side word of their own they are the speaker's; a side word or "the
 * enemy" still decides. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'ru' }).map(
    (f) => `${f.value} ${f.metric} ${f.side ?? '-'} ${f.claimant?.party ?? '-'}`,
  );

describe('ru: a wounding or death noun before the count', () => {
  it.each([
    ['Минобороны Азербайджана сообщило о ранении 20 военнослужащих.', '20 soldiers_wounded AZ AZ'],
    ['Минобороны Армении сообщило о ранениях 12 военнослужащих.', '12 soldiers_wounded ARM ARM'],
    ['Армия обороны Карабаха сообщила о смерти пяти военнослужащих.', '5 soldiers_killed ARM NK'],
  ])('the speaker’s own: %s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it.each([
    ['Минобороны Азербайджана сообщило о ранении 20 армянских военнослужащих.', '20 soldiers_wounded ARM AZ'],
    ['Минобороны Армении сообщило об уничтожении 5 военнослужащих противника.', '5 soldiers_killed AZ ARM'],
    ['Генпрокуратура Азербайджана сообщила о ранении семи мирных жителей.', '7 civilians_injured AZ AZ'],
  ])('a side word still decides: %s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
