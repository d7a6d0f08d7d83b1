/**
 * A side heading the sentence ("Da parte armena, …", "Du côté azerbaïdjanais, …", "Auf armenischer
 * Seite …") owns its count however long the words between them (grammar `sideHead`), unless another
 * party is named between. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const sides = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('a side at the head of a long sentence', () => {
  it.each([
    [
      'it',
      'Da parte azera, nei bombardamenti della notte scorsa lungo tutta la linea del fronte, sono morti 9 civili.',
      '9 civilians_killed AZ',
    ],
    [
      'it',
      'Da parte armena, secondo il bilancio aggiornato ieri sera dalle autorità locali, sono stati uccisi 31 soldati.',
      '31 soldiers_killed ARM',
    ],
    [
      'fr',
      'Du côté azerbaïdjanais, lors des violents bombardements de la nuit dernière dans le nord, 7 civils ont été tués.',
      '7 civilians_killed AZ',
    ],
    [
      'de',
      'Auf aserbaidschanischer Seite wurden bei den heftigen Gefechten der vergangenen Nacht im Norden der Region 8 Zivilisten getötet.',
      '8 civilians_killed AZ',
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(sides(lang, text)).toEqual([expected]);
  });

  it('yields to another party named between the head and the count', () => {
    expect(
      sides(
        'it',
        "Da parte armena si contano molte vittime, mentre l'esercito dell'Azerbaigian ha perso in tutto 11 soldati.",
      ),
    ).toEqual(['11 soldiers_killed AZ']);
  });
});
