/**
 * Azerbaijani figures on sentences written for these tests, one per construction class: digits
 * with hyphenated suffixes ("200-dən çox", "100-ə yaxın", "4-ü"), space groups, number words and
 * compounds, qualifiers before and after, nouns with case and possessive endings, the verb at the
 * clause end, "məlumatına görə/əsasən", owners before the count, partitives, tolls, towns for
 * civilians; then things that are not counts.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../../utils/engine/language';
import { claimantBriefs, figure } from './briefs';

const brief = claimantBriefs('az');

describe('Azerbaijani figures', () => {
  it.each([
    [
      'the enemy as a genitive owner, the verb at the clause end',
      'Azərbaycan Müdafiə Nazirliyi düşmənin 12 tankının məhv edildiyini bildirib.',
      [figure(12, 'exact', 'tanks_destroyed', 'ARM', 'az_mod')],
    ],
    [
      '"çox" after the ablative suffix, a side word in the figure',
      'Azərbaycan Müdafiə Nazirliyinin məlumatına görə, 200-dən çox erməni hərbçisi zərərsizləşdirilib.',
      [figure(200, 'more_than', 'soldiers_killed', 'ARM', 'az_mod')],
    ],
    [
      'digits after a scale word ("2 min 783")',
      'Azərbaycan Müdafiə Nazirliyi 2 min 783 hərbçinin şəhid olduğunu açıqlayıb.',
      [figure(2783, 'exact', 'soldiers_killed', 'AZ', 'az_mod')],
    ],
    [
      'a scale word with a case suffix, "çox" after the ablative',
      'Azərbaycan Müdafiə Nazirliyi 3 mindən çox erməni hərbçisinin məhv edildiyini bildirib.',
      [figure(3000, 'more_than', 'soldiers_killed', 'ARM', 'az_mod')],
    ],
    [
      'a downing claimed by the other side',
      'Ermənistan Müdafiə Nazirliyi 2 helikopterin vurulduğunu iddia edib.',
      [figure(2, 'exact', 'helicopters_downed', 'AZ', 'arm_mod')],
    ],
    [
      'compound number words',
      'Azərbaycan Müdafiə Nazirliyi iki yüz əlli düşmən əsgərinin öldürüldüyünü açıqlayıb.',
      [figure(250, 'exact', 'soldiers_killed', 'ARM', 'az_mod')],
    ],
    [
      'liberated villages, the president by name with a dotted capital',
      'Prezident İlham Əliyev 5 kəndin işğaldan azad edildiyini bildirib.',
      [figure(5, 'exact', 'villages_captured', 'ARM', 'az_president')],
    ],
    [
      '"məlumatına əsasən", civilians placed by their town, two clauses with their own verbs',
      'Azərbaycan Baş Prokurorluğunun məlumatına əsasən, Tərtər rayonunun atəşə tutulması nəticəsində 3 mülki şəxs həlak olub, 10 nəfər yaralanıb.',
      [
        figure(3, 'exact', 'civilians_killed', 'AZ', 'az_prosecutor'),
        figure(10, 'exact', 'civilians_injured', 'AZ', 'az_prosecutor'),
      ],
    ],
    [
      'a count inside a count ("4-ü uşaq olmaqla 13 nəfər"), a named aide',
      'Hikmət Hacıyev bildirib ki, Gəncəyə raket zərbəsi nəticəsində 4-ü uşaq olmaqla 13 nəfər həlak olub.',
      [
        figure(4, 'exact', 'civilians_killed', 'AZ', 'az_hajiyev'),
        figure(13, 'exact', 'civilians_killed', 'AZ', 'az_hajiyev'),
      ],
    ],
    [
      '"yaxın" after the dative suffix, an owner with a party before the count',
      'Ermənistan ordusunun 100-ə yaxın tankı məhv edilib.',
      [figure(100, 'about', 'tanks_destroyed', 'ARM')],
    ],
    [
      'an acronym with a hyphenated suffix',
      'Azərbaycan Müdafiə Nazirliyi 30 PUA-nın vurulduğunu bildirib.',
      [figure(30, 'exact', 'drones_downed', 'ARM', 'az_mod')],
    ],
    [
      '"ən azı" before the count, artillery',
      'Azərbaycan Müdafiə Nazirliyi ən azı 8 haubitsanın sıradan çıxarıldığını açıqlayıb.',
      [figure(8, 'at_least', 'artillery_destroyed', 'ARM', 'az_mod')],
    ],
    [
      'a vague count',
      'Yüzlərlə erməni hərbçisi öldürülüb.',
      [figure(null, 'vague', 'soldiers_killed', 'ARM')],
    ],
    [
      'a partitive: the noun before the count',
      'Yaralılardan 7-si ağır vəziyyətdədir.',
      [figure(7, 'exact', 'civilians_injured', null)],
    ],
    [
      'a toll with a space group',
      'Şəhid hərbçilərin sayı 2 908-ə çatıb.',
      [figure(2908, 'exact', 'soldiers_killed', null)],
    ],
    [
      'dead and wounded as nouns',
      'Gəncədə raket hücumu: 5 ölü, 35 yaralı',
      [figure(5, 'exact', 'civilians_killed', 'AZ'), figure(35, 'exact', 'civilians_injured', 'AZ')],
    ],
  ])('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it.each([
    [
      'a football score and a minute',
      'Qarabağ klubu 2-1 hesabı ilə qalib gəlib, 90-cı dəqiqədə qol vurulub.',
    ],
    [
      'dates, an ordinal year, an age, a time',
      '2020-ci ilin sentyabrın 27-də 25 yaşlı əsgər həlak olub, saat 15.00-da.',
    ],
    ['a date with the month after', '17 oktyabr gecəsi mülki şəxslər yaralanıb.'],
    ['a percentage and money', 'Zərbə nəticəsində 1,5 faiz itki olub, 5 milyon manat ziyan dəyib.'],
    [
      'civilian buildings, not people',
      'Çoxsaylı mülki infrastruktur obyektlərinə ziyan dəyib və yaralananlar var.',
    ],
  ])('reads no count in %s', (_name, text) => {
    expect(brief(text)).toEqual([]);
  });

  it('tells Azerbaijani from Turkish', () => {
    expect(detectLanguage('Nazirlik bildirib ki, döyüşlər davam edir və mülki əhali təxliyə olunub.')).toBe(
      'az',
    );
  });
});
