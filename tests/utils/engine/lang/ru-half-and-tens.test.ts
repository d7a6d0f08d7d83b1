/**
 * Russian counts in halves and tens: "полторы тысячи" (1,500), "полутора тысяч", "полтора десятка"
 * (15), "два десятка" (20); "десятки" alone stays vague. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const values = (text: string) => extractFigures(text, { lang: 'ru' }).map((f) => `${f.value} ${f.qualifier}`);

describe('Russian halves and tens', () => {
  it.each([
    ['Погибли полторы тысячи военнослужащих.', '1500 exact'],
    ['Ранены порядка полутора тысяч мирных жителей.', '1500 about'],
    ['Погибли полтора десятка военнослужащих.', '15 exact'],
    ['Ранены два десятка мирных жителей.', '20 exact'],
    ['Погибли десятки военнослужащих.', 'null vague'],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual([expected]);
  });
});
