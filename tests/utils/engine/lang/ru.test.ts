/**
 * Russian figures on sentences written for these tests, one per construction class: digits with
 * space groups, "тыс.", number words in every case and collective numerals, qualifiers, adjectives
 * between count and noun, events before and after the count, elided nouns, "один из", "единиц
 * техники", tolls, attribution (verb before its speaker, "по данным", "по словам", "как сообщили
 * в"), roles with the party in the genitive, sides and towns; then things that are not counts.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';
import { detectLanguage } from '../../../../utils/engine/language';
import { claimantBriefs, figure } from './briefs';

const brief = claimantBriefs('ru');

describe('Russian figures', () => {
  it.each([
    [
      'digits with a space group, a prosecutor with the party in the genitive',
      'Генпрокуратура Азербайджана сообщила, что с начала боев погибли 1 200 мирных жителей.',
      [figure(1200, 'exact', 'civilians_killed', 'AZ', 'az_prosecutor')],
    ],
    [
      '"тыс." after digits and "более" before them',
      'Власти Карабаха сообщили, что погибли более 3 тыс. военнослужащих противника.',
      [figure(3000, 'more_than', 'soldiers_killed', 'AZ', 'nk_authorities')],
    ],
    [
      'a collective numeral, a town of one side',
      'В Тертере двое мирных жителей погибли при обстреле.',
      [figure(2, 'exact', 'civilians_killed', 'AZ')],
    ],
    [
      'number words in the genitive after "о гибели"',
      'Минобороны Армении сообщило о гибели двадцати пяти азербайджанских военнослужащих.',
      [figure(25, 'exact', 'soldiers_killed', 'AZ', 'arm_mod')],
    ],
    [
      '"по меньшей мере" and "не менее", the second noun left out',
      'По меньшей мере 40 мирных жителей погибли в Гяндже, не менее 150 получили ранения.',
      [figure(40, 'at_least', 'civilians_killed', 'AZ'), figure(150, 'at_least', 'civilians_injured', 'AZ')],
    ],
    [
      'event before the count, then "ещё 70 — ранены"',
      'При обстреле Барды погибли 21 человек, ещё 70 — ранены.',
      [figure(21, 'exact', 'civilians_killed', 'AZ'), figure(70, 'exact', 'civilians_injured', 'AZ')],
    ],
    [
      'a list that changes verb: "включая" keeps the first verb, the next count has its own',
      'В Степанакерте погибли 7 человек, включая 3 детей, 40 человек получили ранения.',
      [
        figure(7, 'exact', 'civilians_killed', 'ARM'),
        figure(3, 'exact', 'civilians_killed', 'ARM'),
        figure(40, 'exact', 'civilians_injured', 'ARM'),
      ],
    ],
    [
      '"свыше" with the noun left out after "и"',
      'В Мартуни погибли пять человек и свыше 30 пострадали.',
      [figure(5, 'exact', 'civilians_killed', 'ARM'), figure(30, 'more_than', 'civilians_injured', 'ARM')],
    ],
    [
      '"один из" a wounded person who died',
      'Позднее один из раненых умер в госпитале.',
      [figure(1, 'exact', 'civilians_killed', null)],
    ],
    [
      '"единиц техники" and "противника", a named speaker after the verb',
      'В ходе боев уничтожены 40 единиц военной техники противника, сообщил Арцрун Ованнисян.',
      [figure(40, 'exact', 'armoured_vehicles_destroyed', 'AZ', 'arm_mod')],
    ],
    [
      'a toll "возросло до" (not "up to"), "сообщили в" + role and party',
      'Число погибших среди мирного населения возросло до 50, сообщили в Генпрокуратуре Азербайджана.',
      [figure(50, 'exact', 'civilians_killed', 'AZ', 'az_prosecutor')],
    ],
    [
      '"по словам" + a name, an adjective between count and noun',
      'По словам Пашиняна, погибли 2 300 армянских военнослужащих.',
      [figure(2300, 'exact', 'soldiers_killed', 'ARM', 'arm_pm')],
    ],
    [
      '"как сообщили в пресс-службе МИД Азербайджана"',
      'Как сообщили в пресс-службе МИД Азербайджана, в Тертере погибли три мирных жителя.',
      [figure(3, 'exact', 'civilians_killed', 'AZ', 'az_mfa')],
    ],
    [
      '"президент Армении", soldiers of the Defence Army in the passive',
      'Президент Армении заявил, что 18 солдат Армии обороны Карабаха были убиты.',
      [figure(18, 'exact', 'soldiers_killed', 'ARM', 'arm_president')],
    ],
    [
      'helicopters and aircraft after one verb, the agent before it',
      'Азербайджанские военные сбили два армянских вертолета Ми-24 и три самолета Су-25.',
      [figure(2, 'exact', 'helicopters_downed', 'ARM'), figure(3, 'exact', 'aircraft_downed', 'ARM')],
    ],
    [
      'drones, air defence and artillery in one sentence',
      'Сбито 7 беспилотников, уничтожены 3 зенитных ракетных комплекса и 5 орудий.',
      [
        figure(7, 'exact', 'drones_downed', null),
        figure(3, 'exact', 'air_defense_destroyed', null),
        figure(5, 'exact', 'artillery_destroyed', null),
      ],
    ],
    [
      'the attacker named before a civilian toll',
      'В результате обстрела со стороны армянских сил погибли 4 человека.',
      [figure(4, 'exact', 'civilians_killed', 'AZ')],
    ],
    [
      'villages in words, a city as the speaker',
      'Баку утверждает, что взял под контроль семь сел.',
      [figure(7, 'exact', 'villages_captured', 'ARM', 'az_gov')],
    ],
    [
      'vague counts',
      'В Гяндже десятки мирных жителей получили ранения.',
      [figure(null, 'vague', 'civilians_injured', 'AZ')],
    ],
  ])('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('reads troops "destroyed" as killed', () => {
    expect(
      brief('Минобороны Азербайджана сообщило, что уничтожено более 50 военнослужащих противника.').map(
        (f) => `${f.value} ${f.metric}`,
      ),
    ).toEqual(['50 soldiers_killed']);
  });

  it('places civilians by the town the sentence before names', () => {
    expect(
      brief('Ночью ракета попала в жилой дом в Гяндже. Погибли шесть мирных жителей.').map(
        (f) => `${f.value} ${f.side}`,
      ),
    ).toEqual(['6 AZ']);
  });

  it("gives a headline's bare role the party the article names after it, past a section label", () => {
    const text = [
      'Новости',
      'Число раненых выросло — Генпрокуратура',
      'Двадцать мирных жителей погибли в результате обстрелов.',
      'Генеральная прокуратура Азербайджана опубликовала новые данные.',
    ].join('\n\n');
    expect(extractFigures(text, { lang: 'ru' }).map((f) => [f.value, f.claimant?.id ?? null])).toEqual([
      [20, 'az_prosecutor'],
    ]);
  });

  it('keeps the counted words in the figure text', () => {
    const [found] = extractFigures('Уничтожены 12 армянских танков.', { lang: 'ru' });
    expect(found?.text).toBe('12 армянских танков');
    expect(found?.side).toBe('ARM');
  });

  it.each([
    ['a date and a clock time', '27 сентября 2020 года в 15:00 погибли мирные жители.'],
    [
      'a year, an age and a percentage',
      'В 2020 году 25-летний солдат вернулся домой, 30% техники уничтожено.',
    ],
    ['a football score', 'Футбольный «Карабах» проиграл со счетом 2:1, два игрока получили травмы.'],
    ['an aircraft model', 'Над Арменией заметили самолет Су-25, погибших нет.'],
    ['a resolution number', 'Резолюция 884 осуждает захват Зангилана.'],
  ])('finds no figure in %s', (_name, text) => {
    expect(brief(text)).toEqual([]);
  });

  it('detects Russian from the text', () => {
    expect(detectLanguage('Минобороны сообщило о потерях противника в Нагорном Карабахе.')).toBe('ru');
  });
});
