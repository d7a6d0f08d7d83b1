/**
 * A body that counted or recorded the dead ("ha contato", "ha registrato", "насчитала",
 * "зафиксировала") or made its list public ("обнародовало") is the figure's claimant, as one that said so. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`);

describe('counting and recording verbs attribute', () => {
  it.each([
    ['it', 'La procura generale azera ha contato 26 civili uccisi.', '26 civilians_killed AZ AZ'],
    ['it', 'Il difensore civico armeno ha registrato 17 civili feriti.', '17 civilians_injured ARM ARM'],
    ['ru', 'Генпрокуратура Азербайджана насчитала 26 погибших мирных жителей.', '26 civilians_killed AZ AZ'],
    ['ru', 'Омбудсмен Армении зафиксировал гибель 17 мирных жителей.', '17 civilians_killed ARM ARM'],
    // A body that made a list public ("обнародовало", "распространило") says what it lists.
    [
      'ru',
      'Минобороны Азербайджана обнародовало список из 2783 погибших военнослужащих.',
      '2783 soldiers_killed AZ AZ',
    ],
    [
      'ru',
      'Генпрокуратура Азербайджана распространила данные о 41 погибшем мирном жителе.',
      '41 civilians_killed AZ AZ',
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual([expected]);
  });
});
