/**
 * Mine victims and shelling victims named by their work are civilians in every language, as the
 * English lexicon already reads them: agency employees and deminers, shepherds, farmers, drivers,
 * doctors ("два сотрудника ANAMA", "deux démineurs", "due sminatori", "2 ANAMA çalışanı",
 * "ANAMA-nın 2 əməkdaşı", "2 աշխատակից"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string, lang: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('people named by their work are civilians', () => {
  it.each([
    [
      'ru',
      'При подрыве на мине в Кельбаджаре погибли два сотрудника агентства.',
      '2 civilians_killed [два сотрудника]',
    ],
    [
      'ru',
      'Под Агдамом на мине подорвался трактор, ранены три фермера.',
      '3 civilians_injured [три фермера]',
    ],
    [
      'de',
      'Durch eine Mine wurden zwei Minenräumer schwer verletzt.',
      '2 civilians_injured [zwei Minenräumer]',
    ],
    [
      'fr',
      "Deux démineurs ont été tués par l'explosion d'une mine près de Fuzuli.",
      '2 civilians_killed [Deux démineurs]',
    ],
    [
      'it',
      'Tre sminatori sono rimasti uccisi dallo scoppio di una mina.',
      '3 civilians_killed [Tre sminatori]',
    ],
    ['tr', 'Mayın patlamasında 2 çoban hayatını kaybetti.', '2 civilians_killed [2 çoban]'],
    [
      'az',
      'Mina partlayışı nəticəsində agentliyin 2 əməkdaşı həlak olub.',
      '2 civilians_killed [2 əməkdaşı]',
    ],
    ['hy', 'Ականի պայթյունից զոհվել է 2 հովիվ։', '2 civilians_killed [2 հովիվ]'],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual([expected]);
  });

  it('counts no trade where nothing was lost', () => {
    expect(read('Агентство наняло ещё 40 сотрудников для разминирования.', 'ru')).toEqual([]);
  });
});
