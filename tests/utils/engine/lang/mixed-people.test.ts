/**
 * People whose parts are named by kind but not counted ("200 people, including civilians, were
 * killed") are a war's dead overall: naming civilians as a part says not all were civilians, and
 * naming soldiers says the same. A counted part stays its own figure (subset-count), and women
 * and children are civilians, so such people stay civilians. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('people with uncounted parts named by kind', () => {
  it.each([
    [
      'Some 3,800 people, including civilians, were killed, the ministry said.',
      '3800 deaths [Some 3,800 people]',
    ],
    [
      'More than 200 people, among them soldiers and police officers, died during the offensive.',
      '200 deaths [More than 200 people]',
    ],
    [
      'At least 50 people, both civilians and soldiers, were killed on Tuesday.',
      '50 deaths [At least 50 people]',
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('keeps people with women and children among them civilians', () => {
    expect(read('About 40 people, including women and children, were killed in the shelling.')).toEqual([
      '40 civilians_killed [About 40 people]',
    ]);
  });
});
