/**
 * "Casualties: Azerbaijan 2,908 soldiers killed; Armenia 3,825 soldiers killed": a table written as
 * text, each row opened after a colon, semicolon or dash by the country (or its army, its side)
 * whose losses it counts. The row's label gives the count its side, a country name as well as a
 * nationality. A country opening the sentence ("Azerbaijan: 12 tanks destroyed") is a headline's
 * speaker, not a row, and a label that names no country gives none. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const sides = (text: string) => partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('a country labelling a row before its count', () => {
  it.each([
    [
      'Casualties: Azerbaijan 2,908 soldiers killed; Armenia 3,825 soldiers killed.',
      ['2908 soldiers_killed AZ', '3825 soldiers_killed ARM'],
    ],
    [
      'Military losses: Armenian army 40 tanks destroyed; Azerbaijani army 12 tanks destroyed.',
      ['40 tanks_destroyed ARM', '12 tanks_destroyed AZ'],
    ],
    [
      'Losses so far — Karabakh 710 servicemen killed; Azerbaijan 290 servicemen killed.',
      ['710 soldiers_killed ARM', '290 soldiers_killed AZ'],
    ],
  ])('%s', (text, expected) => {
    expect(sides(text)).toEqual(expected);
  });

  it.each([
    ['Azerbaijan: 12 tanks destroyed', ['12 tanks_destroyed ARM']],
    ['Wounded: 30 servicemen, the Azerbaijani defence ministry said.', ['30 soldiers_wounded AZ']],
  ])('keeps other readings: %s', (text, expected) => {
    expect(sides(text)).toEqual(expected);
  });
});
