/**
 * Russian reports list self-propelled guns by their abbreviation ("САУ") among destroyed
 * equipment: artillery. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

describe('САУ', () => {
  it('counts self-propelled guns as artillery', () => {
    expect(
      extractFigures('Минобороны Азербайджана: уничтожены 3 САУ и 2 танка противника.', { lang: 'ru' }).map(
        (f) => `${f.value} ${f.metric} [${f.text}]`,
      ),
    ).toEqual(['3 artillery_destroyed [3 САУ]', '2 tanks_destroyed [2 танка]']);
  });
});
