/**
 * A loss verb before its count, on sentences written for these tests: where the count is the
 * verb's subject ("погибли 15 военнослужащих", "starben 15 Soldaten", "sono morti 15 soldati"), a
 * party reporting its own dead keeps them on its side; where the verb acts on the count
 * ("уничтожены 14 танков" reported by the other side) they stay the other side's. Also the
 * speaker named by an adjective ("nach armenischen Angaben") and a bare count after a pluperfect
 * ("et que 80 avaient été blessés").
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

describe('a loss verb before its count', () => {
  it.each([
    [
      'ru',
      'a ministry reporting its own dead after a comma',
      'По данным Минобороны Армении, погибли 15 военнослужащих.',
      [figure(15, 'exact', 'soldiers_killed', 'ARM', 'arm_mod')],
    ],
    [
      'ru',
      'wounded before the count',
      'Как сообщили в Минобороны Азербайджана, ранены 8 военнослужащих.',
      [figure(8, 'exact', 'soldiers_wounded', 'AZ', 'az_mod')],
    ],
    [
      'ru',
      'equipment destroyed, reported by the other side',
      'По данным Минобороны Армении, уничтожены 14 танков.',
      [figure(14, 'exact', 'tanks_destroyed', 'AZ', 'arm_mod')],
    ],
    [
      'ru',
      'an attacker named before the verb',
      'По данным Минобороны Армении, в результате обстрела со стороны азербайджанских сил погибли 3 военнослужащих.',
      [figure(3, 'exact', 'soldiers_killed', 'ARM', 'arm_mod')],
    ],
    [
      'de',
      'a ministry in the genitive, no comma before the verb',
      'Nach Angaben des armenischen Verteidigungsministeriums starben weitere 15 Soldaten.',
      [figure(15, 'exact', 'soldiers_killed', 'ARM', 'arm_mod')],
    ],
    [
      'de',
      'the speaker named by an adjective',
      'Nach aserbaidschanischen Angaben wurden 12 Soldaten getötet.',
      [figure(12, 'exact', 'soldiers_killed', 'AZ', 'az_gov')],
    ],
    [
      'it',
      '"sono morti" before the count',
      'Secondo il ministero della Difesa armeno, sono morti altri 15 soldati.',
      [figure(15, 'exact', 'soldiers_killed', 'ARM', 'arm_mod')],
    ],
    [
      'it',
      'a plural passive before the count',
      "Secondo il ministero della Difesa dell'Azerbaigian, sono stati uccisi 9 militari.",
      [figure(9, 'exact', 'soldiers_killed', 'AZ', 'az_mod')],
    ],
    [
      'fr',
      'a bare count before a pluperfect passive',
      'Le ministère arménien de la Défense a indiqué que 19 civils avaient péri et que 80 avaient été blessés.',
      [
        figure(19, 'exact', 'civilians_killed', 'ARM', 'arm_mod'),
        figure(80, 'exact', 'civilians_injured', 'ARM', 'arm_mod'),
      ],
    ],
    [
      'hy',
      'a mediopassive before the count, reported by the Karabakh army',
      'Արցախի պաշտպանության բանակը հայտնում է, որ զոհվել է ևս 29 զինծառայող։',
      [figure(29, 'exact', 'soldiers_killed', 'ARM', 'nk_mod')],
    ],
    [
      'hy',
      '"the enemy" with no speaker: the other side of the press the language serves',
      'Խոցվել է հակառակորդի 4 անօդաչու թռչող սարք։',
      [figure(4, 'exact', 'drones_downed', 'AZ', null)],
    ],
    [
      'az',
      '"the enemy" with no speaker, in Azerbaijani',
      'Düşmənin 5 tankı məhv edilib.',
      [figure(5, 'exact', 'tanks_destroyed', 'ARM', null)],
    ],
    [
      'de',
      'the loser named after "verloren", the speaker of the other side',
      'Nach Angaben des aserbaidschanischen Verteidigungsministeriums verloren die armenischen Truppen mehr als 2000 Mann.',
      [figure(2000, 'more_than', 'soldiers_killed', 'ARM', 'az_mod')],
    ],
    [
      'de',
      '"den Tod von" a count, and "ein" closing the clause as a particle, not a count',
      'Das armenische Verteidigungsministerium räumte den Tod von 29 weiteren Soldaten ein.',
      [figure(29, 'exact', 'soldiers_killed', 'ARM', 'arm_mod')],
    ],
    [
      'en',
      'the loser named after "the loss of"',
      'Armenian officials reported that the loss of Azerbaijan consisted of 14 tanks.',
      [figure(14, 'exact', 'tanks_destroyed', 'AZ', 'arm_gov')],
    ],
  ])('%s: %s', (lang, _name, text, expected) => {
    expect(claimantBriefs(lang)(text)).toEqual(expected);
  });
});
