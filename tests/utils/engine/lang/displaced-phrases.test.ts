/**
 * People forced or driven from their homes, made refugees, or forced to leave are displaced, as
 * those who fled are. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('people forced from their homes', () => {
  it.each([
    [
      'Over 600,000 Azerbaijanis were forced from their homes in the 1990s war.',
      '600000 displaced [Over 600,000 Azerbaijanis]',
    ],
    [
      'Some 30,000 people were driven from their homes during the fighting.',
      '30000 displaced [Some 30,000 people]',
    ],
    [
      'About 40,000 residents were forced to leave after the shelling, officials said.',
      '40000 displaced [About 40,000 residents]',
    ],
    ['Nearly 90,000 people had to leave within a week.', '90000 displaced [Nearly 90,000 people]'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
