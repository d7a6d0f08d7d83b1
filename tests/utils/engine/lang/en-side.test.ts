/**
 * English sides by construction class, on sentences written for these tests: loss verbs
 * coordinated after a comma share the subject of the clause's first one.
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
});
