/**
 * A live blog's entry opens with its time before "Speaker: claim" ("14:05 Azerbaijan's defence
 * ministry: 3 tanks destroyed"): the speaker before the colon still claims the count. Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('a speaker before a colon after a live blog time', () => {
  it.each([
    [
      "14:05 Azerbaijan's defence ministry: 3 Armenian tanks destroyed near Aghdara.",
      ['3 tanks_destroyed ARM AZ'],
    ],
    [
      '9.30am GMT - Karabakh ombudsman: 4 civilians killed in Martuni overnight.',
      ['4 civilians_killed ARM NK'],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
