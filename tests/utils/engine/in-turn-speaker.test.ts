/**
 * A bare role with no speaker before it ("По данным ведомства, …", "According to the ministry, …")
 * is the other side's when the next sentences answer it "in turn" ("Минобороны Армении, в свою
 * очередь, …", "Armenia's defence ministry, in turn, …", "Ermenistan Savunma Bakanlığı ise …"):
 * grammar `inTurn`, `ClaimantResolver.answeredRole`. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`);

describe('a bare role answered in turn', () => {
  it.each([
    [
      'ru',
      'По данным ведомства, армянские войска потеряли 17 танков.\n\nМинобороны Армении, в свою очередь, сообщило о 9 сбитых беспилотниках.',
      ['17 tanks_destroyed ARM AZ', '9 drones_downed AZ ARM'],
    ],
    [
      'ru',
      'По информации ведомства, уничтожены 6 армянских гаубиц. Минобороны Армении в свою очередь сообщило, что азербайджанская армия потеряла убитыми 50 военнослужащих.',
      ['6 artillery_destroyed ARM AZ', '50 soldiers_killed AZ ARM'],
    ],
    [
      'en',
      "According to the ministry, Armenian forces lost 17 tanks. Armenia's defence ministry, in turn, said 9 Azerbaijani drones were downed.",
      ['17 tanks_destroyed ARM AZ', '9 drones_downed AZ ARM'],
    ],
    [
      'fr',
      "Selon le ministère, l'armée arménienne a perdu 17 chars. Le ministère arménien de la Défense a de son côté annoncé avoir abattu 9 drones.",
      ['17 tanks_destroyed ARM AZ', '9 drones_downed AZ ARM'],
    ],
    [
      'tr',
      "Bakanlığın açıklamasına göre Ermeni ordusu 17 tank kaybetti. Ermenistan Savunma Bakanlığı ise 9 İHA'nın düşürüldüğünü açıkladı.",
      ['17 tanks_destroyed ARM AZ', '9 drones_downed AZ ARM'],
    ],
    [
      'ru',
      'По данным ведомства, уничтожены 4 армянских танка. Минобороны Азербайджана, в свою очередь, сообщило о 3 сбитых беспилотниках.',
      ['4 tanks_destroyed ARM ARM', '3 drones_downed ARM AZ'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual(expected);
  });

  it('keeps a bare role with a speaker before it', () => {
    const text =
      'Минобороны Азербайджана провело брифинг. По данным ведомства, уничтожены 5 армянских танков. Минобороны Армении, в свою очередь, сообщило о 2 сбитых беспилотниках.';
    expect(read('ru', text)).toEqual(['5 tanks_destroyed ARM AZ', '2 drones_downed AZ ARM']);
  });

  it('leaves a bare role alone when nothing answers it', () => {
    const text =
      'По данным ведомства, уничтожены 5 армянских танков. Минобороны Армении сообщило о 2 сбитых беспилотниках.';
    expect(read('ru', text)).toEqual(['5 tanks_destroyed ARM -', '2 drones_downed AZ ARM']);
  });
});
