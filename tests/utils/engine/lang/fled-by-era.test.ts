/**
 * People who fled a place are of that place's side ("fled Karabakh" in 2020 or 2023: its
 * Armenians), except in an era whose people fled the other side's places (the topic pack's
 * `fledOtherSide`: in the early 1990s Azerbaijanis fled Karabakh, Armenians fled Azerbaijan).
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en', publishedDate: '2024-01-15' }).map(
    (f) => `${f.value} ${f.metric} ${f.side ?? '-'}`,
  );

describe('the side of people who fled', () => {
  it.each([
    [
      'Over 90,000 people fled Nagorno-Karabakh within days of the September 2023 offensive.',
      '90000 displaced ARM',
    ],
    ['Nearly 500,000 people fled Karabakh and nearby districts in the early 1990s.', '500000 displaced AZ'],
    ['During the first Karabakh war, some 250,000 people fled Azerbaijan.', '250000 displaced ARM'],
    ['In the early 1990s, 30,000 refugees from Karabakh found shelter in Baku.', '30000 displaced AZ'],
    ['About 8,000 refugees from Karabakh reached Goris last week.', '8000 displaced ARM'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
