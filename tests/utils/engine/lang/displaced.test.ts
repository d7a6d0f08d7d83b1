/**
 * People who fled are counted in any period, not only in a past war's era (sentences written for
 * these tests): the 2023 exodus and the 2020 war's displaced are figures a reader checks. A party
 * counting refugees counts its own people.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const displaced = (lang: string, text: string, publishedDate: string | null = null) =>
  extractFigures(text, { lang, publishedDate }).map(
    (f) => `${f.value} ${f.qualifier} ${f.metric} ${f.side} ${f.claimant?.id ?? null} ${f.period}`,
  );

describe('people displaced', () => {
  // A government keeps a tally: its count in the days of the 2023 offensive takes the offensive's period.
  it.each([
    [
      'en',
      'More than 80,000 people have fled their homes, the Armenian government said.',
      '80000 more_than displaced ARM arm_gov 2023-09-19/2023-09-20',
    ],
    [
      'ru',
      'До 70 тысяч человек покинули свои дома, сообщили в правительстве Армении.',
      '70000 up_to displaced ARM arm_gov 2023-09-19/2023-09-20',
    ],
    [
      'de',
      'Bis zu 70.000 Menschen sind aus ihren Häusern geflohen.',
      '70000 up_to displaced null null 2023-09-28',
    ],
    ['fr', "Jusqu'à 70 000 personnes ont fui leurs foyers.", '70000 up_to displaced null null 2023-09-28'],
    [
      'it',
      'Fino a 70.000 persone hanno lasciato le loro case.',
      '70000 up_to displaced null null 2023-09-28',
    ],
    ['tr', '70 bine kadar kişi evlerini terk etti.', '70000 up_to displaced null null 2023-09-28'],
  ])('%s: a count of people who fled', (lang, text, expected) => {
    expect(displaced(lang, text, '2023-09-28')).toEqual([expected]);
  });

  it('keeps the era of the 1990s war for its displaced', () => {
    expect(displaced('en', 'Some 600,000 Azerbaijanis fled during the first war.', '2023-09-28')).toEqual([
      '600000 about displaced AZ null 1988/1994',
    ]);
  });

  it('places refugees by where they came from', () => {
    expect(
      displaced('en', 'Armenia said it had taken in 6,650 refugees from Karabakh.', '2023-09-21'),
    ).toEqual(['6650 exact displaced ARM arm_gov 2023-09-19/2023-09-20']);
  });
});
