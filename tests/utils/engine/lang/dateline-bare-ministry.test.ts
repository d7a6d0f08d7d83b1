/**
 * "YEREVAN, Sept 13 (Reuters) - Four Armenian servicemen were killed …, the ministry said": wire
 * copy's bare "the ministry" (no role of its own, unlike "the defence ministry") with no speaker
 * before it is, like a bare role, the dateline country's. A speaker named before it still stands
 * for it. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('a bare "the ministry" in datelined copy', () => {
  it.each([
    [
      'YEREVAN, Sept 13 (Reuters) - Four Armenian servicemen were killed overnight in shelling by Azerbaijani forces, the ministry said.',
      '4 soldiers_killed ARM ARM',
    ],
    [
      'BAKU (AP) - Two soldiers were wounded when their post came under fire, the ministry said.',
      '2 soldiers_wounded AZ AZ',
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('keeps a speaker named before it', () => {
    expect(
      read(
        'BAKU (AP) - Armenia said on Monday its soldiers held their positions. Three Azerbaijani tanks were destroyed, the ministry said.',
      ),
    ).toEqual(['3 tanks_destroyed AZ ARM']);
  });
});
