/**
 * "The war cost Azerbaijan 2,900 servicemen": the party a war or battle cost its count lost them,
 * as the subject of "lost" does. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('what a war cost a party', () => {
  it.each([
    [
      'The war cost Azerbaijan 2,900 servicemen, according to official figures.',
      '2900 soldiers_killed AZ null',
    ],
    [
      'The fighting cost Armenia nearly 4,000 soldiers, Pashinyan later acknowledged.',
      '4000 soldiers_killed ARM ARM',
    ],
    ['The battle for Shusha cost the Armenian side 300 troops.', '300 soldiers_killed ARM null'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
