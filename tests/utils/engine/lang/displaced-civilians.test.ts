/**
 * Civilians who fled are counted as displaced in every language ("мирные жители покинули свои
 * дома", "dinc sakin evlərini tərk edib", "Zivilisten wurden vertrieben", "civili sfollati"): the
 * civilian words are displacement nouns too. Sharing them with the displaced does not make a
 * sentence's civilians less civilian (civilianOnlyNouns reads only loss metrics). Sentences written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`);

describe('civilians who fled', () => {
  it.each([
    [
      'ru',
      'По данным омбудсмена Армении, 3 тысячи мирных жителей покинули свои дома.',
      '3000 displaced ARM ARM',
    ],
    ['tr', 'Ermenistan ombudsmanına göre 3 bin sivil evlerini terk etti.', '3000 displaced ARM ARM'],
    ['az', 'Ombudsmanın məlumatına görə, 3 min dinc sakin evlərini tərk edib.', '3000 displaced AZ AZ'],
    ['hy', 'ՄԻՊ-ի տվյալներով՝ 3 հազար խաղաղ բնակիչ լքել է իր տունը։', '3000 displaced ARM ARM'],
    ['de', 'Laut dem armenischen Ombudsmann wurden 3000 Zivilisten vertrieben.', '3000 displaced ARM ARM'],
    ['fr', 'Selon le médiateur arménien, 3 000 civils ont été déplacés.', '3000 displaced ARM ARM'],
    [
      'it',
      'Secondo il difensore civico armeno, 3 mila civili sono stati sfollati.',
      '3000 displaced ARM ARM',
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual([expected]);
  });

  it.each([
    ['ru', 'В ходе боев погибли 12 мирных жителей.', '12 civilians_killed null -'],
    ['de', 'Bei den Kämpfen wurden 12 Zivilisten getötet.', '12 civilians_killed null -'],
    ['tr', 'Çatışmalarda 12 sivil hayatını kaybetti.', '12 civilians_killed null -'],
  ])('%s: the fighting killed civilians, still civilians: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual([expected]);
  });
});
