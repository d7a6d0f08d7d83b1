/**
 * German compounds led by a model name ("Su-25-Kampfflugzeuge", "Mi-24-Hubschrauber",
 * "TB2-Drohnen") are the machine counted. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'de' }).map(
    (f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`,
  );

describe('German compounds after a model name', () => {
  it.each([
    ['Nach Angaben aus Baku wurden drei Su-25-Kampfflugzeuge abgeschossen.', '3 aircraft_downed ARM AZ'],
    ['Armenien meldete den Abschuss von zwei Mi-24-Hubschraubern.', '2 helicopters_downed AZ ARM'],
    ['Baku bestätigte den Verlust von vier TB2-Drohnen.', '4 drones_downed AZ AZ'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('counts nothing in an inventory', () => {
    expect(read('Die Luftwaffe verfügt über 30 Su-25-Kampfflugzeuge.')).toEqual([]);
  });
});
