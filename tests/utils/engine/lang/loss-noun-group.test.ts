/**
 * A counted loss noun before the group it counts: the group decides the metric ("1 166 morts
 * parmi les combattants", "1.166 morti tra i militari", "1166 Tote unter den Soldaten", "1166
 * погибших среди военнослужащих", "тела 30 погибших азербайджанских военнослужащих"); before,
 * the loss noun alone read them as civilians. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string, lang: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('a loss noun counts the group after it', () => {
  it.each([
    [
      'fr',
      'Le Karabakh recense désormais 710 morts parmi ses combattants.',
      '710 soldiers_killed [710 morts parmi ses combattants]',
    ],
    ['fr', "L'armée a perdu 90 morts dans ses rangs.", '90 soldiers_killed [90 morts dans ses rangs]'],
    ['it', 'Erevan conta ormai 710 morti tra i militari.', '710 soldiers_killed [710 morti tra i militari]'],
    [
      'de',
      'Stepanakert meldete 710 Tote unter den Soldaten.',
      '710 soldiers_killed [710 Tote unter den Soldaten]',
    ],
    [
      'ru',
      'Власти Карабаха сообщили о 710 погибших среди военнослужащих.',
      '710 soldiers_killed [710 погибших среди военнослужащих]',
    ],
    [
      'ru',
      'Стороны обменялись телами 25 погибших армянских военнослужащих.',
      '25 soldiers_killed [25 погибших армянских военнослужащих]',
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual([expected]);
  });

  it('keeps civilians among civilians', () => {
    expect(read('Il bombardamento ha fatto 12 morti tra i civili.', 'it')).toEqual([
      '12 civilians_killed [12 morti tra i civili]',
    ]);
  });
});
