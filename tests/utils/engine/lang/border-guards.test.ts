/**
 * Border guards are servicemen: their dead and wounded are soldiers. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('border guards', () => {
  it.each([
    [
      'Three Russian border guards were wounded near Syunik, Moscow said.',
      '3 soldiers_wounded [Three Russian border guards]',
    ],
    [
      'An Armenian border guard was killed by sniper fire on Tuesday.',
      '1 soldiers_killed [An Armenian border guard]',
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
