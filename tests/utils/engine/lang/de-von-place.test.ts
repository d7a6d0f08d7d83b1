/**
 * German "von" before a bare place name of a party is an owner ("des Ombudsmanns von Bergkarabach",
 * "des Präsidenten von Aserbaidschan"), not the agent of a passive loss; "von … Truppen" and "von
 * Armenien aus" still name the attacker. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'de' }).map(
    (f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`,
  );

describe('"von" and a place', () => {
  it.each([
    [
      'Nach Angaben des Ombudsmanns von Bergkarabach wurden vier Kinder getötet.',
      '4 civilians_killed ARM NK',
    ],
    [
      'Nach Angaben des Präsidenten von Aserbaidschan wurden sechs Zivilisten getötet.',
      '6 civilians_killed AZ AZ',
    ],
    ['Sieben Zivilisten wurden von aserbaidschanischen Truppen getötet.', '7 civilians_killed ARM -'],
    ['Drei Zivilisten wurden durch Beschuss von Armenien aus getötet.', '3 civilians_killed AZ -'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
