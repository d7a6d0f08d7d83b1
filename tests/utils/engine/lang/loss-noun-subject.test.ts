/**
 * A loss noun that is the subject of "include", "are", "number" ("The dead include 45
 * servicemen") names who died; it acts on no one, so a speaker's own dead stay its own side rather
 * than the other side's. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('a loss noun as the subject before the count', () => {
  it.each([
    [
      'The dead include 45 servicemen and 5 civilians, the ombudsman of Karabakh reported.',
      ['45 soldiers_killed ARM NK', '5 civilians_killed ARM NK'],
    ],
    [
      'The wounded included 30 soldiers, the Azerbaijani defence ministry said.',
      ['30 soldiers_wounded AZ AZ'],
    ],
    ['Those killed were 12 servicemen, Yerevan said.', ['12 soldiers_killed ARM ARM']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
