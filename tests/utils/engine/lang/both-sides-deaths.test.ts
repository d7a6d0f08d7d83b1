/**
 * People counted on both sides of a war are its dead overall, not civilians: soldiers and
 * civilians of both armies together (sentences written for these tests). Soldiers or civilians
 * named as such keep their own metric.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('people killed on both sides', () => {
  it.each([
    ['en', 'Moscow said that close to 5,000 people had died on both sides by late October.', '5000'],
    ['en', 'Over the four days some 90 people were killed on both sides, officials said.', '90'],
    ['de', 'Auf beiden Seiten starben nach Moskauer Angaben fast 5000 Menschen.', '5000'],
    ['ru', 'По данным Москвы, с обеих сторон погибли почти 5 тысяч человек.', '5000'],
  ])('%s: they are deaths with no side', (lang, text, value) => {
    expect(read(lang, text)).toEqual([`${value} deaths null`]);
  });

  it('keeps soldiers and civilians named as such', () => {
    expect(read('en', 'About 3,000 soldiers were killed on both sides in the first week.')).toEqual([
      '3000 soldiers_killed null',
    ]);
    expect(read('en', 'At least 60 civilians have been killed on both sides.')).toEqual([
      '60 civilians_killed null',
    ]);
  });

  it('leaves people killed on one side as they were', () => {
    expect(read('en', 'Shelling of Tartar killed 4 people, Baku said.')).toEqual(['4 civilians_killed AZ']);
  });
});

/** "25,000 Armenians and Azerbaijanis were killed": the two peoples named together are both sides. */
describe('the two peoples counted together', () => {
  it.each([
    'Some 25,000 Armenians and Azerbaijanis were killed before the 1994 truce.',
    'More than 7,000 Armenians and Azeris died in the fighting, officials said.',
  ])('%s: deaths with no side', (text) => {
    expect(read('en', text).map((f) => f.replace(/^\d+ /, ''))).toEqual(['deaths null']);
  });

  it('keeps one people counted alone on its side', () => {
    expect(read('en', 'Some 14,000 Azerbaijanis were killed in the war of the early 1990s.')).toEqual([
      '14000 deaths AZ',
    ]);
  });
});
