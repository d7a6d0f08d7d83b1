/**
 * Spans the text bounds: two days of one month ("from 12 to 14 July", "July 12-14"), two full
 * dates ("between 27 September and 10 November"), two days with a slash ("4./5. April"), in every
 * language's order and case endings.
 * Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

function periods(text: string, lang: string, publishedDate: string): (string | null)[] {
  return extractFigures(text, { lang, publishedDate })
    .filter((f) => f.metric !== null)
    .map((f) => f.period);
}

const JULY = ['2020-07-20', '2020-07-12/2020-07-14'] as const;
const APRIL = ['2016-04-10', '2016-04-02/2016-04-05'] as const;
/** Two days written with a slash ("4./5. April"). */
const TWO_DAYS = ['2016-04-10', '2016-04-04/2016-04-05'] as const;
const WAR = ['2020-11-12', '2020-09-27/2020-11-10'] as const;

const CASES: [lang: string, text: string, dates: readonly [string, string]][] = [
  ['en', 'Five Armenian soldiers were killed between July 12 and July 14.', JULY],
  ['en', 'Five Armenian soldiers were killed on July 12-14.', JULY],
  ['en', 'Five Armenian soldiers were killed from July 12 to 14.', JULY],
  ['en', 'From April 2 to April 5, 33 soldiers were killed.', APRIL],
  ['de', 'Zwischen dem 2. und dem 5. April wurden 33 armenische Soldaten getötet.', APRIL],
  ['de', 'Am 4./5. April wurden 33 armenische Soldaten getötet.', TWO_DAYS],
  ['en', 'On 4/5 April, 33 Armenian soldiers were killed.', TWO_DAYS],
  ['ru', '4/5 апреля погибли 33 армянских военнослужащих.', TWO_DAYS],
  ['fr', 'Les 4/5 avril, 33 soldats arméniens ont été tués.', TWO_DAYS],
  ['it', 'Il 4/5 aprile 33 soldati armeni sono stati uccisi.', TWO_DAYS],
  ['fr', 'Entre le 2 et le 5 avril, 33 soldats arméniens ont été tués.', APRIL],
  ['fr', 'Du 27 septembre au 10 novembre, 2790 soldats azerbaïdjanais ont été tués.', WAR],
  ['it', 'Tra il 2 e il 5 aprile 33 soldati armeni sono stati uccisi.', APRIL],
  ['it', 'Dal 27 settembre al 10 novembre 2790 soldati azeri sono stati uccisi.', WAR],
  ['tr', '2 ve 5 Nisan arasında 33 Ermeni asker öldürüldü.', APRIL],
  ['tr', '27 Eylül ile 10 Kasım arasında 2790 Azerbaycan askeri şehit oldu.', WAR],
  ['tr', "27 Eylül'den 10 Kasım'a kadar 2790 Azerbaycan askeri şehit oldu.", WAR],
  ['az', 'Aprelin 2-dən 5-dək 33 erməni əsgəri məhv edilib.', APRIL],
  ['az', 'Sentyabrın 27-dən noyabrın 10-dək 2790 hərbçi şəhid olub.', WAR],
  ['hy', 'Ապրիլի 2-5-ը զոհվել է 33 զինծառայող։', APRIL],
  ['hy', 'Ապրիլի 2-ից 5-ը զոհվել է 33 զինծառայող։', APRIL],
  ['hy', 'Սեպտեմբերի 27-ից նոյեմբերի 10-ը զոհվել է 3810 զինծառայող։', WAR],
];

describe('spans between two days', () => {
  it.each(CASES)('%s: %s', (lang, text, [published, period]) => {
    expect(periods(text, lang, published)).toEqual([period]);
  });

  it('does not read a four-digit figure after a date as its year', () => {
    const text = 'On 10 November, 2790 Azerbaijani soldiers were reported killed.';
    expect(periods(text, 'en', '2020-11-12')).toEqual(['2020-11-10']);
  });

  it('reads a year written before the date it dates', () => {
    expect(periods('2020-ci il sentyabrın 27-də 16 hərbçi şəhid olub.', 'az', '2025-09-27')).toEqual([
      '2020-09-27',
    ]);
    expect(periods('2020 թ. սեպտեմբերի 27-ին զոհվել է 16 զինծառայող։', 'hy', '2025-09-27')).toEqual([
      '2020-09-27',
    ]);
  });
});
