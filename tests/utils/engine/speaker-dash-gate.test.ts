import { describe, expect, it } from 'vitest';
import { mayEndWithSpeakerDash } from '../../../utils/engine/headline-speaker';

/** The headline "claim — Speaker" shape the gate stands before (headline-speaker.ts SPEAKER_DASH). */
const SPEAKER_DASH = /\s[—–-]\s([^—–\n,.;:]{2,40})[.!]?$/u;

describe('mayEndWithSpeakerDash', () => {
  const wide = '𝐀'.repeat(40);
  const sentences = [
    'Twelve civilians were killed overnight — Ombudsman',
    'Twelve civilians were killed overnight – Ministry of Defence!',
    'Twelve civilians were killed overnight - the regional governor.',
    `Two tanks destroyed\u00a0—\u2003${wide}.`,
    `Two tanks destroyed — ${wide}x`,
    'Nagorno-Karabakh tolls rise as the 44-day war goes on',
    'Casualties — mostly soldiers — rose to 300, the ministry said.',
    'A short one — ok',
    '— Ombudsman',
    '',
  ];

  it('passes every sentence the speaker dash matches, and most others not', () => {
    for (const sentence of sentences)
      if (SPEAKER_DASH.test(sentence)) expect(mayEndWithSpeakerDash(sentence)).toBe(true);
    expect(sentences.filter((s) => SPEAKER_DASH.test(s))).toHaveLength(5);
    expect(mayEndWithSpeakerDash('Nagorno-Karabakh tolls rise as the 44-day war goes on')).toBe(false);
    expect(
      mayEndWithSpeakerDash(`Casualties — mostly soldiers — rose to 300, ${'and more '.repeat(10)}`),
    ).toBe(false);
  });

  it('reads no further back than a 40-character speaker of wide characters reaches', () => {
    expect(mayEndWithSpeakerDash(`Two tanks destroyed — ${'b'.repeat(82)}`)).toBe(false);
    expect(mayEndWithSpeakerDash(`Two tanks destroyed — ${'b'.repeat(40)}.`)).toBe(true);
  });
});
