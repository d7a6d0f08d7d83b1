/**
 * A party's losses counted in people ("Azerbaijan's losses were about 1,000 people") are its
 * soldiers, as in Russian; civilian losses stay civilians. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} ${f.side ?? '-'}`);

describe('losses counted in people', () => {
  it.each([
    ["Yerevan said Azerbaijan's losses were about 1,500 people.", '1500 soldiers_killed AZ'],
    ['Baku said Armenian losses had reached 2,200 people.', '2200 soldiers_killed ARM'],
    ['The Karabakh army put Azerbaijani losses at 800 people.', '800 soldiers_killed AZ'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('keeps civilian losses civilians', () => {
    expect(read('Baku said civilian losses in Tartar had reached 19 people.')).toEqual([
      '19 civilians_killed AZ',
    ]);
  });
});
