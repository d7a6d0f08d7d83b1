/**
 * The agent of a passive loss ("… was shot down by a Turkish F-16") lost nothing, and "attack"
 * before an aircraft word is part of the aircraft's name ("an Su-25 attack aircraft"), not a head
 * of its own like "a drone attack". Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('the agent of a passive loss', () => {
  it('does not count the aircraft that did the shooting', () => {
    expect(
      read('Yerevan said one of its Su-25 jets was brought down by a Turkish F-16 over Vardenis.'),
    ).toEqual(['1 aircraft_downed [one of its Su-25 jets]']);
  });

  it('does not count the drones that did the destroying', () => {
    expect(read('Four Armenian tanks were destroyed by 2 Bayraktar drones near Fuzuli.')).toEqual([
      '4 tanks_destroyed [Four Armenian tanks]',
    ]);
  });
});

describe('an attack aircraft', () => {
  it('counts an attack aircraft shot down', () => {
    expect(read('An Azerbaijani Su-25 attack aircraft was downed near Martuni.')).toEqual([
      '1 aircraft_downed [An Azerbaijani Su-25]',
    ]);
  });

  it('still reads a drone attack as no drone lost', () => {
    expect(read('A drone attack killed 3 soldiers near Martuni.')).toEqual([
      '3 soldiers_killed [3 soldiers]',
    ]);
  });
});
