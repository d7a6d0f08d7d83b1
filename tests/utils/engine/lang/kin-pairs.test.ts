/**
 * Relatives counted as a pair with an age or a word for one of them ("a 70-year-old man and his
 * wife", "a woman and her 8-year-old son") count two, and plural kin ("her two grandchildren") are
 * civilians. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('relatives counted together', () => {
  it.each([
    [
      'Shelling of Tartar killed a 62-year-old man and his wife.',
      '2 civilians_killed [a 62-year-old man and his wife]',
    ],
    [
      'Shelling of Martuni injured a woman and her 9-year-old son.',
      '2 civilians_injured [a woman and her 9-year-old son]',
    ],
    [
      'Shelling of Martuni injured an elderly man and his grandson.',
      '2 civilians_injured [an elderly man and his grandson]',
    ],
    ['Shelling of Martuni injured her three grandchildren.', '3 civilians_injured [three grandchildren]'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('reads the men of a sentence that counts a pair as civilians', () => {
    expect(read('Shelling of Tartar killed a mother and her son and wounded 3 men.')).toEqual([
      '2 civilians_killed [a mother and her son]',
      '3 civilians_injured [3 men]',
    ]);
    expect(read('Shelling of Tartar wounded 3 men.')).toEqual(['3 soldiers_wounded [3 men]']);
  });

  it('still counts one person with an age alone', () => {
    expect(read('Shelling of Tartar killed a 62-year-old man.')).toEqual([
      '1 civilians_killed [a 62-year-old man]',
    ]);
  });
});
