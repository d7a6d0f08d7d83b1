/**
 * More names of the wars, in every language, read as their period whatever day the article was
 * published: the war of 1992–94, the "six-week" war, the 2016 flare-up, the one-day offensive of
 * 2023. Our own sentences, published long after.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

function periods(text: string, lang: string): (string | null)[] {
  return extractFigures(text, { lang, publishedDate: '2024-02-01' })
    .filter((f) => f.metric !== null)
    .map((f) => f.period);
}

const FIRST_WAR = '1988/1994';
const APRIL_2016 = '2016-04';
const WAR_2020 = '2020-09-27/2020-11-10';
const OFFENSIVE_2023 = '2023-09-19/2023-09-20';

const CASES: [lang: string, text: string, period: string][] = [
  ['en', 'During the 1991-94 war, some 25,000 people were killed.', FIRST_WAR],
  ['en', 'In the 2016 flare-up, 90 Armenian soldiers were killed.', APRIL_2016],
  ['en', 'In the fall 2020 war, 3,700 Armenian soldiers were killed.', WAR_2020],
  ['ru', 'В ходе шестинедельной войны погибли 3700 армянских военнослужащих.', WAR_2020],
  ['ru', 'В ходе однодневной войны погибли 190 армянских военнослужащих.', OFFENSIVE_2023],
  ['ru', 'В ходе сентябрьского наступления 2023 года погибли 190 армянских военнослужащих.', OFFENSIVE_2023],
  ['de', 'Im sechswöchigen Krieg wurden 3700 armenische Soldaten getötet.', WAR_2020],
  ['de', 'Bei der eintägigen Offensive wurden 190 armenische Soldaten getötet.', OFFENSIVE_2023],
  ['fr', 'Pendant la guerre de six semaines, 3700 soldats arméniens ont été tués.', WAR_2020],
  ['fr', "Lors de l'offensive éclair de 2023, 190 soldats arméniens ont été tués.", OFFENSIVE_2023],
  ['it', 'Nella guerra di sei settimane morirono 3700 soldati armeni.', WAR_2020],
  ['it', "Nell'offensiva di un giorno morirono 190 soldati armeni.", OFFENSIVE_2023],
  ['tr', "2023'teki askeri operasyonda 190 Ermeni askeri öldü.", OFFENSIVE_2023],
  ['tr', 'Bir günlük operasyonda 190 Ermeni askeri öldü.', OFFENSIVE_2023],
  ['az', '2020-ci ilin müharibəsində 2900 hərbçi şəhid olub.', WAR_2020],
  ['az', 'Birgünlük əməliyyatda 190 hərbçi şəhid olub.', OFFENSIVE_2023],
  ['hy', '2023 թվականի սեպտեմբերյան հարձակման ժամանակ զոհվել է 190 զինծառայող։', OFFENSIVE_2023],
];

describe('names of the wars', () => {
  it.each(CASES)('%s: %s', (lang, text, period) => {
    expect(periods(text, lang)).toEqual([period]);
  });
});
