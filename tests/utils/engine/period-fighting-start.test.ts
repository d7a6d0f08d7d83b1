/**
 * The first days of a fighting, in every language: "on the first day of the war" is its first day,
 * "in the first week of the war" its first seven days, of the fighting the article reports or an era
 * the sentence names; "in the first days of the war" has no end the text gives, and an era without
 * a start day (or an article outside any fighting) leaves them unknown. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

function periods(text: string, lang: string, publishedDate = '2020-10-14'): (string | null)[] {
  return extractFigures(text, { lang, publishedDate })
    .filter((f) => f.metric !== null)
    .map((f) => f.period);
}

const FIRST_WEEK = '2020-09-27/2020-10-03';

const WEEK: [lang: string, text: string][] = [
  ['en', 'In the first week of the war, 200 soldiers were killed.'],
  ['ru', 'В первую неделю войны погибли 200 военнослужащих.'],
  ['de', 'In der ersten Kriegswoche wurden 200 Soldaten getötet.'],
  ['de', 'In der ersten Woche der Kämpfe wurden 200 Soldaten getötet.'],
  ['fr', 'Au cours de la première semaine de guerre, 200 soldats ont été tués.'],
  ['it', 'Nella prima settimana di guerra sono stati uccisi 200 soldati.'],
  ['tr', 'Savaşın ilk haftasında 200 asker hayatını kaybetti.'],
  ['az', 'Müharibənin ilk həftəsində 200 hərbçi həlak olub.'],
  ['hy', 'Պատերազմի առաջին շաբաթում զոհվել է 200 զինծառայող։'],
];

const DAY: [lang: string, text: string][] = [
  ['en', 'On the first day of the fighting, 16 soldiers were killed.'],
  ['ru', 'В первый день войны погибли 16 военнослужащих.'],
  ['de', 'Am ersten Kriegstag wurden 16 Soldaten getötet.'],
  ['fr', 'Le premier jour des combats, 16 soldats ont été tués.'],
  ['it', 'Nel primo giorno di guerra sono stati uccisi 16 soldati.'],
  ['tr', 'Savaşın ilk gününde 16 asker hayatını kaybetti.'],
  ['az', 'Müharibənin ilk günündə 16 hərbçi həlak olub.'],
  ['hy', 'Պատերազմի առաջին օրը զոհվել է 16 զինծառայող։'],
];

const FIRST_DAYS: [lang: string, text: string][] = [
  ['en', 'In the first days of the war, 90 soldiers were killed.'],
  ['ru', 'В первые дни войны погибли 90 военнослужащих.'],
  ['de', 'In den ersten Tagen des Krieges wurden 90 Soldaten getötet.'],
  ['fr', 'Dans les premiers jours de la guerre, 90 soldats ont été tués.'],
  ['it', 'Nei primi giorni di guerra sono stati uccisi 90 soldati.'],
  ['tr', 'Savaşın ilk günlerinde 90 asker hayatını kaybetti.'],
  ['az', 'Müharibənin ilk günlərində 90 hərbçi həlak olub.'],
  ['hy', 'Պատերազմի առաջին օրերին զոհվել է 90 զինծառայող։'],
];

describe("the first days of the article's fighting", () => {
  it.each(WEEK)('%s: the first week is its first seven days: %s', (lang, text) => {
    expect(periods(text, lang)).toEqual([FIRST_WEEK]);
  });

  it.each(DAY)('%s: the first day is its start day: %s', (lang, text) => {
    expect(periods(text, lang)).toEqual(['2020-09-27']);
  });

  it.each(FIRST_DAYS)('%s: "the first days" have no end the text gives: %s', (lang, text) => {
    expect(periods(text, lang)).toEqual([null]);
  });

  it('reads the era the sentence names before the fighting of the article', () => {
    expect(
      periods('In the first week of the 44-day war, 200 soldiers were killed.', 'en', '2025-09-27'),
    ).toEqual([FIRST_WEEK]);
    expect(
      periods('On the first day of the four-day war, 16 soldiers were killed.', 'en', '2020-10-14'),
    ).toEqual(['2016-04-02']);
  });

  it('leaves them unknown outside any fighting, or without the article date', () => {
    expect(periods('In the first week of the war, 200 soldiers were killed.', 'en', '2025-09-27')).toEqual([
      null,
    ]);
    expect(periods('In the first week of the war, 200 soldiers were killed.', 'en', '')).toEqual([null]);
  });
});
