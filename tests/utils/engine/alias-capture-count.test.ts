/** The alias scan finds each alias's capture group by counting groups in the sources it joins. */
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../utils/engine/compiled-pack';
import { foreignLexicon } from '../../../utils/engine/lexicons';
import { captureCount } from '../../../utils/engine/regex-source';
import { defaultPackData } from '../../../utils/engine/topic-pack';

/** What the regex engine itself counts. */
const groupsOf = (source: string) =>
  (new RegExp(`(?:${source})|`, 'u').exec('') as RegExpExecArray).length - 1;

describe('captureCount', () => {
  it('counts plain and named groups, not lookarounds, escaped or bracketed parentheses', () => {
    const sources = [
      'ministry',
      '(?:the )?ministry',
      '(defen[cs]e) (ministry)',
      '(?<office>office)',
      '(?<![\\p{L}])x(?<=y)(?=z)(?!w)',
      '\\(not\\) [()] [\\]()] (yes)',
      '[(](a|b)[)]',
    ];
    for (const source of sources) expect(captureCount(source), source).toBe(groupsOf(source));
  });

  it('agrees with the regex engine on every alias of every language pack', () => {
    for (const lang of ['en', 'ru', 'de', 'fr', 'it', 'tr', 'az', 'hy']) {
      const pack = compilePack(defaultPackData, foreignLexicon(lang));
      for (const alias of pack.aliases)
        expect(captureCount(alias.inner), alias.inner).toBe(groupsOf(alias.inner));
    }
  });
});
