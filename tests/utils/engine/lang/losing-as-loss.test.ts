/**
 * "Admitted losing 31 servicemen": "losing" is a loss word as "lost" is, of people, machines and
 * equipment, and its subject is the loser. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('losing counts a loss', () => {
  it.each([
    [
      'Azerbaijan admitted losing 31 servicemen, one helicopter and one tank in the April war.',
      ['31 soldiers_killed AZ AZ', '1 helicopters_downed AZ AZ', '1 tanks_destroyed AZ AZ'],
    ],
    [
      'Armenia acknowledged losing 12 tanks near Jabrayil, its ministry said.',
      ['12 tanks_destroyed ARM ARM'],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
