/**
 * Independent monitors and analysts who count losses (open-source trackers counting equipment from
 * imagery, conflict-data projects, crisis think tanks) are third-party speakers, as rights groups
 * and UN agencies are. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('monitors and analysts are third-party speakers', () => {
  it.each([
    [
      'Analysts at Oryx counted 140 Armenian tanks destroyed, based on photos.',
      '140 tanks_destroyed ARM other',
    ],
    [
      'Crisis Group said at least 12 soldiers had been killed on both sides.',
      '12 soldiers_killed null other',
    ],
    ['UNICEF said four children had been killed in the shelling of Tartar.', '4 civilians_killed AZ other'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
