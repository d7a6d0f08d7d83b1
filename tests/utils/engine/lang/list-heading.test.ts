/**
 * Items of a list under a heading that ends with a colon take the heading's loss words, speaker
 * and owner ("The ministry listed the enemy's losses over the past day:\n• 12 tanks"). A list
 * under a heading that names no loss counts nothing. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('a list under a heading', () => {
  it("reads each item with the heading's loss, speaker and owner", () => {
    const text = [
      "The Azerbaijani defence ministry listed the enemy's losses over the past day:",
      '• 12 tanks',
      '• 3 helicopters',
      '• 150 servicemen',
    ].join('\n');
    expect(read(text)).toEqual([
      '12 tanks_destroyed ARM AZ',
      '3 helicopters_downed ARM AZ',
      '150 soldiers_killed ARM AZ',
    ]);
  });

  it('reads the owner the heading names', () => {
    const text = [
      'Armenian losses since Sunday, according to Yerevan:',
      '- 84 soldiers',
      '- 2 helicopters',
    ].join('\n');
    expect(read(text)).toEqual(['84 soldiers_killed ARM ARM', '2 helicopters_downed ARM ARM']);
  });

  it('counts nothing under a heading without a loss', () => {
    const text = [
      'Armenian forces on the front line, according to Yerevan:',
      '- 84 soldiers',
      '- 2 helicopters',
    ].join('\n');
    expect(read(text)).toEqual([]);
  });
});
