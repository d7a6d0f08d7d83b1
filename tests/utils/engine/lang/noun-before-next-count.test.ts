/**
 * A count's noun never lies past the next count: German opens a report with an article that is
 * also the word for one ("Bei einem Angriff starben zwei Zivilisten", "Bei einer Explosion kamen
 * drei Soldaten ums Leben"); the noun after the verb is the next count's, not the article's.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string, lang: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('the noun of a count stops at the next count', () => {
  it.each([
    ['de', 'Bei einem Angriff starben zwei Zivilisten.', '2 civilians_killed [zwei Zivilisten]'],
    ['de', 'Bei einer Explosion kamen drei Soldaten ums Leben.', '3 soldiers_killed [drei Soldaten]'],
    ['de', 'Nach einem Beschuss wurden vier Einwohner verletzt.', '4 civilians_injured [vier Einwohner]'],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual([expected]);
  });

  it('still reads one counted noun that follows its article', () => {
    expect(read('Bei dem Angriff wurde ein Soldat getötet.', 'de')).toEqual([
      '1 soldiers_killed [ein Soldat]',
    ]);
  });
});
