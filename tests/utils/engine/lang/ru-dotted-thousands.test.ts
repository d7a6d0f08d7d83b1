/**
 * Russian sites that group thousands with a dot ("1.200 военнослужащих") as well as a space; dates
 * and clock times with dots stay what they are. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) => extractFigures(text, { lang: 'ru' }).map((f) => `${f.value} ${f.metric}`);

describe('Russian thousands grouped by a dot', () => {
  it.each([
    ['Противник потерял 1.350 военнослужащих и 45 танков.', ['1350 soldiers_killed', '45 tanks_destroyed']],
    ['Из района эвакуированы 12.000 человек.', ['12000 displaced']],
    ['27.09.2020 погибли 11 мирных жителей.', ['11 civilians_killed']],
    ['В 15.30 погибли 2 мирных жителя.', ['2 civilians_killed']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
