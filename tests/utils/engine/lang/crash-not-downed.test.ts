/**
 * A machine that crashed had an accident: with no loss word of its own ("shot down", "hit") it is
 * not a machine downed. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('a crash is no downing', () => {
  it.each([
    ['Two Azerbaijani helicopters crashed in bad weather, the ministry said.'],
    ['An Armenian Su-25 fighter jet crashed during a training flight, officials said.'],
    ['A reconnaissance drone had crashed near Goris, local media reported.'],
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('still counts a machine that crashed after it was shot down', () => {
    expect(read('An Azerbaijani helicopter was shot down and crashed near the border.')).toEqual([
      '1 helicopters_downed AZ null',
    ]);
  });
});
