/**
 * One person named by an article or an age ("Une fillette de 13 ans a été tuée", "погибла
 * 13-летняя девочка"): a civilian loss of one. Russian has no article, so a singular loss verb
 * right before an age or a civilian's adjective, or an age before a person and its loss verb, counts
 * one (the lexicon's implicitOne). A person with no loss counts nothing. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`);

describe('one person, by an article or an age', () => {
  it.each([
    [
      'fr',
      'Une fillette de 9 ans a été tuée à Barda, selon le parquet azerbaïdjanais.',
      '1 civilians_killed AZ AZ',
    ],
    [
      'fr',
      'Un garçon a été blessé à Stepanakert, selon le médiateur arménien.',
      '1 civilians_injured ARM ARM',
    ],
    [
      'it',
      'Una ragazza di 15 anni è stata uccisa a Barda, ha detto la procura azera.',
      '1 civilians_killed AZ AZ',
    ],
    [
      'it',
      'Un anziano è rimasto ferito a Stepanakert, secondo l’ombudsman armeno.',
      '1 civilians_injured ARM ARM',
    ],
    [
      'de',
      'Ein 9-jähriges Mädchen wurde in Barda getötet, teilte die aserbaidschanische Staatsanwaltschaft mit.',
      '1 civilians_killed AZ AZ',
    ],
    [
      'de',
      'In Stepanakert wurde eine Frau verletzt, sagte der armenische Menschenrechtsbeauftragte.',
      '1 civilians_injured ARM ARM',
    ],
    [
      'ru',
      'В Барде погибла 9-летняя девочка, сообщила Генпрокуратура Азербайджана.',
      '1 civilians_killed AZ AZ',
    ],
    [
      'ru',
      'Омбудсмен Армении сообщил, что в Степанакерте ранен 70-летний пенсионер.',
      '1 civilians_injured ARM ARM',
    ],
    ['ru', 'В Барде 15-летний подросток погиб при обстреле.', '1 civilians_killed AZ -'],
    ['ru', 'В Барде погиб мирный житель.', '1 civilians_killed AZ -'],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual([expected]);
  });

  it.each([
    ['fr', 'Une femme a raconté avoir quitté son village.'],
    ['it', 'Una donna ha raccontato di aver lasciato il villaggio.'],
    ['de', 'Ein Kind spielte vor dem Haus.'],
    ['ru', 'В Барде погибли мирные жители.'],
    ['ru', '45-летняя женщина рассказала о бомбежке.'],
  ])('%s: no loss of one in "%s"', (lang, text) => {
    expect(read(lang, text)).toEqual([]);
  });
});
