/**
 * German "ein Dutzend" is twelve ("zwei Dutzend" 24; "Dutzende" stays vague), and Russian "десяток"
 * after a qualifier is about ten ("около десятка", "более десятка"), as English "about a dozen" is
 * twelve. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

describe('a dozen and about ten', () => {
  it.each([
    ['de', 'Rund ein Dutzend Soldaten wurden getötet.', figure(12, 'about', 'soldiers_killed', null)],
    ['de', 'Zwei Dutzend Zivilisten wurden verletzt.', figure(24, 'exact', 'civilians_injured', null)],
    ['de', 'Dutzende Zivilisten wurden verletzt.', figure(null, 'vague', 'civilians_injured', null)],
    ['ru', 'В Тертере погибли около десятка мирных жителей.', figure(10, 'about', 'civilians_killed', 'AZ')],
    ['ru', 'Ранены более десятка военнослужащих.', figure(10, 'more_than', 'soldiers_wounded', null)],
  ])('%s: %s', (lang, text, expected) => {
    expect(claimantBriefs(lang)(text)).toEqual([expected]);
  });
});
