/**
 * French and Italian report equipment losses with the noun ("a annoncé la destruction de cinq
 * chars", "ha annunciato la distruzione di quattro droni"), as Russian "об уничтожении" and German
 * "die Zerstörung von" already read. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

describe('the destruction of equipment, as a noun', () => {
  it.each([
    [
      'fr',
      'Erevan a annoncé la destruction de sept chars azerbaïdjanais.',
      [figure(7, 'exact', 'tanks_destroyed', 'AZ', 'arm_gov')],
    ],
    [
      'it',
      'Il ministero della Difesa azero ha annunciato la distruzione di quattro droni armeni.',
      [figure(4, 'exact', 'drones_downed', 'ARM', 'az_mod')],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(claimantBriefs(lang)(text)).toEqual(expected);
  });

  it('counts no houses destroyed as equipment', () => {
    expect(claimantBriefs('fr')('La destruction de 200 maisons a été constatée à Martouni.')).toEqual([]);
  });
});
