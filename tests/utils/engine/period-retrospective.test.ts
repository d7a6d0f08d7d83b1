/**
 * Articles that look back ("five years ago", "Минуло пять лет", "beş il ötür"): a figure of the
 * past event counts the time the text last named for it (its date with the year, an era), or
 * stays unknown; never the article's own day. Figures the text dates itself keep their own time.
 * Our own sentences, published on the fifth anniversary.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

const PUBLISHED = '2025-10-11';

function periods(text: string, lang: string): (string | null)[] {
  return extractFigures(text, { lang, publishedDate: PUBLISHED })
    .filter((f) => f.metric !== null)
    .map((f) => f.period);
}

/** Per language: the anniversary line, the event's full date, then an uncued toll. */
const REPORTS: [lang: string, text: string][] = [
  [
    'en',
    'Five years ago, a missile hit a quiet street in Ganja.\n\nIt struck on 11 October 2020 at night.\n\nEleven civilians were killed.',
  ],
  [
    'ru',
    'Минуло пять лет со дня ракетного удара по Гяндже.\n\nРакета попала в дома 11 октября 2020 года.\n\nПогибли 11 мирных жителей.',
  ],
  [
    'de',
    'Vor fünf Jahren traf eine Rakete ein Wohnviertel in Gandscha.\n\nSie schlug am 11. Oktober 2020 ein.\n\nElf Zivilisten wurden getötet.',
  ],
  [
    'fr',
    'Il y a cinq ans, un missile frappait un quartier de Gandja.\n\nC’était le 11 octobre 2020.\n\nOnze civils ont été tués.',
  ],
  [
    'it',
    'Cinque anni fa un missile colpì un quartiere di Ganja.\n\nEra l’11 ottobre 2020.\n\nUndici civili sono stati uccisi.',
  ],
  [
    'tr',
    'Beş yıl önce bir füze Gence’de bir mahalleyi vurdu.\n\nSaldırı 11 Ekim 2020’de gece yapıldı.\n\nSaldırıda 11 sivil hayatını kaybetti.',
  ],
  [
    'az',
    'Gəncəyə raket zərbəsindən beş il ötür.\n\nZərbə 2020-ci il oktyabrın 11-də gecə endirildi.\n\nNəticədə 11 mülki şəxs həlak olub.',
  ],
  [
    'hy',
    'Հինգ տարի առաջ հրթիռը հարվածեց Գյանջայի թաղամասին։\n\nԴա եղավ 2020 թ. հոկտեմբերի 11-ին։\n\nԶոհվել է 11 խաղաղ բնակիչ։',
  ],
];

describe('articles that look back', () => {
  it.each(REPORTS)('%s: an uncued toll counts the event day the text named', (lang, text) => {
    expect(periods(text, lang)).toEqual(['2020-10-11']);
  });

  it('reads a date without a year against the past year the article named', () => {
    const text =
      'Five years ago the city was shelled for days.\n\nOn 11 October 2020 missiles hit the centre.\n\nThey hit it again on 12 October; 11 civilians were killed.';
    expect(periods(text, 'en')).toEqual(['2020-10-12']);
  });

  it('leaves a past toll unknown when the article names no time for it', () => {
    const text = 'Five years ago, missiles hit the city centre at night.\n\nEleven civilians were killed.';
    expect(periods(text, 'en')).toEqual([null]);
  });

  it('carries an era named before the toll', () => {
    const text = 'Five years after the 44-day war, the city remembers.\n\nEleven civilians were killed.';
    expect(periods(text, 'en')).toEqual(['2020-09-27/2020-11-10']);
  });

  it('keeps the present for figures the text dates now', () => {
    const text =
      'Five years after the 44-day war, the region is still mined.\n\nYesterday two civilians were injured by a mine.';
    expect(periods(text, 'en')).toEqual(['2025-10-10']);
  });

  it('does not take a page timestamp line for a look back', () => {
    const text = '5 years ago\n\nEleven civilians were killed in Ganja.';
    expect(periods(text, 'en')).toEqual([PUBLISHED]);
  });

  it('keeps an article written during a fighting a report, whatever background its lead gives', () => {
    const text =
      'Shelling went on in the region, which broke away from Azerbaijan more than 30 years ago.\n\nTwelve civilians were killed in Ganja on Saturday.\n\nNine more civilians were wounded.';
    const figures = extractFigures(text, { lang: 'en', publishedDate: '2020-10-11' })
      .filter((f) => f.metric !== null)
      .map((f) => f.period);
    expect(figures).toEqual(['2020-10-10', '2020-10-11']);
  });
});
