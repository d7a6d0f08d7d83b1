/**
 * Armenian figures on sentences written for these tests, one per construction class: digits with
 * "," and space groups and case suffixes ("40-ը", "100-ից ավելի"), number words and one-word
 * compounds ("երեսունհինգ", "տասնհինգ"), tens as counts ("3 տասնյակ"), qualifiers before and
 * after, vague counts, counted nouns of each metric, attribution (verb before or after its speaker,
 * "ըստ", postposed "համաձայն" and "տվյալներով"), roles with a party, sides and towns; then things
 * that are not counts.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../../utils/engine/language';
import { claimantBriefs, figure } from './briefs';

const brief = claimantBriefs('hy');

describe('Armenian figures', () => {
  it.each([
    [
      "subject before the verb, a role with its party, the enemy's tanks",
      'Ադրբեջանի ՊՆ-ն հայտնել է, որ ոչնչացվել է հակառակորդի 12 տանկ։',
      [figure(12, 'exact', 'tanks_destroyed', 'ARM', 'az_mod')],
    ],
    [
      '"ըստ" before the source, helicopters and drones sharing one verb',
      'Ըստ ՀՀ ՊՆ-ի, խոցվել են ադրբեջանական 4 ուղղաթիռ և 15 անօդաչու թռչող սարք։',
      [
        figure(4, 'exact', 'helicopters_downed', 'AZ', 'arm_mod'),
        figure(15, 'exact', 'drones_downed', 'AZ', 'arm_mod'),
      ],
    ],
    [
      'a one-word compound number, "տվյալներով" after the source',
      'ՀՀ ՊՆ-ի տվյալներով՝ զոհվել է երեսունհինգ ադրբեջանական զինծառայող։',
      [figure(35, 'exact', 'soldiers_killed', 'AZ', 'arm_mod')],
    ],
    [
      '"համաձայն" after the source, civilians placed by their town',
      'Ադրբեջանի գլխավոր դատախազության համաձայն՝ Թարթառում զոհվել է 3 խաղաղ բնակիչ։',
      [figure(3, 'exact', 'civilians_killed', 'AZ', 'az_prosecutor')],
    ],
    [
      '"առնվազն", the event after the noun, a speaker after the verb',
      'Ստեփանակերտում առնվազն 5 խաղաղ բնակիչ վիրավորվել է, հայտնել է Արցախի ՄԻՊ-ը։',
      [figure(5, 'at_least', 'civilians_injured', 'ARM', 'nk_authorities')],
    ],
    [
      '"ավելի քան", an abbreviation as the noun, a named spokeswoman after the verb',
      'Խոցվել է ավելի քան 100 ԱԹՍ, հայտարարել է ՀՀ ՊՆ խոսնակ Շուշան Ստեփանյանը։',
      [figure(100, 'more_than', 'drones_downed', 'AZ', 'arm_mod')],
    ],
    [
      'a comma group, a named prime minister',
      'Փաշինյանը հայտարարել է, որ զոհվել է 2,300 հայ զինծառայող։',
      [figure(2300, 'exact', 'soldiers_killed', 'ARM', 'arm_pm')],
    ],
    [
      'a space group and "միավոր" between count and noun',
      'Ըստ Արցախի ՊԲ-ի, ոչնչացվել է 1 200 միավոր ադրբեջանական զրահատեխնիկա։',
      [figure(1200, 'exact', 'armoured_vehicles_destroyed', 'AZ', 'nk_mod')],
    ],
    [
      '"-ից ավելի" after the count, villages',
      'Ալիևը նշել է, որ ազատագրվել է 100-ից ավելի գյուղ։',
      [figure(100, 'more_than', 'villages_captured', 'ARM', 'az_president')],
    ],
    [
      'tens as a count with "շուրջ", "մինչև" before air defence',
      'Հակառակորդը կորցրել է շուրջ 3 տասնյակ տանկ և մինչև 20 ՀՕՊ համակարգ։',
      // Armenian press's "adversary" is Azerbaijan, with no speaker named.
      [figure(30, 'about', 'tanks_destroyed', 'AZ'), figure(20, 'up_to', 'air_defense_destroyed', 'AZ')],
    ],
    [
      'tens with "մոտ" after them',
      'Հակառակորդն ունի 2 տասնյակին մոտ ԱԹՍ-ների կորուստ։',
      [figure(20, 'about', 'drones_downed', 'AZ')],
    ],
    [
      'a teen as one word, then a count with its suffix and the noun left out',
      'Զոհվել է տասնհինգ զինծառայող, ևս 40-ը վիրավորվել են։',
      [figure(15, 'exact', 'soldiers_killed', null), figure(40, 'exact', 'soldiers_wounded', null)],
    ],
    [
      'a vague count',
      'Վիրավորվել են հարյուրավոր խաղաղ բնակիչներ։',
      [figure(null, 'vague', 'civilians_injured', null)],
    ],
    [
      'artillery nouns in a list',
      'Ոչնչացվել են հակառակորդի 8 հրետանային միավոր և 6 ականանետ։',
      [figure(8, 'exact', 'artillery_destroyed', 'AZ'), figure(6, 'exact', 'artillery_destroyed', 'AZ')],
    ],
  ])('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it.each([
    ['a date, a year and an age', '2020 թ. սեպտեմբերի 27-ին 25 տարեկան զինծառայողը զոհվել է։'],
    ['an aircraft model and a percentage', 'Սու-25 ինքնաթիռը կործանվել է, 30 տոկոս տեխնիկան ոչնչացվել է։'],
    ['an ordinal', 'Հայաստանի 27-րդ դիվիզիայի զինծառայողը զոհվել է։'],
    ['a year with "թվականին"', '2016 թվականին զոհվել է զինծառայող։'],
  ])('finds no figure in %s', (_name, text) => {
    expect(brief(text)).toEqual([]);
  });

  it('detects Armenian from its script', () => {
    expect(detectLanguage('Պաշտպանության նախարարությունը հայտնել է հակառակորդի կորուստների մասին։')).toBe(
      'hy',
    );
  });
});
