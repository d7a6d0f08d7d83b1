/**
 * A toll's own words name its loss ("число жертв … выросло до 31", "Zahl der getöteten Zivilisten
 * stieg auf 31"): a loss word after the count belongs to the next clause. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric}`);

describe('a toll keeps its own loss', () => {
  it.each([
    ['ru', 'Число жертв среди мирного населения Азербайджана выросло до 43, ранены 190 человек.'],
    ['de', 'Die Zahl der getöteten Zivilisten in Aserbaidschan stieg auf 43, verletzt wurden 190 Menschen.'],
    ['en', 'The civilian death toll in Azerbaijan rose to 43, while 190 people were wounded.'],
  ])('%s: %s', (lang, text) => {
    expect(read(lang, text)).toEqual(['43 civilians_killed', '190 civilians_injured']);
  });

  it('reads a toll of the wounded as wounded', () => {
    expect(read('ru', 'Число раненых мирных жителей выросло до 190, погибли 43 человека.')).toEqual([
      '190 civilians_injured',
      '43 civilians_killed',
    ]);
  });
});
