/**
 * Era words in every language: a figure of a past war counts that war's period, whatever day the
 * article was published. Fixtures are our own sentences, published long after the wars.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

const PUBLISHED = '2022-06-01';
const FIRST_WAR = '1988/1994';
const WAR_2020 = '2020-09-27/2020-11-10';

function periods(text: string, lang: string): (string | null)[] {
  return extractFigures(text, { lang, publishedDate: PUBLISHED })
    .filter((f) => f.metric !== null)
    .map((f) => f.period);
}

const CASES: [lang: string, text: string, period: string][] = [
  ['en', 'Roughly 25,000 people died in the war of the 1990s, historians say.', FIRST_WAR],
  ['en', 'Roughly 25,000 people were killed in the conflict that ended in 1994.', FIRST_WAR],
  ['ru', 'В войне начала 90-х погибли около 25 тысяч человек.', FIRST_WAR],
  ['ru', 'Во время Отечественной войны погибли 2900 азербайджанских военнослужащих.', WAR_2020],
  ['de', 'Im Krieg Anfang der Neunzigerjahre wurden rund 25.000 Menschen getötet.', FIRST_WAR],
  ['de', 'Im Krieg 2020 wurden 3800 armenische Soldaten getötet.', WAR_2020],
  ['de', 'Im Viertagekrieg wurden 92 armenische Soldaten getötet.', '2016-04'],
  ['it', 'Durante la guerra di 44 giorni morirono 3800 soldati armeni.', WAR_2020],
  ['tr', '44 gün süren savaşta 2900 Azerbaycan askeri şehit oldu.', WAR_2020],
  ['tr', '2020 yılındaki savaşta 2900 Azerbaycan askeri şehit oldu.', WAR_2020],
  ['az', 'İkinci Qarabağ müharibəsi zamanı 2900 hərbçi şəhid olub.', WAR_2020],
  // "44 günlük müharibə" holds the four-day war's "4 günlük müharibə": the number is 44, not 4.
  ['az', '44 günlük müharibədə 2900 hərbçi şəhid olub.', WAR_2020],
  ['az', '4 günlük müharibədə 90 hərbçi şəhid olub.', '2016-04'],
  ['tr', '44 gün savaşında 2900 Azerbaycan askeri şehit oldu.', WAR_2020],
  ['hy', '2020 թվականի պատերազմում զոհվել է 3800 զինծառայող։', WAR_2020],
];

describe('era words', () => {
  it.each(CASES)('%s: %s', (lang, text, period) => {
    expect(periods(text, lang)).toEqual([period]);
  });

  it('does not read the Great Patriotic War (1941–45) as the 2020 war', () => {
    const text = 'Во время Великой Отечественной войны погибли 2900 азербайджанских военнослужащих.';
    expect(periods(text, 'ru')).not.toContain(WAR_2020);
  });
});
