/**
 * German perfect puts the loss participle after the count: "Die aserbaidschanische Armee hat fünf
 * Panzer zerstört", "Eriwan zufolge hat Aserbaidschan 100 Soldaten verloren", "…, dass die
 * armenische Armee 30 Panzer verloren habe". The subject is the clause's first part, or the words
 * after the auxiliary when an attribution or an adverbial opens the clause; "verloren" makes it the
 * loser, an active participle its agent. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'de' })
    .map((f) => `${f.value} ${f.metric} ${f.side ?? '-'} ${f.claimant?.party ?? '-'}`)
    .sort();

describe('de: a perfect participle after the count', () => {
  it.each([
    ['Aserbaidschan hat mehr als 100 Soldaten verloren.', ['100 soldiers_killed AZ -']],
    ['Eriwan zufolge hat Aserbaidschan mehr als 100 Soldaten verloren.', ['100 soldiers_killed AZ ARM']],
    ['Baku zufolge hat die armenische Armee 100 Soldaten verloren.', ['100 soldiers_killed ARM AZ']],
    ['Bei den Kämpfen hat die armenische Armee 50 Soldaten verloren.', ['50 soldiers_killed ARM -']],
    [
      'Bei Angriffen der aserbaidschanischen Armee hat Armenien 50 Soldaten verloren.',
      ['50 soldiers_killed ARM -'],
    ],
    ['Baku erklärte, dass die armenische Armee 30 Panzer verloren habe.', ['30 tanks_destroyed ARM AZ']],
  ])('the subject lost them: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['Die armenische Armee hat fünf Panzer zerstört.', ['5 tanks_destroyed AZ -']],
    ['Armenische Einheiten haben zwei Hubschrauber abgeschossen.', ['2 helicopters_downed AZ -']],
    [
      'Laut Eriwan haben aserbaidschanische Einheiten zwei Drohnen abgeschossen.',
      ['2 drones_downed ARM ARM'],
    ],
    ['Die aserbaidschanische Armee hat drei Dörfer eingenommen.', ['3 villages_captured ARM -']],
    ['Baku erklärte, dass die armenische Armee 30 Panzer zerstört habe.', ['30 tanks_destroyed AZ AZ']],
    [
      'Armenien hat 20 Soldaten verloren und 5 Panzer zerstört.',
      ['20 soldiers_killed ARM -', '5 tanks_destroyed AZ -'],
    ],
  ])('the subject acted on them: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    'Die Türkei hat 2000 Söldner nach Aserbaidschan verlegt.',
    'Nach Angaben aus Baku wurden 20 Soldaten getötet.',
  ])('no perfect of a loss verb, no subject read: %s', (text) => {
    expect(read(text).every((f) => !f.includes(' AZ -') && !f.includes(' ARM -'))).toBe(true);
  });
});
