/**
 * "Inoltre, …", "Ha detto inoltre che …", "Außerdem …", "Кроме того, …": a sentence that says it
 * goes on with the report before keeps that report's side for a figure with no side of its own
 * (the lexicon's continuation), where the speaker alone would have decided. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const sides = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('a report that goes on', () => {
  it.each([
    [
      'it',
      'Il ministero della Difesa azero ha detto che 9 soldati sono morti negli scontri. Ha detto inoltre che un elicottero è stato abbattuto.',
      ['9 soldiers_killed AZ', '1 helicopters_downed AZ'],
    ],
    [
      'it',
      "Il ministero della Difesa azero ha detto che l'esercito ha distrutto 20 carri armati armeni. Inoltre, 300 militari sono stati uccisi.",
      ['20 tanks_destroyed ARM', '300 soldiers_killed ARM'],
    ],
    [
      'fr',
      "Selon Bakou, l'armée a détruit 20 chars arméniens. En outre, 300 militaires ont été tués.",
      ['20 tanks_destroyed ARM', '300 soldiers_killed ARM'],
    ],
    [
      'de',
      'Das aserbaidschanische Verteidigungsministerium erklärte, die Armee habe 20 armenische Panzer zerstört. Außerdem seien 300 Soldaten getötet worden.',
      ['20 tanks_destroyed ARM', '300 soldiers_killed ARM'],
    ],
    [
      'ru',
      'Минобороны Азербайджана заявило, что армия уничтожила 20 армянских танков. Кроме того, убиты 300 военнослужащих.',
      ['20 tanks_destroyed ARM', '300 soldiers_killed ARM'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(sides(lang, text)).toEqual(expected);
  });

  it('leaves a sentence that does not say it goes on to its speaker', () => {
    expect(
      sides(
        'it',
        "Il ministero della Difesa azero ha detto che l'esercito ha distrutto 20 carri armati armeni. Il ministero ha ammesso che 300 militari sono stati uccisi.",
      ),
    ).toEqual(['20 tanks_destroyed ARM', '300 soldiers_killed AZ']);
  });
});
