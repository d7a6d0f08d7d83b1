/**
 * More ways English names the acting forces a bare "the ministry said" speaks for: a possessive
 * country ("Azerbaijan's air defence shot down …"), plural air defences, drones, the air force, and
 * an aside between the forces and their verb ("Armenian forces, the ministry said, downed …").
 * Forces named on both sides, or killing civilians, still name no speaker. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('a bare role speaks for the forces its sentence names, in more forms', () => {
  it.each([
    [
      "Azerbaijan's air defence shot down four Armenian drones on Monday, the defence ministry said.",
      '4 drones_downed ARM AZ',
    ],
    [
      "Armenia's forces destroyed two Azerbaijani tanks near Hadrut, the ministry said.",
      '2 tanks_destroyed AZ ARM',
    ],
    [
      'Armenian air defences downed five Azerbaijani drones over Syunik, the ministry said.',
      '5 drones_downed AZ ARM',
    ],
    [
      'Azerbaijani drones destroyed three Armenian tanks near Fizuli, the ministry said.',
      '3 tanks_destroyed ARM AZ',
    ],
    [
      'Armenian forces, the ministry said, downed an Azerbaijani helicopter over Martakert.',
      '1 helicopters_downed AZ ARM',
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it.each([
    [
      'Azerbaijani drones killed 3 civilians in Stepanakert, the ministry said.',
      '3 civilians_killed ARM null',
    ],
    ['Turkish drones destroyed 20 Armenian tanks, the ministry said.', '20 tanks_destroyed ARM null'],
  ])('unchanged: %s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
