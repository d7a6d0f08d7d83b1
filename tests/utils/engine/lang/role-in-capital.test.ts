/**
 * "According to the defence ministry in Yerevan": a role followed by "in" and a named place is
 * that place's role; "in" before a lower-case word still ends the speaker's words ("according to
 * the ministry in its report"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('a role in a capital after "according to"', () => {
  it.each([
    [
      'A total of 146 Armenian soldiers have been killed, according to the defence ministry in Yerevan.',
      ['146 soldiers_killed ARM ARM'],
    ],
    [
      'According to the prosecutor general in Baku, 19 civilians were killed in Ganja.',
      ['19 civilians_killed AZ AZ'],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
