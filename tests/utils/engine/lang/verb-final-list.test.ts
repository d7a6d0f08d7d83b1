/**
 * Turkish and Azerbaijani put a list's shared verb after its last item: the first item counts with
 * it however long the list ("… tankı ve diğer zırhlı araçlar, 4 …, 5 …, 8 … imha edildi").
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const metrics = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric}`);

describe('a long list before its clause-final verb', () => {
  it('tr: the first item counts with the verb after the last', () => {
    expect(
      metrics(
        'tr',
        'Bakanlığa göre 14 düşman tankı ve başka zırhlı araçlar, 6 Tor uçaksavar füze sistemi, 9 insansız hava aracı (İHA), 3 topçu parçası imha edildi.',
      ),
    ).toEqual(['14 tanks_destroyed', '6 air_defense_destroyed', '9 drones_downed', '3 artillery_destroyed']);
  });

  it('az: the same list shape', () => {
    expect(
      metrics(
        'az',
        'Nazirliyin məlumatına görə, düşmənin 14 tankı və digər zirehli texnikası, 6 Tor zenit-raket kompleksi, 9 pilotsuz uçuş aparatı (PUA), 3 artilleriya qurğusu məhv edilib.',
      ),
    ).toEqual(['14 tanks_destroyed', '6 air_defense_destroyed', '9 drones_downed', '3 artillery_destroyed']);
  });

  it('tr: a verb of its own after a clause end is not the list’s', () => {
    expect(metrics('tr', 'Bölgede 14 tank vardı. 3 asker öldü.')).toEqual(['3 soldiers_killed']);
  });
});
