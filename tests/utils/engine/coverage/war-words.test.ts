/**
 * War words that make a short report the war's: "ethnic Armenian forces" name the Armenian side
 * (so beside Azerbaijan the report is of the two parties fighting), and "a shell" in the
 * singular is shelling. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

const coverage = (text: string) => detectCoverage({ text, lang: 'en' });

describe('detectCoverage: war words of a short report', () => {
  it('reads "ethnic Armenian forces" as the Armenian side beside Azerbaijan', () => {
    const text =
      'STEPANAKERT (AP) — Rockets fell on the city overnight and two people were wounded. The ' +
      'region is part of Azerbaijan but has been held by ethnic Armenian forces since a separatist war.';
    const result = coverage(text);
    expect(result.isCoverage).toBe(true);
    expect(result.evidence.map((e) => e.cue)).toContain('separatist');
  });

  it('reads "an Armenian shell" as shelling', () => {
    const text =
      'A woman was killed in Tartar when an Armenian shell hit her home, Azerbaijani officials said. ' +
      'The defence ministry said its positions had come under fire overnight.';
    expect(coverage(text).evidence.map((e) => e.cue)).toContain('shelling');
    expect(coverage(text).isCoverage).toBe(true);
  });

  it('does not read the oil company as shelling', () => {
    const text = 'Shell and BP signed a gas deal with Azerbaijan; Armenia was not part of the talks.';
    expect(coverage(text).evidence.map((e) => e.cue)).not.toContain('shelling');
  });
});
