/**
 * Turkish figures on sentences written for these tests, one per construction class: digits with
 * "." groups and apostrophe suffixes, number words and compounds, scales, qualifiers before the
 * count and after its suffix ("550'den fazla", "100'ü aşkın"), nouns with case endings, the verb
 * at the clause end with its subject at the start, "-e göre", owners before the count ("düşmana
 * ait"), partitives ("yaralılardan 3'ü"), tolls, lists, capitals with dotted İ; then things that
 * are not counts.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../../utils/engine/language';
import { claimantBriefs, figure } from './briefs';

const brief = claimantBriefs('tr');

describe('Turkish figures', () => {
  it.each([
    [
      'a verb at the clause end, its subject at the start, a genitive noun',
      'Ermenistan Savunma Bakanlığı, çatışmalarda 14 askerin hayatını kaybettiğini açıkladı.',
      [figure(14, 'exact', 'soldiers_killed', 'ARM', 'arm_mod')],
    ],
    [
      '"-e göre", a "." group, "fazla" after the ablative suffix',
      "Azerbaycan Savunma Bakanlığı'nın açıklamasına göre 1.200'den fazla Ermeni askeri etkisiz hale getirildi.",
      [figure(1200, 'more_than', 'soldiers_killed', 'ARM', 'az_mod')],
    ],
    [
      'compound number words, the enemy',
      'Bakü yönetimi, iki yüz elli düşman askerinin öldürüldüğünü duyurdu.',
      [figure(250, 'exact', 'soldiers_killed', 'ARM', 'az_gov')],
    ],
    [
      '"en az" before the count, a named president',
      'Azerbaycan Cumhurbaşkanı Aliyev, en az 30 tankın imha edildiğini söyledi.',
      [figure(30, 'at_least', 'tanks_destroyed', 'ARM', 'az_president')],
    ],
    [
      '"yaklaşık" and a scale word, a Turkish spelling of a name',
      'Paşinyan, yaklaşık 3 bin askerin yaralandığını bildirdi.',
      [figure(3000, 'about', 'soldiers_wounded', 'ARM', 'arm_pm')],
    ],
    [
      'digits after a scale word ("2 bin 783")',
      'Azerbaycan Savunma Bakanlığı, savaşta 2 bin 783 askerin şehit olduğunu açıkladı.',
      [figure(2783, 'exact', 'soldiers_killed', 'AZ', 'az_mod')],
    ],
    [
      'a scale word with a case suffix, "yakın" after the dative',
      'Ermenistan Sağlık Bakanlığı, 3 bine yakın askerin hayatını kaybettiğini bildirdi.',
      [figure(3000, 'about', 'soldiers_killed', 'ARM', 'arm_gov')],
    ],
    [
      'digits with a suffix after the scale, "fazla" after them',
      "Ermenistan Savunma Bakanlığı, 1 bin 200'den fazla askerin yaralandığını açıkladı.",
      [figure(1200, 'more_than', 'soldiers_wounded', 'ARM', 'arm_mod')],
    ],
    [
      'an owner before the count, a list with "ve", an acronym with an apostrophe',
      "Azerbaycan Savunma Bakanlığı, düşmana ait 4 helikopterin ve 12 İHA'nın düşürüldüğünü bildirdi.",
      [
        figure(4, 'exact', 'helicopters_downed', 'ARM', 'az_mod'),
        figure(12, 'exact', 'drones_downed', 'ARM', 'az_mod'),
      ],
    ],
    [
      'a drone spelt out, a side owner before the count',
      "Ermenistan Savunma Bakanlığı, Azerbaycan'a ait 7 insansız hava aracının vurulduğunu açıkladı.",
      [figure(7, 'exact', 'drones_downed', 'AZ', 'arm_mod')],
    ],
    [
      '"aşkın" after the accusative suffix, the Karabakh authorities',
      "Dağlık Karabağ yönetimi, 100'ü aşkın sivilin yaralandığını iddia etti.",
      [figure(100, 'more_than', 'civilians_injured', 'ARM', 'nk_authorities')],
    ],
    [
      'civilians placed by their town, the prosecutor before "göre"',
      "Azerbaycan Başsavcılığı'na göre Gence'ye düzenlenen saldırıda 9 sivil hayatını kaybetti.",
      [figure(9, 'exact', 'civilians_killed', 'AZ', 'az_prosecutor')],
    ],
    [
      'artillery, rocket launchers and armour in one list',
      'Azerbaycan Savunma Bakanlığı, 5 obüs, 2 çok namlulu roketatar ve 6 zırhlı aracın imha edildiğini açıkladı.',
      [
        figure(5, 'exact', 'artillery_destroyed', 'ARM', 'az_mod'),
        figure(2, 'exact', 'artillery_destroyed', 'ARM', 'az_mod'),
        figure(6, 'exact', 'armoured_vehicles_destroyed', 'ARM', 'az_mod'),
      ],
    ],
    [
      'capitals with dotted and dotless I, a speaker before a colon',
      'AZERBAYCAN SAVUNMA BAKANLIĞI: 22 TANK İMHA EDİLDİ',
      [figure(22, 'exact', 'tanks_destroyed', 'ARM', 'az_mod')],
    ],
    [
      'a partitive: the noun before the count',
      "Yaralılardan 3'ü ağır durumda.",
      [figure(3, 'exact', 'civilians_injured', null)],
    ],
    [
      'a toll: "şehit sayısı" before the count, an impersonal verb carrying the ministry',
      "Azerbaycan Savunma Bakanlığı açıklama yaptı. Şehit sayısının 84'e yükseldiği bildirildi.",
      [figure(84, 'exact', 'soldiers_killed', 'AZ', 'az_mod')],
    ],
    ['a vague count', 'Onlarca asker öldürüldü.', [figure(null, 'vague', 'soldiers_killed', null)]],
    [
      'an elided noun with a possessive suffix, each count its own verb',
      "Çatışmalarda 10'dan fazla asker yaralandı, 5'i öldü.",
      [figure(10, 'more_than', 'soldiers_wounded', null), figure(5, 'exact', 'soldiers_killed', null)],
    ],
    [
      // The years are no counts; the people who left the region are (the region is their verb's object).
      'years with a suffix beside a count',
      "2020'de 5 bin kişi bölgeyi terk etti ve 1994'te savaş sona erdi.",
      [figure(5000, 'exact', 'displaced', null)],
    ],
    [
      'liberated villages',
      'Azerbaycan Cumhurbaşkanı, 3 köyün işgalden kurtarıldığını duyurdu.',
      [figure(3, 'exact', 'villages_captured', 'ARM', 'az_president')],
    ],
  ])('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it.each([
    ['a year with a suffix', "2020'de savaş yeniden başladı, 1994'te sona eren çatışmalar alevlendi."],
    ['a date', '27 Eylül sabahı çatışmalar başladı, köyler vuruldu.'],
    ['an ordinal', "3'üncü tugayın askerleri saldırıda öldü."],
    ['an age', '25 yaşındaki asker hayatını kaybetti.'],
    ['a percentage', "Oyların %52'si ile seçilen milletvekili öldü."],
    ['a model name', 'Bayraktar TB2 ve Su-25 uçakları vuruldu.'],
    ['a football score', 'Karabağ 3-1 kazandı, 2 oyuncu yaralandı ve oyundan çıktı.'],
    ['"askeri" as an adjective', '5 askeri hedef vuruldu.'],
    ['a quantity in km', 'Cepheden 100 km uzakta tanklar imha edildi.'],
  ])('reads no count in %s', (_name, text) => {
    expect(brief(text)).toEqual([]);
  });

  it('tells Turkish from Azerbaijani and the other Latin-script languages', () => {
    expect(
      detectLanguage(
        'Bakanlık yaptığı açıklamada, çatışmaların sürdüğünü ve sivillerin bölgeden tahliye edildiğini bildirdi.',
      ),
    ).toBe('tr');
  });
});
