/**
 * Ministries other than defence speak for their country: the interior, health and emergency
 * ministries ("МВД Азербайджана", "le ministère de l'Intérieur", "il ministero dell'Interno",
 * "ՆԳՆ-ի փոխանցմամբ"), and in Armenian a bare ministry with no speaker before it is Armenia's
 * ("ՊՆ-ն հայտնում է"), as Armenian-language agencies write. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

describe('interior, health and emergency ministries are speakers', () => {
  it.each([
    [
      'ru',
      'МВД Азербайджана сообщило, что при обстреле Тертера погибли трое мирных жителей.',
      figure(3, 'exact', 'civilians_killed', 'AZ', 'az_gov'),
    ],
    [
      'ru',
      'По словам Арцахского МЧС, при обстреле погибли двое мирных жителей.',
      figure(2, 'exact', 'civilians_killed', 'ARM', 'nk_authorities'),
    ],
    [
      'fr',
      "Le ministère de l'Intérieur azerbaïdjanais a fait état de quatre morts parmi les civils à Barda.",
      figure(4, 'exact', 'civilians_killed', 'AZ', 'az_gov'),
    ],
    [
      'it',
      "Il ministero dell'Interno dell'Azerbaigian ha riferito di sei civili uccisi a Ganja.",
      figure(6, 'exact', 'civilians_killed', 'AZ', 'az_gov'),
    ],
    [
      'de',
      'Das aserbaidschanische Innenministerium meldete fünf getötete Zivilisten in Barda.',
      figure(5, 'exact', 'civilians_killed', 'AZ', 'az_gov'),
    ],
    [
      'hy',
      'ՆԳՆ-ի փոխանցմամբ՝ արկի պայթյունից զոհվել է 2 մարդ։',
      figure(2, 'exact', 'civilians_killed', 'ARM', 'arm_gov'),
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(claimantBriefs(lang)(text)).toEqual([expected]);
  });

  it.each([
    [
      'ru',
      'Минобороны Азербайджана сообщило о потерях противника. МВД сообщило, что в Гяндже погибли двое мирных жителей.',
    ],
    [
      'fr',
      "Selon le ministère azerbaïdjanais de la Défense, les combats se poursuivent. Le ministère de l'Intérieur a fait état de deux civils tués à Gandja.",
    ],
    [
      'it',
      "Il ministero della Difesa azero ha parlato di scontri. Il ministero dell'Interno ha riferito di due civili uccisi a Ganja.",
    ],
    [
      'de',
      'Das aserbaidschanische Verteidigungsministerium meldete Gefechte. Das Innenministerium meldete zwei getötete Zivilisten in Gandscha.',
    ],
  ])(
    '%s: a bare interior ministry after the defence ministry is its government, not the defence ministry',
    (lang, text) => {
      expect(claimantBriefs(lang)(text)).toEqual([figure(2, 'exact', 'civilians_killed', 'AZ', 'az_gov')]);
    },
  );

  it('reads a bare Armenian ministry as Armenia’s only when no speaker came before', () => {
    const read = claimantBriefs('hy');
    expect(read('ՊՆ-ն հայտնում է, որ հակառակորդի 12 տանկ է ոչնչացվել։')).toEqual([
      figure(12, 'exact', 'tanks_destroyed', 'AZ', 'arm_mod'),
    ]);
    expect(
      read(
        'Ադրբեջանի ՊՆ-ն հայտնել է, որ ոչնչացվել է 5 տանկ։ ՊՆ-ն հայտնում է, որ հակառակորդի 9 տանկ է ոչնչացվել։',
      ),
    ).toEqual([
      figure(5, 'exact', 'tanks_destroyed', 'ARM', 'az_mod'),
      figure(9, 'exact', 'tanks_destroyed', 'ARM', 'az_mod'),
    ]);
  });
});
