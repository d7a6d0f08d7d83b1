/**
 * "Azerbaijan said it destroyed 40 Armenian tanks and Armenia said it downed 12 Azerbaijani
 * helicopters": two reports joined by "and", each with its own speaker. The second verb's subject
 * is the speaker after the "and", not the first speaker read back across the first report. A verb
 * sharing the first subject ("… and said") and a pronoun keep the first speaker. Sentences written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map(
    (f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`,
  );

describe('a second speaker after "and" and the first report', () => {
  it.each([
    [
      'Azerbaijan said it destroyed 25 Armenian tanks and Armenia said it downed nine Azerbaijani helicopters.',
      ['25 tanks_destroyed ARM AZ', '9 helicopters_downed AZ ARM'],
    ],
    [
      'Baku said it had shot down 4 Armenian drones, and Yerevan said 7 Azerbaijani soldiers were killed.',
      ['4 drones_downed ARM AZ', '7 soldiers_killed AZ ARM'],
    ],
    [
      'Armenia said 16 of its troops had died and the Azerbaijani defence ministry said it destroyed 3 tanks.',
      ['16 soldiers_killed ARM ARM', '3 tanks_destroyed ARM AZ'],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    [
      'Azerbaijan said it destroyed 25 Armenian tanks and said it downed nine helicopters.',
      ['25 tanks_destroyed ARM AZ', '9 helicopters_downed ARM AZ'],
    ],
    [
      'Azerbaijan said it destroyed 25 Armenian tanks and it said nine Armenian helicopters were downed.',
      ['25 tanks_destroyed ARM AZ', '9 helicopters_downed ARM AZ'],
    ],
  ])('unchanged: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
