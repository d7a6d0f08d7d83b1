/**
 * A count whose own predicate is a state that is no loss ("… and six are still missing", "4 were
 * taken prisoner") does not share the loss verb before it; counts that do lose something keep
 * theirs (sentences written for these tests).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) => extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric}`);

describe('the missing and the captive are no loss', () => {
  it.each([
    ['Baku said 2,881 of its soldiers had died, and nine are still missing.', '2881 soldiers_killed'],
    [
      'Yerevan put its dead at 3,400 soldiers and said 190 others remain unaccounted for.',
      '3400 soldiers_killed',
    ],
    ['Fourteen servicemen were killed and 3 were taken prisoner near Hadrut.', '14 soldiers_killed'],
    ['Two soldiers were wounded and one is listed as missing in action.', '2 soldiers_wounded'],
  ])('%s', (text, figure) => {
    expect(read(text)).toEqual([figure]);
  });

  it('keeps a count that suffered the loss after one that went missing', () => {
    expect(read('Nine servicemen are missing and 12 soldiers were killed in the attack.')).toEqual([
      '12 soldiers_killed',
    ]);
  });

  it('keeps villages captured and people evacuated', () => {
    expect(read('Baku said 13 villages were captured and 4 soldiers were killed.')).toEqual([
      '13 villages_captured',
      '4 soldiers_killed',
    ]);
  });
});

describe('people affected and sums of money are no loss', () => {
  it.each([
    'Dozens of soldiers were killed near Fuzuli, and officials say 900,000 people have been affected.',
    'Losses at the state oil company stood at 300 million manat in the year the war killed thousands.',
  ])('%s', (text) => {
    expect(read(text).filter((f) => /^(?:900000|300000000) /.test(f))).toEqual([]);
  });
});

/** People who came back are no longer displaced: "2,000 refugees have returned" counts no flight. */
describe('refugees who returned are not displaced', () => {
  it.each([
    'About 3,000 refugees have returned to Lachin, the authorities said.',
    'Some 450 displaced people returned to their villages last week.',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('keeps people who fled', () => {
    expect(read('About 3,000 refugees fled to Goris on Sunday.')).toEqual(['3000 displaced']);
  });
});
