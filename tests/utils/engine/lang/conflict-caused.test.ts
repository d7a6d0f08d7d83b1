/**
 * A war that caused, left or cost a number of deaths counts its dead overall, as one that killed
 * them does (conflict-deaths). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('deaths the conflict caused', () => {
  it.each([
    ['The war caused about 6,000 deaths, according to researchers.', '6000 deaths [about 6,000 deaths]'],
    ['The renewed fighting has cost more than 300 lives.', '300 deaths [more than 300 lives]'],
    ['The clashes left at least 70 people dead.', '70 deaths [at least 70 people dead]'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
