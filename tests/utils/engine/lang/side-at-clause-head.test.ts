/**
 * A side named at the head of a clause ("Da parte azera, …", "Auf aserbaidschanischer Seite …",
 * "Du côté arménien, …") owns the civilians counted after it as it owns soldiers, and in Italian and
 * French it also names the country of a bare role that speaks in the clause ("Da parte armena, il ministero
 * della Difesa ha riferito …"). "Attacchi da parte azera" stays the attacker. Sentences written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`);

describe('a side at the head of the clause', () => {
  it.each([
    ['it', 'Da parte azera, sono stati uccisi 15 civili.', '15 civilians_killed AZ -'],
    ['it', 'Da parte armena sono rimasti feriti 30 civili.', '30 civilians_injured ARM -'],
    ['it', 'Da parte armena si contano 44 soldati uccisi.', '44 soldiers_killed ARM -'],
    [
      'it',
      'Da parte armena, il ministero della Difesa ha riferito di 16 soldati uccisi.',
      '16 soldiers_killed ARM ARM',
    ],
    [
      'it',
      "Da parte azera, il ministero della Difesa ha annunciato l'abbattimento di 4 elicotteri armeni.",
      '4 helicopters_downed ARM AZ',
    ],
    [
      'fr',
      'Du côté arménien, le ministère de la Défense a annoncé 21 soldats tués.',
      '21 soldiers_killed ARM ARM',
    ],
    [
      'fr',
      'Côté azerbaïdjanais, le ministère de la Défense a annoncé la destruction de 4 chars arméniens.',
      '4 tanks_destroyed ARM AZ',
    ],
    ['de', 'Auf aserbaidschanischer Seite wurden 14 Zivilisten getötet.', '14 civilians_killed AZ -'],
    ['fr', 'Du côté azerbaïdjanais, 13 civils ont été tués.', '13 civilians_killed AZ -'],
    ['ru', 'С азербайджанской стороны погибли 17 мирных жителей.', '17 civilians_killed AZ -'],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual([expected]);
  });

  it.each([
    ['it', 'Gli attacchi da parte azera hanno ucciso 12 civili a Stepanakert.', '12 civilians_killed ARM -'],
  ])('%s: the attacker in "%s"', (lang, text, expected) => {
    expect(read(lang, text)).toEqual([expected]);
  });
});
