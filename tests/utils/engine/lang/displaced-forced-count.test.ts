/**
 * People a cause "forced" to leave, with the count between ("forced 90,000 people to leave"),
 * people who "left Nagorno-Karabakh", and a bare count of the displaced ("800,000 displaced") are
 * displaced; villagers count among them. Displaced people a speaker reports with no agent named
 * are its own side's. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map(
    (f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? null}`,
  );

describe('people forced to leave, and the displaced counted alone', () => {
  it.each([
    ['The offensive forced 90,000 people to leave the region within a week.', ['90000 displaced null null']],
    [
      'Shelling forced some 4,000 villagers to flee, the ombudsman in Stepanakert said.',
      ['4000 displaced ARM NK'],
    ],
    [
      'More than 100,000 ethnic Armenians left Nagorno-Karabakh in the days after the offensive.',
      ['100000 displaced ARM null'],
    ],
    ['There are still 650,000 displaced in the country.', ['650000 displaced null null']],
    [
      'The war in the 1990s left 25,000 dead and a million displaced.',
      ['25000 deaths null null', '1000000 displaced null null'],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('reads no displacement in forces or other forcing', () => {
    expect(read('Azerbaijani forces said 12 soldiers were killed.')).toEqual(['12 soldiers_killed AZ AZ']);
  });
});
