/**
 * "… were killed on the Armenian side": the side named after a figure in its clause is where the
 * losses fell. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = partyBriefs('en');

describe('a side named after the figure', () => {
  it.each([
    ['The four days of fighting left 70 soldiers dead on the Azerbaijani side.', 'AZ'],
    ['In all, 41 servicemen were wounded on the Armenian side, according to the report.', 'ARM'],
  ])('%s', (text, side) => {
    expect(read(text).map((f) => f.side)).toEqual([side]);
  });
});
