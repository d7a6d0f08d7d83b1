/**
 * "140 people fell victim to mines, with 31 killed": the victims are killed and wounded together,
 * so only the part named with its loss ("with 31 killed") is a figure; "fell victim" is no death.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) => extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric}`);

describe('victims counted with the part that died', () => {
  it.each([
    ['Since the war, 140 people fell victim to mines, with 31 killed.', ['31 civilians_killed']],
    [
      'The army lost 60 soldiers on Monday, with 14 more wounded.',
      ['60 soldiers_killed', '14 soldiers_wounded'],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('still reads soldiers who fell in battle as killed', () => {
    expect(read('Nine soldiers fell in battle near Fuzuli.')).toEqual(['9 soldiers_killed']);
  });
});
