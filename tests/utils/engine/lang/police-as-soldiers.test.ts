/**
 * Police officers and the interior ministry's troops count as servicemen, as labels count the
 * interior ministry's service members among a side's military dead: "two policemen were killed",
 * "a policeman was wounded", "four interior ministry troops". Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('police and interior troops are servicemen', () => {
  it.each([
    [
      'Two policemen were killed when their car hit a mine near Shusha, the Azerbaijani interior ministry said.',
      ['2 soldiers_killed AZ AZ'],
    ],
    [
      'Four interior ministry troops were wounded by Armenian shelling in Tartar, Baku said.',
      ['4 soldiers_wounded AZ AZ'],
    ],
    [
      "Azerbaijan's prosecutor's office said a policewoman had been wounded in Tartar.",
      ['1 soldiers_wounded AZ AZ'],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('counts a policeman beside border guards', () => {
    expect(read('Two border guards and a policeman were wounded in the shelling, Baku said.')).toEqual([
      '2 soldiers_wounded AZ AZ',
      '1 soldiers_wounded AZ AZ',
    ]);
  });
});
