/**
 * A count that only names the whole a part is taken from is no figure: "a third of the 120,000
 * residents had fled" counts neither 120,000 fled nor a third, and "a 9-year-old boy was among four
 * civilians killed" is one of the four, not a fifth. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('a part named before its whole', () => {
  it.each([
    ['A third of the 120,000 residents had fled by Saturday, local officials said.'],
    ['Half of the 3,000 villagers were evacuated before the shelling.'],
    ['Most of the 40 soldiers in the unit were wounded, the ministry said.'],
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('counts a person among a counted group once', () => {
    expect(
      read("Karabakh's ombudsman said a 9-year-old boy was among four civilians killed in Martuni."),
    ).toEqual(['4 civilians_killed [four civilians]']);
    expect(read('Two officers were among 14 soldiers killed near Jabrayil.')).toEqual([
      '14 soldiers_killed [14 soldiers]',
    ]);
  });

  it('keeps people among the dead with no count of the whole', () => {
    expect(read('Two officers were among those killed near Jabrayil.')).toEqual([
      '2 soldiers_killed [Two officers]',
    ]);
  });
});
