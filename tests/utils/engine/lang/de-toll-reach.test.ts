/**
 * German puts the source between a toll's noun and its verb ("Die Zahl der … ist nach Angaben aus
 * Stepanakert auf 1166 gestiegen"): the toll reaches further there (lexicon `tolls.reach`).
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'de' }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('a German toll with its source in between', () => {
  it('reads the soldiers toll', () => {
    expect(
      read(
        'Die Zahl der getöteten Soldaten in Berg-Karabach ist nach Angaben der Behörden in Stepanakert auf 874 gestiegen.',
      ),
    ).toEqual(['874 soldiers_killed [874]']);
  });

  it('reads nothing from a sentence whose count is no toll', () => {
    expect(read('Die Zahl der Toten ist gestiegen, Aserbaidschan schickte 200 Helfer nach Tartar.')).toEqual(
      [],
    );
  });
});
