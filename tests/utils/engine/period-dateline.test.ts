/**
 * A page without its publication day: the story's dateline gives the article's day, and its
 * relative words ("yesterday") are read from it. Our own stories.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

function periods(text: string, lang: string, publishedDate: string | null = null): (string | null)[] {
  return extractFigures(text, { lang, publishedDate })
    .filter((f) => f.metric !== null)
    .map((f) => f.period);
}

describe('the dateline’s day', () => {
  it('dates an article the page does not', () => {
    const en = [
      'Karabakh fighting goes on',
      '',
      'BAKU, Oct. 5, 2020 (Reuters) - Azerbaijan said 12 Armenian tanks were destroyed yesterday.',
    ].join('\n');
    expect(periods(en, 'en')).toEqual(['2020-10-04']);
  });

  it('reads a dateline without its year against the article’s month, else names no day', () => {
    const ru = 'ЕРЕВАН, 5 окт – Новости. Вчера погибли 12 армянских военнослужащих.';
    expect(periods(ru, 'ru', '2020-10')).toEqual(['2020-10-04']);
    expect(periods(ru, 'ru')).toEqual([null]);
  });

  it('takes no date from a sentence that opens with a place and a day', () => {
    const en =
      'Tartar, 5 October 2020, saw shelling.\nAzerbaijan said 12 Armenian tanks were destroyed yesterday.';
    expect(periods(en, 'en')).toEqual([null]);
  });

  it('keeps the day the page gives', () => {
    const en = 'BAKU, Oct. 5, 2020 (Reuters) - Azerbaijan said 12 Armenian tanks were destroyed yesterday.';
    expect(periods(en, 'en', '2020-10-07')).toEqual(['2020-10-06']);
  });
});
