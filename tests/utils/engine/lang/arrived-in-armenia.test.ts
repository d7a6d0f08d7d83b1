/**
 * People who arrived in or crossed into Armenia (from Karabakh) are displaced, as refugees who
 * arrived are. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('arrivals in Armenia are displaced', () => {
  it.each([
    [
      'More than 6,600 people have arrived in Armenia from Nagorno-Karabakh, the Armenian government said.',
      '6600 displaced ARM ARM',
    ],
    [
      'By Tuesday evening 28,000 people had crossed into Armenia, officials in Yerevan said.',
      '28000 displaced ARM ARM',
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
