/**
 * lastWordBeforeSpaces and inlineSpacesEnd read by char code what two regexes read: at every end
 * of a mixed text they must find what the regexes find.
 */
import { describe, expect, it } from 'vitest';
import { inlineSpacesEnd, lastWordBeforeSpaces } from '../../../utils/engine/char-reads';

describe('lastWordBeforeSpaces', () => {
  const text =
    'Its army suffered  heavy losses, Ordu 𝒜𝒷 itki verdi\u00A0 and Армия понесла\t\n12 x- y_ 𝟘 ə\u2003';

  it('reads the word before the trailing spaces that /(\\p{L}+)\\s+$/u reads, at every end', () => {
    for (let end = 0; end <= text.length; end++) {
      const part = text.slice(0, end);
      const m = /(\p{L}+)\s+$/u.exec(part);
      expect(lastWordBeforeSpaces(part)).toEqual(m ? { word: m[1], index: m.index } : null);
    }
  });

  it('reads letters of any script, astral ones whole, and needs a space after them', () => {
    expect(lastWordBeforeSpaces('the army suffered ')).toEqual({ word: 'suffered', index: 9 });
    expect(lastWordBeforeSpaces('Ordu 𝒜𝒷 ')).toEqual({ word: '𝒜𝒷', index: 5 });
    expect(lastWordBeforeSpaces('the army suffered')).toBeNull();
    expect(lastWordBeforeSpaces('lost 12 ')).toBeNull();
  });
});

describe('inlineSpacesEnd', () => {
  const text = 'soldiers  \t\u00A0 x\n y\u2003z killed';

  it('ends the run of spaces, tabs and no-break spaces where /^[ \\t\\u00A0]+/ on a window ends it', () => {
    for (let at = 0; at <= text.length; at++) {
      const m = /^[ \t\u00A0]+/.exec(text.slice(at, at + 4));
      expect(inlineSpacesEnd(text, at, 4)).toBe(at + (m ? m[0].length : 0));
    }
  });
});
