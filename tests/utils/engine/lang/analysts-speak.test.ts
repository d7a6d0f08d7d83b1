/**
 * Analysts, unnamed or not ("analysts said", "military analysts counted"), are third-party
 * speakers, as the monitors they often work for are. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('analysts are third-party speakers', () => {
  it.each([
    [
      'Azerbaijani drones destroyed 40 of their tanks in the first week, analysts said.',
      '40 tanks_destroyed ARM other',
    ],
    [
      'Military analysts counting losses from drone footage say Armenia lost at least 120 artillery pieces.',
      '120 artillery_destroyed ARM other',
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
