/**
 * A monitor's report "found that" or "concluded that" claims the count after it, as "said" does.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) => partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.party}`);

describe('a report that found a count', () => {
  it.each([
    ['A Human Rights Watch report found that 6 civilians died in the attacks.', ['6 civilians_killed other']],
    [
      'Amnesty International concluded that at least 9 civilians were killed by cluster munitions.',
      ['9 civilians_killed other'],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
