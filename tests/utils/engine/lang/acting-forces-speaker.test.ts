/**
 * A bare "the ministry said" or "the president said" with no speaker before it to stand for speaks
 * for the forces its own sentence has striking the enemy ("Azerbaijani forces destroyed 12 Armenian
 * tanks, the ministry said"). Forces that kill civilians name no speaker: the victims' side accuses
 * them. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe("a bare role speaks for its sentence's acting forces", () => {
  it.each([
    [
      'Azerbaijani forces destroyed 12 Armenian tanks overnight, the ministry said.',
      '12 tanks_destroyed ARM AZ',
    ],
    [
      'Armenian troops shot down three Azerbaijani drones near Martuni, the ministry said.',
      '3 drones_downed AZ ARM',
    ],
    [
      'Armenian units repelled an attack, killing 25 Azerbaijani soldiers, the ministry said.',
      '25 soldiers_killed AZ ARM',
    ],
    ['Karabakh forces shot down an Azerbaijani Su-25, the president said.', '1 aircraft_downed AZ NK'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('names no speaker by forces that killed civilians', () => {
    expect(read('Armenian forces killed 5 civilians in Ganja, the ministry said.')).toEqual([
      '5 civilians_killed AZ null',
    ]);
  });
});
