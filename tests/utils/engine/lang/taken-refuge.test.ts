/**
 * People who took or sought refuge in Armenia or Azerbaijan are displaced; people who took refuge
 * in basements during shelling are sheltering, not displaced. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('taking refuge', () => {
  it.each([
    ['Yerevan says 25,000 people from Karabakh have taken refuge in Armenia.', '25000 displaced ARM ARM'],
    [
      'About 1,500 residents of Tartar sought refuge in Barda, the Azerbaijani ministry said.',
      '1500 displaced AZ AZ',
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('reads no displacement in a shelter', () => {
    expect(read('Some 400 people took refuge in basements during the shelling, officials said.')).toEqual([]);
  });
});
