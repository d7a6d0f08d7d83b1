/**
 * German names one civilian by an article before "Mann" or "Junge" ("Ein Mann wurde getötet",
 * "ein Junge wurde verletzt"), while "200 Mann" with no article stays the troops a unit counts.
 * "Mann" is in the civilian and the soldier lists; "ein … Mann" marks the sentence civilian so the
 * civilian reading wins the tie. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'de' }).map(
    (f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`,
  );

describe('German: one man or boy', () => {
  it.each([
    ['Bei einem Raketenangriff auf Gandscha wurde ein Mann getötet.', '1 civilians_killed AZ -'],
    ['Ein 60-jähriger Mann wurde in Stepanakert getötet.', '1 civilians_killed ARM -'],
    ['Ein junger Mann wurde in Barda verletzt.', '1 civilians_injured AZ -'],
    [
      'Ein Junge wurde in Stepanakert getötet, teilte der armenische Menschenrechtsbeauftragte mit.',
      '1 civilians_killed ARM ARM',
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it.each([
    [
      'Die Armee verlor 200 Mann, teilte das armenische Verteidigungsministerium mit.',
      ['200 soldiers_killed ARM ARM'],
    ],
    ['Zwei junge Soldaten wurden getötet.', ['2 soldiers_killed null -']],
    ['Ein Mann aus Barda sagte, er habe den Angriff gesehen.', []],
  ])('still: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
