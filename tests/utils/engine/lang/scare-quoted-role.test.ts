/**
 * Azerbaijani and Turkish papers put the separatists' offices in scare quotes (separatçı rejimin
 * "ombudsmanı"); a few quoted words before a clause-final verb are part of its subject, not a quote
 * that ends the clause. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`);

describe('a role in scare quotes', () => {
  it.each([
    ['az', 'Separatçı rejimin "ombudsmanı" 7 mülki şəxsin öldüyünü iddia edib.', '7 civilians_killed ARM NK'],
    [
      'az',
      'Separatçı rejimin “ombudsmanı” iddia edib ki, 5 mülki şəxs yaralanıb.',
      '5 civilians_injured ARM NK',
    ],
    [
      'az',
      'Qondarma rejimin "müdafiə nazirliyi" 13 hərbçinin öldüyünü iddia edib.',
      '13 soldiers_killed ARM NK',
    ],
    [
      'tr',
      'Ayrılıkçı yönetimin "savunma bakanlığı" 8 askerin öldüğünü iddia etti.',
      '8 soldiers_killed ARM NK',
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual([expected]);
  });
});
