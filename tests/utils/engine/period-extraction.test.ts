/**
 * The period each figure counts, read from its sentence in every language the engine reads.
 * Fixtures are our own short reports, all published on Sunday 11 October 2020.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

const PUBLISHED = '2020-10-11';

function periods(text: string, lang: string, publishedDate: string | null = PUBLISHED) {
  return extractFigures(text, { lang, publishedDate }).map((f) => [f.value, f.metric, f.period]);
}

/** Per language: an explicit day, yesterday, a tally since the fighting began, a weekday. */
const REPORTS: Record<string, [string, string, string, string]> = {
  en: [
    'Armenia said on 27 September that 16 of its soldiers were killed.',
    'Shelling killed three civilians in Tartar yesterday, officials said.',
    'So far 41 Azerbaijani civilians have been killed, the prosecutor said.',
    'The ministry said on Friday that two Azerbaijani drones were shot down.',
  ],
  ru: [
    'Минобороны Армении сообщило, что 27 сентября погибли 16 военнослужащих.',
    'Вчера в Тертере погибли три мирных жителя.',
    'С начала боев погибли 41 мирный житель Азербайджана, сообщила прокуратура.',
    'В пятницу были сбиты два азербайджанских беспилотника, заявили в Минобороны Армении.',
  ],
  de: [
    'Am 27. September wurden 16 armenische Soldaten getötet, teilte das Ministerium mit.',
    'Gestern wurden in Terter drei Zivilisten getötet.',
    'Seit Beginn der Kämpfe wurden insgesamt 41 Zivilisten getötet, hieß es.',
    'Am Freitag wurden zwei aserbaidschanische Drohnen abgeschossen.',
  ],
  fr: [
    'Le 27 septembre, 16 soldats arméniens ont été tués, selon le ministère.',
    'Hier, trois civils ont été tués à Terter.',
    'Au total, 41 civils azerbaïdjanais ont été tués depuis le début des combats.',
    'Vendredi, deux drones azerbaïdjanais ont été abattus, selon Erevan.',
  ],
  it: [
    'Il 27 settembre 16 soldati armeni sono stati uccisi, secondo il ministero.',
    'Ieri tre civili sono stati uccisi a Terter.',
    'Finora 41 civili azeri sono stati uccisi, ha detto la procura.',
    'Venerdì due droni azeri sono stati abbattuti.',
  ],
  tr: [
    '27 Eylül günü 16 Ermeni asker öldürüldü.',
    "Dün Terter'de 3 sivil hayatını kaybetti.",
    'Çatışmaların başlamasından bu yana toplam 41 sivil hayatını kaybetti.',
    'Cuma günü 2 Ermeni İHA düşürüldü.',
  ],
  az: [
    'Sentyabrın 27-də 16 erməni əsgəri məhv edilib.',
    'Dünən Tərtərdə 3 mülki şəxs həlak olub.',
    'Sentyabrın 27-dən bəri 41 mülki şəxs həlak olub.',
    'Cümə günü 2 erməni PUA-sı vurulub.',
  ],
  hy: [
    'Սեպտեմբերի 27-ին զոհվել է 16 զինծառայող։',
    'Երեկ Մարտունիում զոհվել է 3 խաղաղ բնակիչ։',
    'Սեպտեմբերի 27-ից ի վեր զոհվել է 41 խաղաղ բնակիչ։',
    'Ուրբաթ օրը խոցվել է ադրբեջանական 2 ԱԹՍ։',
  ],
};

describe.each(Object.entries(REPORTS))('periods in %s', (lang, [day, yesterday, tally, weekday]) => {
  it('reads an explicit day of the article year', () => {
    expect(periods(day, lang)).toEqual([[16, 'soldiers_killed', '2020-09-27']]);
  });

  it('reads "yesterday" as the day before the article', () => {
    expect(periods(yesterday, lang)).toEqual([[3, 'civilians_killed', '2020-10-10']]);
  });

  it('reads a running total as the span from the start of the fighting to the article day', () => {
    expect(periods(tally, lang)).toEqual([[41, 'civilians_killed', '2020-09-27/2020-10-11']]);
  });

  it('reads a weekday as the latest such day up to the article', () => {
    expect(periods(weekday, lang)).toEqual([[2, 'drones_downed', '2020-10-09']]);
  });

  it('leaves days relative to an unknown article date unknown', () => {
    expect(periods(yesterday, lang, null)).toEqual([[3, 'civilians_killed', null]]);
    expect(periods(weekday, lang, null)).toEqual([[2, 'drones_downed', null]]);
  });
});

describe('periods in English constructions', () => {
  it("counts an uncued figure on the article's day, and says unknown without one", () => {
    const text = 'Two Azerbaijani helicopters were shot down near Stepanakert, witnesses told us.';
    expect(periods(text, 'en')).toEqual([[2, 'helicopters_downed', PUBLISHED]]);
    expect(periods(text, 'en', null)).toEqual([[2, 'helicopters_downed', null]]);
  });

  it("counts a ministry's uncued figure during a fighting as the fighting so far", () => {
    const text = 'The Armenian defence ministry said 40 Azerbaijani tanks were destroyed.';
    expect(periods(text, 'en')).toEqual([[40, 'tanks_destroyed', '2020-09-27/2020-10-11']]);
    // On the fighting's first day its tally is that day; after its end, the whole fighting.
    expect(periods(text, 'en', '2020-09-27')).toEqual([[40, 'tanks_destroyed', '2020-09-27']]);
    expect(periods(text, 'en', '2023-09-25')).toEqual([[40, 'tanks_destroyed', '2023-09-19/2023-09-20']]);
    // Outside any fighting the article's day stays.
    expect(periods(text, 'en', '2022-05-03')).toEqual([[40, 'tanks_destroyed', '2022-05-03']]);
  });

  it('writes an uncued tally of a clash known by its month as that month', () => {
    const text = 'Azerbaijan’s defence ministry said nine Armenian tanks were destroyed.';
    expect(periods(text, 'en', '2016-04-03')).toEqual([[9, 'tanks_destroyed', '2016-04']]);
    expect(periods(text, 'en', '2016-04-02')).toEqual([[9, 'tanks_destroyed', '2016-04-02']]);
  });

  it("ends a ministry's tally on the day its report is dated", () => {
    const before =
      'On 4 April, the Karabakh defence ministry reported that 14 Azerbaijani tanks were destroyed.';
    expect(periods(before, 'en', '2016-04-06')).toEqual([[14, 'tanks_destroyed', '2016-04-02/2016-04-04']]);
    const after = 'Seven Armenian tanks were destroyed, the Azerbaijani defence ministry said on 3 October.';
    expect(periods(after, 'en', '2020-10-06')).toEqual([[7, 'tanks_destroyed', '2020-09-27/2020-10-03']]);
    // A date next to the losses, away from the report verb, still dates the losses.
    const losses =
      'The Armenian defence ministry said that on 3 October seven Azerbaijani tanks were destroyed.';
    expect(periods(losses, 'en', '2020-10-06')).toEqual([[7, 'tanks_destroyed', '2020-10-03']]);
  });

  it("keeps the article's day for a count by someone who keeps no tally", () => {
    const text = 'A presidential aide, Hikmet Hajiyev, said five civilians were killed in Ganja.';
    expect(periods(text, 'en')).toEqual([[5, 'civilians_killed', PUBLISHED]]);
  });

  it('reads a full date without the article date, and a date later than the article as last year', () => {
    expect(periods('On 2 April 2016, 12 Azerbaijani soldiers were killed.', 'en', null)).toEqual([
      [12, 'soldiers_killed', '2016-04-02'],
    ]);
    expect(periods('On 30 December, 5 soldiers were killed.', 'en')).toEqual([
      [5, 'soldiers_killed', '2019-12-30'],
    ]);
  });

  it('tells a day of the report from the tally in one sentence', () => {
    const text =
      'Karabakh officials said 27 soldiers were killed on Saturday alone, bringing their total losses to 58.';
    expect(periods(text, 'en')).toEqual([
      [27, 'soldiers_killed', '2020-10-10'],
      [58, 'soldiers_killed', '2020-09-27/2020-10-11'],
    ]);
  });

  it('ends a tally "as of" a day, and keeps it for the uncued figures the report gives after it', () => {
    const text = [
      'As of October 4, a total of 19 civilians were killed in Nagorno-Karabakh, the ombudsman said.',
      '',
      'Another 80 civilians were wounded by shelling.',
    ].join('\n');
    expect(periods(text, 'en')).toEqual([
      [19, 'civilians_killed', '2020-09-27/2020-10-04'],
      [80, 'civilians_injured', '2020-09-27/2020-10-04'],
    ]);
  });

  it('keeps no tally for one person’s death after it: an event of the day', () => {
    const text = [
      'Since the fighting began, 80 civilians have been killed in Nagorno-Karabakh.',
      'The ombudsman said a civilian died in Martakert when a shell hit his car.',
    ].join(' ');
    expect(periods(text, 'en')).toEqual([
      [80, 'civilians_killed', '2020-09-27/2020-10-11'],
      [1, 'civilians_killed', PUBLISHED],
    ]);
  });

  it('reads a tally since a day named in a clause, and a span of days', () => {
    expect(
      periods('Since the Armenian army attacked on Sept. 27, Azerbaijan lost 260 tanks, Yerevan said.', 'en'),
    ).toEqual([[260, 'tanks_destroyed', '2020-09-27/2020-10-11']]);
    expect(
      periods('The ministry said that from 2 to 5 April 2016 it destroyed 12 tanks.', 'en', '2016-04-06'),
    ).toEqual([[12, 'tanks_destroyed', '2016-04-02/2016-04-05']]);
  });

  it("gives a past era's figures the era's period, and stops a tally at a fighting's end", () => {
    expect(
      periods('The 44-day war killed more than 2,900 Azerbaijani soldiers.', 'en', '2021-03-01'),
    ).toEqual([[2900, 'soldiers_killed', '2020-09-27/2020-11-10']]);
    expect(periods('In total, 100 Azerbaijani civilians were killed.', 'en', '2020-12-07')).toEqual([
      [100, 'civilians_killed', '2020-09-27/2020-11-10'],
    ]);
  });
});

describe('periods in Azerbaijani, Turkish and Russian constructions', () => {
  it('reads "since" written after a date in Azerbaijani ("-dən bu yana")', () => {
    expect(periods('Sentyabrın 27-dən bu yana 41 mülki şəxs həlak olub.', 'az')).toEqual([
      [41, 'civilians_killed', '2020-09-27/2020-10-11'],
    ]);
  });

  it('reads "in the last day" as the article day', () => {
    expect(periods('Son bir gündə 12 erməni hərbçisi məhv edilib.', 'az')).toEqual([
      [12, 'soldiers_killed', PUBLISHED],
    ]);
    expect(periods('Son bir günde 12 Ermeni askeri etkisiz hale getirildi.', 'tr')).toEqual([
      [12, 'soldiers_killed', PUBLISHED],
    ]);
    expect(periods('За последний день погибли 12 армянских военнослужащих.', 'ru')).toEqual([
      [12, 'soldiers_killed', PUBLISHED],
    ]);
  });
});
