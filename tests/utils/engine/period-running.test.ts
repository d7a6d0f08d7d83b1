/**
 * Running totals in every language: a count "since the aggression began" or a toll that "rose to"
 * a number is a tally from the fighting's first day to the article's. Our own sentences, published
 * on 11 October 2020.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

const SO_FAR = '2020-09-27/2020-10-11';

function periods(text: string, lang: string): (string | null)[] {
  return extractFigures(text, { lang, publishedDate: '2020-10-11' })
    .filter((f) => f.metric !== null)
    .map((f) => f.period);
}

const CASES: [lang: string, text: string][] = [
  ['en', 'Since the aggression began, 43 Azerbaijani civilians have been killed.'],
  ['en', 'The number of Armenian soldiers killed has risen to 540, the ministry said.'],
  ['en', 'The death toll among Armenian servicemen has climbed to 540.'],
  ['ru', 'С начала агрессии погибли 43 мирных жителя Азербайджана.'],
  ['ru', 'С момента начала боевых действий погибли 43 мирных жителя.'],
  ['ru', 'Число погибших армянских военнослужащих возросло до 540.'],
  ['de', 'Seit dem Beginn der Gefechte wurden 43 Zivilisten getötet.'],
  ['de', 'Die Zahl der getöteten armenischen Soldaten stieg auf 540.'],
  ['fr', 'Le bilan des soldats arméniens tués s’élève à 540.'],
  ['fr', 'Depuis la reprise des combats, 43 civils ont été tués.'],
  ['it', 'Il bilancio dei soldati armeni uccisi è salito a 540.'],
  ['it', 'Dalla ripresa delle ostilità 43 civili sono stati uccisi.'],
  ['tr', 'Ermenistan saldırılarının başlamasından bu yana 43 sivil hayatını kaybetti.'],
  ['tr', "Hayatını kaybeden sivil sayısı 43'e yükseldi."],
  ['az', 'Təxribat nəticəsində sentyabrın 27-dən indiyədək 43 mülki şəxs həlak olub.'],
  ['az', 'Həlak olan mülki şəxslərin sayı 43-ə çatıb.'],
  ['hy', 'Զոհերի թիվը հասել է 540-ի։'],
];

/** A tally from the fighting's start, the day it started named right after ("… began, on 27 September"). */
const STARTED_ON: [lang: string, text: string][] = [
  ['it', "Dall'inizio dei combattimenti il 27 settembre sono morti 350 soldati armeni."],
  ['fr', 'Depuis le début de la guerre, le 27 septembre, 350 soldats arméniens ont été tués.'],
  ['ru', 'С начала войны 27 сентября погибли 350 армянских военнослужащих.'],
  ['de', 'Seit Beginn des Krieges am 27. September wurden 350 armenische Soldaten getötet.'],
];

/** "Since the war began" written with a verb's participle (tr "başladığından", az "başlayandan"). */
const SINCE_IT_BEGAN: [lang: string, text: string][] = [
  ['tr', 'Çatışmalar başladığından bu yana 350 Ermeni asker öldürüldü.'],
  ['az', 'Müharibə başlayandan bəri 350 erməni hərbçisi məhv edilib.'],
];

describe('running totals', () => {
  it.each([...STARTED_ON, ...SINCE_IT_BEGAN])('%s: %s', (lang, text) => {
    expect(periods(text, lang)).toEqual([SO_FAR]);
  });

  it.each(CASES)('%s: %s', (lang, text) => {
    expect(periods(text, lang)).toEqual([SO_FAR]);
  });

  it('reads a rise "by" a count: the rise is the day’s, the total after it the running one', () => {
    expect(periods('Die Zahl der getöteten armenischen Soldaten stieg um 31 auf 710.', 'de')).toEqual([
      '2020-10-11',
      SO_FAR,
    ]);
    expect(periods('The number of Armenian soldiers killed rose by 31 to 710.', 'en')).toContain(SO_FAR);
  });

  it('reads a tally’s start across the full stop of a German ordinal day ("am 27. September")', () => {
    const text =
      'Die Gefechte dauerten an. Laut den Behörden wurden seit Beginn der Gefechte am 27. September bislang 58 Zivilisten getötet.';
    expect(periods(text, 'de')).toEqual([SO_FAR]);
  });

  it('ends a tally "by Friday" on that Friday, but not "by Friday’s shelling"', () => {
    expect(periods('By Friday, 400 Armenian soldiers had been killed.', 'en')).toEqual([
      '2020-09-27/2020-10-09',
    ]);
    expect(periods('Bis Freitag wurden 400 armenische Soldaten getötet.', 'de')).toEqual([
      '2020-09-27/2020-10-09',
    ]);
    expect(periods("Five civilians were killed by Friday's shelling.", 'en')).toEqual(['2020-10-09']);
  });
});
