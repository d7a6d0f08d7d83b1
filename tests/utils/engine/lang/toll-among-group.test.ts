/**
 * A toll naming its group after it in the plural ("the toll among Armenian troops stands at 874")
 * counts that group. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('a toll among a plural group', () => {
  it('counts troops', () => {
    expect(read('The death toll among Karabakh troops has reached 655.')).toEqual([
      '655 soldiers_killed ARM',
    ]);
  });

  it('counts civilians', () => {
    expect(read('The toll among civilians in Barda rose to 27.')).toEqual(['27 civilians_killed AZ']);
  });
});
