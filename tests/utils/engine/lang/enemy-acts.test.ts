/**
 * "The enemy" as the subject of a loss verb acts (captures, destroys): it is the speaker's other
 * side, so what it took is the speaker's ("Հակառակորդը գրավել է 3 գյուղ"); a nominative enemy
 * before such a verb owns nothing. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('the enemy acting', () => {
  it('hy: the enemy took villages of the side the press serves', () => {
    expect(read('hy', 'Հակառակորդը գրավել է 4 գյուղ։')).toEqual(['4 villages_captured ARM']);
  });

  it('hy: the enemy losing keeps its own loss', () => {
    expect(read('hy', 'Հակառակորդը կորցրել է 35 զինծառայող։')).toEqual(['35 soldiers_killed AZ']);
  });
});
