/**
 * "Of the enemy" in a sentence with no speaker has nobody to be the enemy of: the agent and the
 * list decide ("Azerbaijani units destroyed 4 tanks and 2 air defence systems of the enemy").
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const sides = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('the enemy with no speaker', () => {
  it('takes the side the agent fought', () => {
    expect(
      sides('Azerbaijani artillery units destroyed 3 radar stations of the enemy near Khojavend.'),
    ).toEqual(['3 air_defense_destroyed ARM']);
  });

  it('keeps the list one side', () => {
    expect(
      sides(
        'Karabakh forces destroyed 6 Azerbaijani tanks and 2 air defence systems of the enemy overnight.',
      ),
    ).toEqual(['6 tanks_destroyed AZ', '2 air_defense_destroyed AZ']);
  });
});
