/**
 * English sides and metrics by construction class, on sentences written for these tests: loss
 * verbs coordinated after a comma share the subject of the clause's first one; a count coordinated
 * with "and" keeps its own participle ("… were killed and 30 others wounded") and, borrowing the
 * noun of the count before, its side.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

const brief = claimantBriefs('en');

describe('English sides by construction', () => {
  it('gives a coordinated loss verb the subject of the first: "X wounded …, destroyed …"', () => {
    expect(
      brief('Karabakh troops wounded 900 Azerbaijani soldiers, destroyed 40 tanks and 12 drones.'),
    ).toEqual([
      figure(900, 'exact', 'soldiers_wounded', 'AZ'),
      figure(40, 'exact', 'tanks_destroyed', 'AZ'),
      figure(12, 'exact', 'drones_downed', 'AZ'),
    ]);
  });

  it('keeps the agent of a verb that names its own subject', () => {
    expect(
      brief('Karabakh troops wounded 900 Azerbaijani soldiers, and Azerbaijani drones destroyed 40 tanks.'),
    ).toEqual([
      figure(900, 'exact', 'soldiers_wounded', 'AZ'),
      figure(40, 'exact', 'tanks_destroyed', 'ARM'),
    ]);
  });

  it('reads "were killed and 30 others wounded" as wounded, on the side of the count it borrows from', () => {
    expect(brief('Officials said 14 Armenian soldiers were killed and 30 others wounded.')).toEqual([
      figure(14, 'exact', 'soldiers_killed', 'ARM'),
      figure(30, 'exact', 'soldiers_wounded', 'ARM'),
    ]);
  });

  it('binds a participle right after a coordinated count with its own noun', () => {
    expect(
      brief('In Tartar, three civilians were killed and two other children wounded by shelling.'),
    ).toEqual([figure(3, 'exact', 'civilians_killed', 'AZ'), figure(2, 'exact', 'civilians_injured', 'AZ')]);
  });

  it('keeps a participle that modifies a noun after a verb: "captured four villages occupied …"', () => {
    expect(brief('The army says it freed four villages occupied since 1993.').map((f) => f.metric)).toEqual([
      'villages_captured',
    ]);
  });

  it('places civilians by the town the sentence before names, within its paragraph', () => {
    const sides = (text: string) => brief(text).map((f) => `${f.value} ${f.side}`);
    expect(sides('A rocket hit a block of flats in Ganja at night. Six civilians were killed.')).toEqual([
      '6 AZ',
    ]);
    expect(sides('A rocket hit a block of flats in Ganja at night.\n\nSix civilians were killed.')).toEqual([
      '6 null',
    ]);
  });

  it('reads a pronoun subject of a loss verb as the party the clause before names', () => {
    const sides = (text: string) => brief(text).map((f) => `${f.value} ${f.side}`);
    expect(sides('Since the Azerbaijani army attacked last week, it lost 70 tanks.')).toEqual(['70 AZ']);
    // Not a loss of its own: what it destroyed is the other side's.
    expect(sides('After the Armenian army advanced, it destroyed 12 tanks.')).toEqual(['12 AZ']);
  });

  it('keeps one side for a list of losses, and a count that names its own side keeps it', () => {
    const sides = (text: string) => brief(text).map((f) => `${f.value} ${f.side}`);
    const said = ', the Azerbaijani defence ministry said.';
    expect(sides(`Nine Armenian tanks were destroyed and 60 soldiers were killed${said}`)).toEqual([
      '9 ARM',
      '60 ARM',
    ]);
    expect(sides(`Nine Armenian tanks were destroyed and 6 Azerbaijani soldiers were killed${said}`)).toEqual(
      ['9 ARM', '6 AZ'],
    );
  });
});

/** A report goes on: a count with no side of its own after a sentence counting one side's losses. */
describe('a side carried from the sentence before', () => {
  it('gives the next sentence of the paragraph the side of the last figure', () => {
    expect(
      brief(
        'In the offensive, 95 Azerbaijani soldiers and one Azerbaijani civilian were killed, a state agency reported.\n' +
          'About 300 troops were wounded, and one more civilian was hurt, the agency added.',
      ).map((f) => [f.value, f.metric, f.side]),
    ).toEqual([
      [95, 'soldiers_killed', 'AZ'],
      [1, 'civilians_killed', 'AZ'],
      [300, 'soldiers_wounded', 'AZ'],
      [1, 'civilians_injured', 'AZ'],
    ]);
  });

  it('gives civilians of the same sentence the side of the figure before', () => {
    expect(
      brief(
        'A 9-year-old Karabakh Armenian girl was killed and three other children hurt when rockets hit Askeran.',
      ).map((f) => [f.value, f.metric, f.side]),
    ).toEqual([
      [1, 'civilians_killed', 'ARM'],
      [3, 'civilians_injured', 'ARM'],
    ]);
  });

  it('does not carry a side across a paragraph break', () => {
    expect(
      brief(
        'Yesterday 95 Azerbaijani soldiers were killed.\n\nAbout 300 troops were wounded in a separate clash.',
      ).map((f) => f.side),
    ).toEqual(['AZ', null]);
  });
});
