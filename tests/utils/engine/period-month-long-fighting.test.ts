/**
 * A count with no time cue, in an article written during a fighting known only by its month (April
 * 2016), after its first day: the fighting's month, as a ministry's tally already is. On the first
 * day, or after the month, the article's day. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

const periods = (lang: string, text: string, publishedDate: string) =>
  extractFigures(text, { lang, publishedDate }).map((f) => `${f.value} ${f.period}`);

describe('an uncued count during a fighting known by its month', () => {
  it.each([
    ['it', 'Sette carri armati armeni sono stati distrutti.', '7 2016-04'],
    ['fr', 'Huit chars arméniens ont été détruits.', '8 2016-04'],
    ['ru', 'Уничтожены девять армянских танков.', '9 2016-04'],
    ['en', 'Ten Armenian tanks were destroyed.', '10 2016-04'],
    ['de', 'Elf armenische Panzer wurden zerstört.', '11 2016-04'],
  ])('%s: %s', (lang, text, expected) => {
    expect(periods(lang, text, '2016-04-04')).toEqual([expected]);
  });

  it('keeps the article’s day on the fighting’s first day and after its month', () => {
    expect(periods('it', 'Sette carri armati armeni sono stati distrutti.', '2016-04-02')).toEqual([
      '7 2016-04-02',
    ]);
    expect(periods('it', 'Sette carri armati armeni sono stati distrutti.', '2016-05-12')).toEqual([
      '7 2016-05-12',
    ]);
  });

  it('counts that month on a page dated only by it', () => {
    expect(periods('it', 'Sette carri armati armeni sono stati distrutti.', '2016-04')).toEqual([
      '7 2016-04',
    ]);
  });

  it('keeps a day the sentence names', () => {
    expect(
      periods('it', 'Il 2 aprile sono stati distrutti sette carri armati armeni.', '2016-04-04'),
    ).toEqual(['7 2016-04-02']);
  });
});
