/**
 * "A 19-year-old conscript was killed", "a reservist was wounded": the soldier nouns that were
 * listed only in the plural count one in the singular too, as "a soldier" does. Sentences written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('soldier nouns in the singular', () => {
  it.each([
    [
      'A 19-year-old conscript was killed by Azerbaijani sniper fire on the line of contact.',
      ['1 soldiers_killed ARM'],
    ],
    ['An Armenian conscript was killed by Azerbaijani sniper fire overnight.', ['1 soldiers_killed ARM']],
    ['An Azerbaijani reservist was wounded by Armenian artillery fire.', ['1 soldiers_wounded AZ']],
    ['An Azerbaijani paratrooper was killed near Shusha, the ministry said.', ['1 soldiers_killed AZ']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
