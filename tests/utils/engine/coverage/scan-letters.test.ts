import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';
import {
  SCAN_LETTERS,
  withOtherLettersAsPlaceholder,
  withScanLetters,
} from '../../../../utils/engine/coverage/scan-letters';

const scanLetter = new RegExp(`^[${SCAN_LETTERS}]+$`, 'u');
const unicodeLetter = /^\p{L}$/u;

describe('the coverage scans’ letter class', () => {
  it('matches a character after the fold exactly when \\p{L} matches it, in every plane', () => {
    const mismatches: number[] = [];
    for (let code = 0; code <= 0x10ffff; code += code < 0x30000 ? 1 : 0x101) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCodePoint(code);
      const folded = withOtherLettersAsPlaceholder(ch);
      if (folded.length !== ch.length) mismatches.push(code);
      else if (scanLetter.test(folded) !== unicodeLetter.test(ch)) mismatches.push(code);
    }
    expect(mismatches).toEqual([]);
  });

  it('leaves the kept scripts as they are and keeps every offset', () => {
    const text = 'karabakh карабах ղարաբաղ καραμπάχ 東京 قره‌باغ 𠀀x';
    const folded = withOtherLettersAsPlaceholder(text);
    expect(folded.length).toBe(text.length);
    expect(folded.startsWith('karabakh карабах ղարաբաղ καραμπάχ ')).toBe(true);
    expect(folded).toContain('ªª ');
    expect(folded.endsWith('ªªx')).toBe(true);
  });

  it('rewrites \\p{L} outside and inside classes, and nothing else', () => {
    expect(withScanLetters('armeni\\p{L}*')).toBe(`armeni[${SCAN_LETTERS}]*`);
    expect(withScanLetters('(?![\\p{L}\\p{N}])')).toBe(`(?![${SCAN_LETTERS}\\p{N}])`);
    expect(withScanLetters('\\P{L}\\p{Lu}\\\\p{L}')).toBe('\\P{L}\\p{Lu}\\\\p{L}');
  });

  it('still reads a term glued to a letter of another script as part of that word', () => {
    const lead = 'Fighting in Nagorno-Karabakh continued as Armenia and Azerbaijan traded artillery fire. ';
    expect(detectCoverage({ text: lead.repeat(3) }).isCoverage).toBe(true);
    const glued =
      'Fighting in Nagorno-Karabakh東 continued as Armenia東 and Azerbaijan東 traded artillery fire. ';
    expect(detectCoverage({ text: glued.repeat(3) }).score).toBeLessThan(
      detectCoverage({ text: lead.repeat(3) }).score,
    );
  });
});
