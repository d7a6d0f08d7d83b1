/**
 * A range of two counts sharing one noun is one figure, its lower bound, in every language as in
 * English: "от 30 до 40 военнослужащих" (the "до" rides on the upper bound as its qualifier, so
 * the range opens with "от"), "zwischen 30 und 40 Soldaten", "30 bis 40 Panzer", "entre 30 et 40
 * soldats", "de 30 à 40 soldats", "tra 200 e 300 soldati", "da 200 a 300", "30 ila 40 asker", and
 * a spaced dash. A change between two numbers ("выросло с 30 до 40", "est passé de 30 à 40", "è
 * salito da 200 a 300") and two counts of two nouns stay apart. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string, lang: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`);

describe('a range of counts in other languages', () => {
  it.each([
    ['ru', 'По данным Степанакерта, погибли от 30 до 40 военнослужащих.', ['30 soldiers_killed ARM NK']],
    ['ru', 'От 12 до 15 армянских военнослужащих ранены, сообщили в Баку.', ['12 soldiers_wounded ARM AZ']],
    ['de', 'Zwischen 30 und 40 armenische Soldaten wurden getötet.', ['30 soldiers_killed ARM -']],
    ['de', 'Bei den Kämpfen wurden 8 bis 10 Panzer zerstört.', ['8 tanks_destroyed null -']],
    ['fr', 'Entre 30 et 40 soldats azerbaïdjanais ont été tués.', ['30 soldiers_killed AZ -']],
    ['fr', 'De 20 à 25 civils ont péri à Tartar.', ['20 civilians_killed AZ -']],
    ['it', 'Secondo Stepanakert, sono morti tra 200 e 300 soldati.', ['200 soldiers_killed ARM NK']],
    ['it', 'Sono stati distrutti da 5 a 7 carri armati azeri.', ['5 tanks_destroyed AZ -']],
    ['tr', '30 ila 40 Ermeni asker hayatını kaybetti.', ['30 soldiers_killed ARM -']],
    ['az', '30 – 40 erməni hərbçi həlak olub.', ['30 soldiers_killed ARM -']],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected);
  });

  it.each([
    ['ru', 'Число погибших выросло с 30 до 40 военнослужащих.', ['40 soldiers_killed null -']],
    [
      'ru',
      'Погибли 30 военнослужащих и 40 мирных жителей.',
      ['30 soldiers_killed null -', '40 civilians_killed null -'],
    ],
    ['it', 'Il bilancio è salito da 200 a 300 soldati morti.', ['300 soldiers_killed null -']],
    [
      'de',
      'Getötet wurden 12 Soldaten und 15 Zivilisten.',
      ['12 soldiers_killed null -', '15 civilians_killed null -'],
    ],
  ])('a change or two nouns stay apart (%s: %s)', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected);
  });
});
