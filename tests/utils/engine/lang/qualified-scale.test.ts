/**
 * Russian counts a scale word alone after a qualifier ("более миллиона", "около тысячи"): one of
 * its scale. Without a qualifier "тысячи" stays vague (thousands). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'ru' }).map((f) => `${f.value} ${f.qualifier} ${f.metric} [${f.text}]`);

describe('a scale word counted alone', () => {
  it('reads "свыше миллиона" as more than a million', () => {
    expect(read('Свыше миллиона человек стали беженцами.')).toEqual([
      '1000000 more_than displaced [Свыше миллиона человек]',
    ]);
  });

  it('reads "около тысячи" as about a thousand', () => {
    expect(read('Около тысячи жителей покинули свои дома.')).toEqual([
      '1000 about displaced [Около тысячи жителей]',
    ]);
  });

  it('keeps "тысячи" without a qualifier vague', () => {
    expect(read('Тысячи жителей покинули свои дома.').map((f) => f.split(' ')[0])).not.toContain('1000');
  });
});
