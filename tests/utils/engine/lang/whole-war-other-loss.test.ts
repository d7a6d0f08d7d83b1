/**
 * A past war's sentence often counts two losses: "the war left 30,000 people dead and displaced
 * about a million". A whole war's count goes first among metrics of its own loss (deaths), but a
 * count nearer another loss word (displaced, wounded) is that loss. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.period} [${f.text}]`);

describe('a whole war counting two losses', () => {
  it('reads the displaced after the dead of the 1990s war', () => {
    expect(
      read('en', 'The war of the early 1990s left some 25,000 people dead and displaced about 900,000.'),
    ).toEqual([
      '25000 deaths 1988/1994 [some 25,000 people dead]',
      '900000 displaced 1988/1994 [about 900,000]',
    ]);
  });

  it('reads the displaced after the dead in German', () => {
    expect(
      read(
        'de',
        'Im Krieg Anfang der 1990er Jahre starben etwa 25.000 Menschen, Zehntausende wurden vertrieben.',
      ),
    ).toEqual(['25000 deaths 1988/1994 [etwa 25.000 Menschen]', 'null displaced 1988/1994 [Zehntausende]']);
  });

  it('keeps the dead of that war as its deaths', () => {
    expect(read('en', 'About 25,000 people were killed in the war of the early 1990s.')).toEqual([
      '25000 deaths 1988/1994 [About 25,000 people]',
    ]);
  });
});

/** The 1990s war named by its end: "fighting that ended in 1994", "a ceasefire agreed in 1994". */
describe('the 1990s war named by the year it ended', () => {
  it.each([
    [
      'The enclave broke away in fighting that ended in 1994, killing some 25,000 people.',
      '25000 deaths 1988/1994 [some 25,000 people]',
    ],
    [
      'Around 25,000 people died before a truce was signed in May 1994.',
      '25000 deaths 1988/1994 [Around 25,000 people]',
    ],
  ])('%s', (text, expected) => {
    expect(read('en', text)).toEqual([expected]);
  });
});
