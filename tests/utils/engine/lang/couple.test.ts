/**
 * "A couple" on its own is two people ("an elderly couple was killed"), not one; "a couple more"
 * counts two of the noun after it; "a couple days later" counts nobody. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('a couple', () => {
  it.each([
    ['An old couple died when a rocket struck their home in Goranboy.', '2 civilians_killed [old couple]'],
    ['A married couple were wounded by shrapnel in Askeran.', '2 civilians_injured [married couple]'],
    ['Shelling of Terter killed a couple in their garden.', '2 civilians_killed [couple]'],
    ['A couple more servicemen died of their wounds.', '2 soldiers_killed [A couple more servicemen]'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('counts nobody in a span of time', () => {
    expect(read('A couple days later, 4 soldiers were killed near Hadrut.')).toEqual([
      '4 soldiers_killed [4 soldiers]',
    ]);
  });
});
