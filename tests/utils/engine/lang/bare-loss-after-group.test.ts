/**
 * A loss word counted alone after a count of a group ("deux soldats tués et cinq blessés", "due
 * soldati uccisi e cinque feriti") counts that group, as English reads "two soldiers killed and five
 * wounded"; a group named again ("cinq civils blessés") or no group before ("40 morts et 120
 * blessés") keeps its own. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`);

describe('a bare loss word after a count of a group', () => {
  it.each([
    [
      'fr',
      'Le ministère azerbaïdjanais de la Défense a fait état de trois soldats tués et six blessés.',
      ['3 soldiers_killed AZ AZ', '6 soldiers_wounded AZ AZ'],
    ],
    [
      'it',
      'Il ministero della Difesa azero ha parlato di tre soldati uccisi e sei feriti.',
      ['3 soldiers_killed AZ AZ', '6 soldiers_wounded AZ AZ'],
    ],
    [
      'fr',
      'Trois soldats arméniens ont été tués et six blessés.',
      ['3 soldiers_killed ARM -', '6 soldiers_wounded ARM -'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual(expected);
  });

  it.each([
    [
      'fr',
      'Treize soldats ont été tués et quatre civils blessés.',
      ['13 soldiers_killed null -', '4 civilians_injured null -'],
    ],
    [
      'fr',
      'Trois civils ont été tués et six blessés.',
      ['3 civilians_killed null -', '6 civilians_injured null -'],
    ],
    [
      'it',
      'Si contano 41 morti e 125 feriti.',
      ['41 civilians_killed null -', '125 civilians_injured null -'],
    ],
  ])('%s keeps its own group: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual(expected);
  });
});
